import { testRule } from '../test-rule.ts';

testRule('high-priority', import.meta.dirname);
