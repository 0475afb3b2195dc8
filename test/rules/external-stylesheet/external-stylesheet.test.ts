import { testRule } from '../test-rule.ts';

testRule('external-stylesheet', import.meta.dirname);
