import { testRule } from '../test-rule.ts';

testRule('date-without-zone', import.meta.dirname);
