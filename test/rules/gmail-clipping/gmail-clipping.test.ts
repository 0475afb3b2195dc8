import { testRule } from '../test-rule.ts';

testRule('gmail-clipping', import.meta.dirname);
