import { testRule } from '../test-rule.ts';

testRule('userinfo-link', import.meta.dirname);
