import { testRule } from '../test-rule.ts';

testRule('phrase-density', import.meta.dirname);
