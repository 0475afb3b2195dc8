import { testRule } from '../test-rule.ts';

testRule('crypto-wallet', import.meta.dirname);
