// Detects HTML past Gmail's ~102 KB clipping limit, and an unsubscribe link that falls after the
// cut. Gmail hides the rest behind "View entire message": the footer, the unsubscribe link and the
// open-tracking pixel disappear, and an unsubscribe the reader cannot find turns into spam reports.
// Source: Gmail help ("[Message clipped]"), Gmail and Yahoo bulk-sender unsubscribe rules (2024).
import type { OptOutPlace } from '../../facts/opt-out.ts';
import { defineRule, inHtml, inText, shorten, type MessageHit } from '../rule.ts';

const SHOWN_CHARS = 60;
const MAX_BACKTRACK = 300;

export default defineRule({
  id: 'gmail-clipping',
  category: 'structure',
  description: 'HTML larger than Gmail clips (~102 KB)',
  weight: 0.3,
  cap: 2,
  messages: {
    'clipped':
      'The HTML is {kb} KB; Gmail clips messages past about 102 KB, so everything from here on (`{cut}`) is hidden behind "View entire message", including the footer and the open-tracking pixel.',
    'trim-html':
      'Trim the HTML below 100 KB: remove unused CSS and comments, minify, host long content on the web and link to it.',
    'unsubscribe-clipped':
      'The unsubscribe link (`{link}`) comes after Gmail\'s clipping point, so Gmail readers do not see it. A reader who cannot find the way out clicks "Report spam", and Gmail requires bulk senders to offer an easy unsubscribe.',
    'move-unsubscribe':
      'Move the unsubscribe link above the cut (near the top, or in a short footer), or shrink the HTML below 100 KB.',
  },
  check(context) {
    const { message } = context;
    const clip = message.clip;
    if (!clip) return [];
    // Point at the tag the cut falls in, when it is close: that is what the author will recognise.
    const tag = message.html.lastIndexOf('<', clip.sourceIndex);
    const cut = tag >= 0 && clip.sourceIndex - tag <= MAX_BACKTRACK ? tag : clip.sourceIndex;
    const shownEnd = Math.min(message.html.length, cut + SHOWN_CHARS);
    const kb = Math.round(message.htmlBytes / 1024);
    const shown = shorten(message.html.slice(cut, shownEnd));
    const hits: MessageHit[] = [
      {
        messageId: 'clipped',
        suggestionId: 'trim-html',
        data: { kb, cut: shown },
        evidence: shown,
        location: inHtml(cut, shownEnd),
        strength: 0.5,
      },
    ];
    // The links whose own address or text says opt-out (the same vocabulary missing-unsubscribe
    // uses), in source order; a link only near opt-out wording is not named as "the" link. Past the
    // link bound, the first such link among those not checked one by one too: which one comes first
    // and whether one is before the cut is all this reads.
    const { links, firstUnchecked } = context.facts.optOut;
    const unsubscribe: OptOutPlace[] = links.filter(({ by }) => by !== 'nearby-wording').map(({ link }) => link);
    if (firstUnchecked) unsubscribe.push(firstUnchecked);
    unsubscribe.sort((a, b) => a.sourceStart - b.sourceStart);
    const before = unsubscribe.some((link) => link.sourceStart < clip.sourceIndex);
    const after = unsubscribe.find((link) => link.sourceStart >= clip.sourceIndex);
    if (!before && after) {
      // A URL written in the text is reported in the text; the analyzer maps it to the source.
      const location = after.bare ? inText(after.start, after.end) : inHtml(after.sourceStart, after.sourceEnd);
      const view = after.bare ? message.text : message.html;
      hits.push({
        messageId: 'unsubscribe-clipped',
        suggestionId: 'move-unsubscribe',
        data: { link: shorten(after.text || after.href, 60) },
        evidence: shorten(view.slice(location.start, location.end)),
        location,
        strength: 1,
      });
    }
    return hits;
  },
});
