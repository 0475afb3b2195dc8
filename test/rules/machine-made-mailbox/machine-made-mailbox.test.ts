import { testRule } from '../test-rule.ts';

testRule('machine-made-mailbox', import.meta.dirname);
