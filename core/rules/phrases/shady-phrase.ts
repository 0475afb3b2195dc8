// Detects wording that spam uses to reassure or to launder itself ("this is not spam", "no catch",
// "100% legal", lottery and inheritance claims). Legitimate senders never need to say these.
// Old bulk mail's removal wording ("to be removed", "remove yourself", "removal instructions") is
// among them, but it is also how a list with a working opt-out words its footer ("Click here to be
// removed from this list"). It does not count when it is that footer: an established sender
// (facts.identity.established: named, on its own domain, opt-out back to it, links mostly its own,
// authentication not failing) AND an opt-out the reader can click on the sender's own domain in the
// body — a link whose address or text says opt-out (facts.identity.optOutToDomain), or the link the
// removal wording is about ("<a>Click here</a> to be removed"). A List-Unsubscribe header or a
// mailto: alone does not do: spam of every era sends removal to a remove@ mailbox, and those cost a
// spammer with a domain of its own nothing to add.
import type { PhraseHit } from '../../phrases/matcher.ts';
import { definePhraseRule } from '../phrase-rule.ts';
import type { RuleContext } from '../rule.ts';

/** A phrase of removal wording: one of its words starts with "remov" (remove, removed, removal). */
const REMOVAL_WORDING = /(?:^|[\s-])remov/i;
/** Characters of text at most between removal wording and the link it is about ("Click Here" … "to be removed", "To be removed, " … "click here"). */
const NEAR_LINK = 40;

/** Whether a visible web link to the sender's own domain stands at or next to the hit: the opt-out the wording is about. */
function linkedHome(hit: PhraseHit, context: RuleContext): boolean {
  const { domain } = context.facts.identity;
  return context.message.links.some(
    (link) => !link.hidden && link.url.domain === domain && link.start <= hit.end + NEAR_LINK && link.end >= hit.start - NEAR_LINK,
  );
}

function counts(hit: PhraseHit, context: RuleContext): boolean {
  if (!REMOVAL_WORDING.test(hit.definition.phrase)) return true;
  const { established, optOutToDomain } = context.facts.identity;
  return !established || !(optOutToDomain || linkedHome(hit, context));
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
