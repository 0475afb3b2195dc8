import { testRule } from '../test-rule.ts';

testRule('subject-adv-label', import.meta.dirname);
