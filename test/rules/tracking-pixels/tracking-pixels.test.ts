import { testRule } from '../test-rule.ts';

testRule('tracking-pixels', import.meta.dirname);
