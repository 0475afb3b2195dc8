import { testRule } from '../test-rule.ts';

testRule('money-phrase', import.meta.dirname);
