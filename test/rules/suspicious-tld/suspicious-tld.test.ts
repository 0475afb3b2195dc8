import { testRule } from '../test-rule.ts';

testRule('suspicious-tld', import.meta.dirname);
