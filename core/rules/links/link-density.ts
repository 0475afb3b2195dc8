// Detects text with too many links for its length: a list of links with a few words around
// them reads as a link farm or affiliate spam rather than a message.
// Source: ESP deliverability guidance (Mailchimp, Litmus) on the balance of text and links; no single
// SpamAssassin rule, so the default weight is low until the corpus fit says otherwise.
import type { Link } from '../../message/message.ts';
import { hrefSlots } from '../../message/links.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { wordsOf } from '../../text/word-count.ts';
import { defineRule } from '../rule.ts';

/** Distinct visible links per visible word from which the text counts as link-heavy (one every 3 words). */
const DENSE = 0.33;
/** Fewer links than this never make a message link-heavy; fewer words are link-only-body's case. */
const MIN_LINKS = 5;
const MIN_WORDS = 20;

/** How many different hrefs the shown links have, in-page anchors (`#…`) and empty ones aside. */
function distinctVisibleHrefs(links: readonly Link[]): number {
  const counts = (link: Link): boolean => !link.hidden && link.href !== '' && !link.href.startsWith('#');
  const table = hrefSlots(links);
  if (!table) return new Set(links.filter(counts).map((link) => link.href)).size;
  const seen = new Uint8Array(table.slots);
  let count = 0;
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as Link;
    const slot = table.slot(link);
    if (seen[slot] === 0 && counts(link)) {
      seen[slot] = 1;
      count++;
    }
  }
  return count;
}

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
    const { message } = context;
    const links = distinctVisibleHrefs(message.links);
    if (links < MIN_LINKS) return [];
    // The words of a URL written out in the text (`www`, `example`, `com`) are not prose.
    const inBareUrl = overlapCursor(context.facts.links.bare);
    const hidden = overlapCursor(message.hidden);
    let words = 0;
    // The columns, not a Token object per word (every token of a link-heavy message is read).
    const { starts, ends, flagsOf, length } = message.tokens;
    for (let index = 0; index < length; index++) {
      const start = starts[index] ?? 0;
      const end = ends[index] ?? 0;
      const inUrl = inBareUrl(start, end);
      if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha) || hidden(start, end) || inUrl) continue;
      // a run of Japanese, Chinese or Thai counts as the English words it stands for
      words += wordsOf(message.text, start, end);
    }
    words = Math.round(words);
    if (words < MIN_WORDS) return [];
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
