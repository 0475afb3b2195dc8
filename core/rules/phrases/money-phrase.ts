// Detects money-making promises ("extra income", "make money fast", "cash bonus"). Filters learned
// long ago that legitimate mail rarely promises money this way (SpamAssassin's FREE/MONEY rules).
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'money-phrase',
  categories: ['money'],
  description: 'Promises money, cash or income',
  weight: 0.8,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` promises money: filters score money-making promises as a classic spam sign.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'State the concrete benefit and its conditions instead (for example "10 % off your next order until 31 May").',
  },
});
