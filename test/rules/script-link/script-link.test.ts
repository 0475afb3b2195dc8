import { testRule } from '../test-rule.ts';

testRule('script-link', import.meta.dirname);
