// Detects HTML past Gmail's ~102 KB clipping limit, and an unsubscribe link that falls after the
// cut. Gmail hides the rest behind "View entire message": the footer, the unsubscribe link and the
// open-tracking pixel disappear, and an unsubscribe the reader cannot find turns into spam reports.
// Source: Gmail help ("[Message clipped]"), Gmail and Yahoo bulk-sender unsubscribe rules (2024).
import type { Link, Message } from '../../message/message.ts';
import { textToSource } from '../../message/locate.ts';
import { defineRule, inHtml, shorten, type RuleContext, type RuleHit } from '../rule.ts';

/** Unsubscribe targets in an href, in the languages we ship (bounded input: the first 500 characters). */
const UNSUBSCRIBE_HREF = /unsub|opt-?out|abmeld|desinscri|d%C3%A9sinscri|desuscri|baja|afmeld|uitschrijv|cancelar-inscri/i;
const SHOWN_CHARS = 60;
const MAX_BACKTRACK = 300;

/** Where a link starts in the HTML source. */
function sourceOf(message: Message, link: Link): number | null {
  if (!link.bare) return link.sourceStart;
  return textToSource(message.segments, link.start, link.end)?.start ?? null;
}

function unsubscribeLinks(context: RuleContext): Link[] {
  const links = [...context.message.links].sort((a, b) => a.start - b.start);
  const wording = context.facts.optOut.wording;
  const found: Link[] = [];
  let index = 0;
  for (const link of links) {
    while (index < wording.length && (wording[index]?.end ?? 0) <= link.start) index++;
    const hit = wording[index];
    const worded = hit !== undefined && hit.start < link.end && link.end > link.start;
    if (worded || UNSUBSCRIBE_HREF.test(link.href.slice(0, 500))) found.push(link);
  }
  return found;
}

export default defineRule({
  id: 'gmail-clipping',
  category: 'structure',
  description: 'HTML larger than Gmail clips (~102 KB)',
  weight: 0.8,
  cap: 2,
  check(context) {
    const { message } = context;
    const clip = message.clip;
    if (!clip) return [];
    // Point at the tag the cut falls in, when it is close: that is what the author will recognise.
    const tag = message.html.lastIndexOf('<', clip.sourceIndex);
    const cut = tag >= 0 && clip.sourceIndex - tag <= MAX_BACKTRACK ? tag : clip.sourceIndex;
    const shownEnd = Math.min(message.html.length, cut + SHOWN_CHARS);
    const kb = Math.round(message.htmlBytes / 1024);
    const hits: RuleHit[] = [
      {
        message: `The HTML is ${kb} KB; Gmail clips messages past about 102 KB, so everything from here on (\`${shorten(message.html.slice(cut, shownEnd))}\`) is hidden behind "View entire message", including the footer and the open-tracking pixel.`,
        suggestion: 'Trim the HTML below 100 KB: remove unused CSS and comments, minify, host long content on the web and link to it.',
        evidence: shorten(message.html.slice(cut, shownEnd)),
        location: inHtml(cut, shownEnd),
        strength: 0.5,
      },
    ];
    const unsubscribe = unsubscribeLinks(context);
    const positions = unsubscribe.map((link) => ({ link, at: sourceOf(message, link) }));
    const before = positions.some(({ at }) => at !== null && at < clip.sourceIndex);
    const after = positions.find(({ at }) => at !== null && at >= clip.sourceIndex);
    if (!before && after && after.at !== null) {
      const link = after.link;
      const end = link.bare ? (textToSource(message.segments, link.start, link.end)?.end ?? after.at) : link.sourceEnd;
      const evidence = shorten(message.html.slice(after.at, end));
      hits.push({
        message: `The unsubscribe link (\`${shorten(link.text || link.href, 60)}\`) comes after Gmail's clipping point, so Gmail readers do not see it. A reader who cannot find the way out clicks "Report spam", and Gmail requires bulk senders to offer an easy unsubscribe.`,
        suggestion: 'Move the unsubscribe link above the cut (near the top, or in a short footer), or shrink the HTML below 100 KB.',
        evidence,
        location: inHtml(after.at, end),
        strength: 1,
      });
    }
    return hits;
  },
});
