import { testRule } from '../test-rule.ts';

testRule('free-offer-phrase', import.meta.dirname);
