// Detects wording that spam uses to reassure or to launder itself ("this is not spam", "no catch",
// "100% legal", lottery and inheritance claims). Legitimate senders never need to say these.
// Old bulk mail's removal wording ("to be removed", "remove yourself", "removal instructions") is
// among them, but it is also how a list with a working opt-out words its footer ("Click here to be
// removed from this list"). It does not count when it is that footer: an established sender
// (facts.identity.established: named, on its own domain, opt-out back to it, links mostly its own,
// authentication not failing) AND an opt-out the reader can click on the sender's own domain in the
// body: a link whose address or text says opt-out (facts.identity.optOutToDomain). A List-Unsubscribe
// header or a mailto: alone does not do: spam of every era sends removal to a remove@ mailbox, and
// those cost a spammer with a domain of its own nothing to add. (A "<a>Click here</a> to be removed"
// link whose address says nothing of opt-out is not recognised: the opt-out fact would have to read
// the wording after a link, and any own-domain link near the wording is too cheap a proxy.)
// In the text/plain alternative of a message with HTML it never counts beside an opt-out link in
// the HTML: that is the same opt-out in the text part's words.
// The admission "this is an advertisement" (SpamAssassin's ADMITS_SPAM) has words of its own: US
// law asks commercial mail to identify itself as an advertisement, so the advice is to word it
// otherwise, not to drop it (docs/rules/shady-phrase.md).
import type { PhraseHit } from '../../phrases/matcher.ts';
import { isAdmissionWording, isRemovalWording } from '../../phrases/shady-wording.ts';
import { definePhraseRule } from '../phrase-rule.ts';
import type { RuleContext } from '../rule.ts';

function counts(hit: PhraseHit, context: RuleContext, view: 'text' | 'text-part'): boolean {
  if (!isRemovalWording(hit.definition.phrase)) return true;
  // In the text part, beside an opt-out link in the HTML, it is that opt-out in plain words (list
  // software writes "To be removed from this list, use this link: http://…" where the HTML has its
  // link): one opt-out said in both parts, as a phrase said in both counts once (there, in the HTML,
  // where it is no phrase). Measured on the dev corpus's two-part mail: 4 of 43 ham, 1 of 137 spam,
  // whose HTML had no opt-out link.
  if (view === 'text-part' && context.facts.optOut.links.length > 0) return false;
  const { established, optOutToDomain } = context.facts.identity;
  return !established || !optOutToDomain;
}

export default definePhraseRule({
  id: 'shady-phrase',
  categories: ['shady'],
  description: 'Uses wording typical of scams and spam disclaimers',
  weight: 1.2,
  cap: 3,
  counts,
  wordsFor: (hit) => (isAdmissionWording(hit.definition.phrase) ? { messageId: 'admission', suggestionId: 'mark-the-ad' } : undefined),
  messages: {
    phrase:
      '`{phrase}` is wording scams use to sound legitimate; real senders never need to say it.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Remove it: say who you are and why the reader gets this mail instead.',
    admission:
      '`{phrase}` is the exact sentence filters score in bulk mail (SpamAssassin\'s ADMITS_SPAM), whoever writes it; US law (CAN-SPAM) asks commercial mail to identify itself as an advertisement, but not in these words.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    'mark-the-ad':
      'If you must mark the mail as an ad, word it your own way and name yourself ("This email is an advertisement from Acme"), and say why the reader receives it.',
  },
});
