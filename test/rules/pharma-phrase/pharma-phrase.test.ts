import { testRule } from '../test-rule.ts';

testRule('pharma-phrase', import.meta.dirname);
