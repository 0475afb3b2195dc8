import { testRule } from '../test-rule.ts';

testRule('display-name-brand', import.meta.dirname);
