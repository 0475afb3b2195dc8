import { testRule } from '../test-rule.ts';

testRule('missing-message-id', import.meta.dirname);
