import { testRule } from '../test-rule.ts';

testRule('link-density', import.meta.dirname);
