import { testRule } from '../test-rule.ts';

testRule('iframe-in-email', import.meta.dirname);
