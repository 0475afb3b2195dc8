import { testRule } from '../test-rule.ts';

testRule('urgency-phrase', import.meta.dirname);
