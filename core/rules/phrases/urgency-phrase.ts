// Detects pressure to act at once ("act now", "limited time", "expires today"). Urgency is the lever
// of both spam and phishing, and content filters weigh it accordingly.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'urgency-phrase',
  categories: ['urgency'],
  description: 'Pressures the reader to act at once',
  weight: 0.4,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` pressures the reader to act at once, a lever of spam and phishing that filters watch for.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Give the real date or reason instead of pressure ("The sale ends on Friday 31 May").',
  },
});
