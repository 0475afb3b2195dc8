import { testRule } from '../test-rule.ts';

testRule('spaced-letters', import.meta.dirname);
