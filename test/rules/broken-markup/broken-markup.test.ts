import { testRule } from '../test-rule.ts';

testRule('broken-markup', import.meta.dirname);
