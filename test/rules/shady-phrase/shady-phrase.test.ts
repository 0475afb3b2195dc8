import { testRule } from '../test-rule.ts';

testRule('shady-phrase', import.meta.dirname);
