import { testRule } from '../test-rule.ts';

testRule('undisclosed-recipients', import.meta.dirname);
