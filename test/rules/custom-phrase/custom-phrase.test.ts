import { testRule } from '../test-rule.ts';

testRule('custom-phrase', import.meta.dirname);
