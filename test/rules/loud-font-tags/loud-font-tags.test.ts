import { testRule } from '../test-rule.ts';

testRule('loud-font-tags', import.meta.dirname);
