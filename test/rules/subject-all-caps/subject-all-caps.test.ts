import { testRule } from '../test-rule.ts';

testRule('subject-all-caps', import.meta.dirname);
