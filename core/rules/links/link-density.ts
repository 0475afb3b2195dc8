// Detects text with too many links for its length: a list of links with a few words around
// them reads as a link farm or affiliate spam rather than a message.
// Source: ESP deliverability guidance (Mailchimp, Litmus) on the balance of text and links; no single
// SpamAssassin rule, so the default weight is low until the corpus fit says otherwise.
import { defineRule } from '../rule.ts';

/** Distinct visible links per visible word from which the text counts as link-heavy (one every 3 words). */
const DENSE = 0.33;
/** Fewer links than this never make a message link-heavy; fewer words are link-only-body's case. */
const MIN_LINKS = 5;
const MIN_WORDS = 20;

export default defineRule({
  id: 'link-density',
  category: 'links',
  description: 'Too many links for the amount of text',
  weight: 0.8,
  cap: 2,
  messages: {
    'dense':
      '{links} different links in {words} words (one every {every, number, ::.0} words): text that is mostly links reads as a link farm or affiliate spam to filters.',
    'fewer-links':
      'Cut the links to the few that matter and give each one a sentence of context.',
  },
  check(context) {
    const { links, words } = context.facts.linkDensity;
    if (links < MIN_LINKS || words < MIN_WORDS) return [];
    const density = links / words;
    if (density < DENSE) return [];
    return [
      {
        messageId: 'dense',
        suggestionId: 'fewer-links',
        data: { links, words, every: words / links },
        evidence: `${links} links / ${words} words`,
        strength: Math.min(2, density / DENSE),
      },
    ];
  },
});
