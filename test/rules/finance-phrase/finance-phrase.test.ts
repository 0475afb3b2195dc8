import { testRule } from '../test-rule.ts';

testRule('finance-phrase', import.meta.dirname);
