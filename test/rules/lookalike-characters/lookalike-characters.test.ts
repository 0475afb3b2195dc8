import { testRule } from '../test-rule.ts';

testRule('lookalike-characters', import.meta.dirname);
