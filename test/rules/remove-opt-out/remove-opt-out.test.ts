import { testRule } from '../test-rule.ts';

testRule('remove-opt-out', import.meta.dirname);
