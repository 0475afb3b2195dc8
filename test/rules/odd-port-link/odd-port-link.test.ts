import { testRule } from '../test-rule.ts';

testRule('odd-port-link', import.meta.dirname);
