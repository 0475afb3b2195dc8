// Detects impersonal openers ("dear friend", "dear beneficiary", "dear account holder"). Mail that
// does not know its reader's name is bulk mail, and filters notice.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'greeting-phrase',
  categories: ['greeting'],
  description: 'Opens with an impersonal greeting',
  weight: 1.2,
  cap: 2,
  why: 'is an impersonal greeting: it tells filters (and readers) the sender does not know who they are writing to.',
  suggestion: () => 'Greet the reader by name ("Hi Ana,") or drop the greeting.',
});
