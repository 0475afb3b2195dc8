import { testRule } from '../test-rule.ts';

testRule('huge-font', import.meta.dirname);
