import { testRule } from '../test-rule.ts';

testRule('form-by-reply', import.meta.dirname);
