import { testRule } from '../test-rule.ts';

testRule('ascii-entities', import.meta.dirname);
