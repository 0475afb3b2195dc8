import { testRule } from '../test-rule.ts';

testRule('freemail-reply-to', import.meta.dirname);
