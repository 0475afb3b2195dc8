import { testRule } from '../test-rule.ts';

testRule('greeting-phrase', import.meta.dirname);
