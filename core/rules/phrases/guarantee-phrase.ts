// Detects guarantees and risk-free claims ("100% guaranteed", "no risk", "satisfaction guaranteed").
// Absolute promises are rare in legitimate mail and common in spam.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'guarantee-phrase',
  categories: ['guarantee'],
  description: 'Makes absolute guarantees or risk-free claims',
  weight: 0.8,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` makes an absolute promise; such claims are far more common in spam than in real offers.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Describe the actual policy ("returns accepted within 30 days") rather than a blanket guarantee.',
  },
});
