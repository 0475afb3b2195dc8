import { testRule } from '../test-rule.ts';

testRule('subject-shouting', import.meta.dirname);
