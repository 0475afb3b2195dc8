import { testRule } from '../test-rule.ts';

testRule('empty-body', import.meta.dirname);
