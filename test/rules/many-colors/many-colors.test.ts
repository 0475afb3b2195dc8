import { testRule } from '../test-rule.ts';

testRule('many-colors', import.meta.dirname);
