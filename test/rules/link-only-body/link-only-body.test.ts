import { testRule } from '../test-rule.ts';

testRule('link-only-body', import.meta.dirname);
