// Detects wording that spam uses to reassure or to launder itself ("this is not spam", "no catch",
// "100% legal", lottery and inheritance claims). Legitimate senders never need to say these.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'shady-phrase',
  categories: ['shady'],
  description: 'Uses wording typical of scams and spam disclaimers',
  weight: 1.2,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` is wording scams use to sound legitimate; real senders never need to say it.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Remove it: say who you are and why the reader gets this mail instead.',
  },
});
