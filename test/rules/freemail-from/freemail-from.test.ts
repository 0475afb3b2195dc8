import { testRule } from '../test-rule.ts';

testRule('freemail-from', import.meta.dirname);
