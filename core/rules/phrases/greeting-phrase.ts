// Detects impersonal openers ("dear friend", "dear beneficiary", "dear account holder"). Mail that
// does not know its reader's name is bulk mail, and filters notice.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'greeting-phrase',
  categories: ['greeting'],
  description: 'Opens with an impersonal greeting',
  weight: 1.2,
  cap: 2,
  messages: {
    phrase:
      '`{phrase}` is an impersonal greeting: it tells filters (and readers) the sender does not know who they are writing to.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Greet the reader by name ("Hi Ana,") or drop the greeting.',
  },
});
