import { testRule } from '../test-rule.ts';

testRule('meta-refresh', import.meta.dirname);
