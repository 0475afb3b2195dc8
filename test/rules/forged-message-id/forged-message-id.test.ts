import { testRule } from '../test-rule.ts';

testRule('forged-message-id', import.meta.dirname);
