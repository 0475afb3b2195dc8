import { testRule } from '../test-rule.ts';

testRule('forged-mail-client', import.meta.dirname);
