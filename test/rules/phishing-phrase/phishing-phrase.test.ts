import { testRule } from '../test-rule.ts';

testRule('phishing-phrase', import.meta.dirname);
