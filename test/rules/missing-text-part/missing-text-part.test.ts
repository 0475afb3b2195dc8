import { testRule } from '../test-rule.ts';

testRule('missing-text-part', import.meta.dirname);
