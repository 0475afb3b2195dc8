import { testRule } from '../test-rule.ts';

testRule('recipient-in-subject', import.meta.dirname);
