// Detects wording that spam uses to reassure or to launder itself ("this is not spam", "no catch",
// "100% legal", lottery and inheritance claims). Legitimate senders never need to say these.
// Old bulk mail's removal wording ("to be removed", "remove yourself", "removal instructions") is
// among them, but it is also how a list with a working opt-out words its footer ("Click here to be
// removed from this list"): from an established sender (named, on its own domain, with an opt-out
// link or List-Unsubscribe that leads back to that domain, links mostly its own, authentication not
// failing: facts.identity.established) it is that footer, not a scam's disclaimer, and does not count.
import type { PhraseHit } from '../../phrases/matcher.ts';
import { definePhraseRule } from '../phrase-rule.ts';
import type { RuleContext } from '../rule.ts';

/** A phrase of removal wording: one of its words starts with "remov" (remove, removed, removal). */
const REMOVAL_WORDING = /(?:^|[\s-])remov/i;

function counts(hit: PhraseHit, context: RuleContext): boolean {
  return !REMOVAL_WORDING.test(hit.definition.phrase) || !context.facts.identity.established;
}

export default definePhraseRule({
  id: 'shady-phrase',
  categories: ['shady'],
  description: 'Uses wording typical of scams and spam disclaimers',
  weight: 1.2,
  cap: 3,
  counts,
  messages: {
    phrase:
      '`{phrase}` is wording scams use to sound legitimate; real senders never need to say it.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Remove it: say who you are and why the reader gets this mail instead.',
  },
});
