import { testRule } from '../test-rule.ts';

testRule('embedded-object', import.meta.dirname);
