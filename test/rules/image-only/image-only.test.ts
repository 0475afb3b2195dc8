import { testRule } from '../test-rule.ts';

testRule('image-only', import.meta.dirname);
