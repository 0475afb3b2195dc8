import { testRule } from '../test-rule.ts';

testRule('missing-date', import.meta.dirname);
