import { testRule } from '../test-rule.ts';

testRule('malformed-from', import.meta.dirname);
