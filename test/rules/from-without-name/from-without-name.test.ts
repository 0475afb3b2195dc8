import { testRule } from '../test-rule.ts';

testRule('from-without-name', import.meta.dirname);
