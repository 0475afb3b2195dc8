import { testRule } from '../test-rule.ts';

testRule('many-domains', import.meta.dirname);
