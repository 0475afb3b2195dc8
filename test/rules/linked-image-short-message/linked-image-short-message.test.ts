import { testRule } from '../test-rule.ts';

testRule('linked-image-short-message', import.meta.dirname);
