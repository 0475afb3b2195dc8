// Detects the phrases a user or team added to their own list (options.phrases.add): words their
// own filters or past bounces taught them to avoid.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'custom-phrase',
  categories: ['custom'],
  description: 'Uses a phrase on your own watch list',
  weight: 1.0,
  cap: 5,
  // The user's list is shown wherever it occurs, not only where spam filters read (phrase-rule.ts).
  wholeText: true,
  messages: {
    phrase:
      '`{phrase}` is on your own list of phrases to avoid.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Reword it, or remove it from your list if it is fine for this mail.',
  },
});
