// Detects pharmacy and health-miracle wording ("viagra", "lose weight fast", "no prescription").
// Pharma spam is one of the oldest families; filters weigh these words heavily.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'pharma-phrase',
  categories: ['pharma'],
  description: 'Uses pharmacy or miracle-health wording',
  weight: 1.5,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` is pharmacy or miracle-health wording, one of the oldest spam families and heavily weighted by filters.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'If you sell health products, use the product\'s registered name and factual claims only, with no cure or weight-loss promises.',
  },
});
