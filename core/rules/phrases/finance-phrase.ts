// Detects loan, debt, credit, investment and crypto pitches ("consolidate your debt", "double your
// bitcoin"). Financial-offer spam and crypto scams are heavily filtered.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'finance-phrase',
  categories: ['finance'],
  description: 'Pitches loans, debt relief, investments or crypto',
  weight: 0.8,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` pitches loans, credit or investments the way financial spam and crypto scams do.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Write what the product is and its real terms (rate, fees, who may apply); drop promises of returns.',
  },
});
