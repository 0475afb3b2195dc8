import { testRule } from '../test-rule.ts';

testRule('subject-phrase', import.meta.dirname);
