import { testRule } from '../test-rule.ts';

testRule('large-sum-lure', import.meta.dirname);
