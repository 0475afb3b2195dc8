import { testRule } from '../test-rule.ts';

testRule('image-missing-alt', import.meta.dirname);
