import { testRule } from '../test-rule.ts';

testRule('subject-padding', import.meta.dirname);
