import { testRule } from '../test-rule.ts';

testRule('guarantee-phrase', import.meta.dirname);
