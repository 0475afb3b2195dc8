// Detects text set in huge fonts (32 px and up) when it makes up a real share of the message.
// Enormous type is how spam shouts its offer; one big headline in a newsletter is normal, a body
// of billboard lines is not. Source: SpamAssassin HTML_FONT_SIZE_HUGE.
import type { StyledSpan } from '../../message/message.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

/** At least this many visible words in huge type… */
const MIN_HUGE_WORDS = 8;
/** …and at least this share of the visible words. */
const MIN_SHARE = 0.15;
/** Huge words per unit of strength. */
const WORDS_PER_UNIT = 20;
const MIN_LISTED_WORDS = 2;
const MAX_HITS = 5;

export default defineRule({
  id: 'huge-font',
  category: 'formatting',
  description: 'Much of the text set in huge fonts',
  weight: 0.5,
  cap: 2,
  messages: {
    'huge':
      '`{evidence}` is set in {size} type; {percent} % of the visible words ({huge}) are that big. Enormous type reads as a shouted offer, and filters score huge fonts.',
    'body-size':
      'Keep one headline large and set the rest at body size (14–18 px); let the layout, not the font size, carry emphasis.',
  },
  check(context) {
    const { message } = context;
    if (message.hugeFonts.length === 0) return [];
    const isHidden = overlapCursor(message.hidden);
    const spans = [...message.hugeFonts].sort((a, b) => a.start - b.start);
    const counted: { span: StyledSpan; words: number; first: number; last: number }[] = [];
    let spanIndex = 0;
    let words = 0;
    let huge = 0;
    // The token columns, not a token object per word.
    const { tokens } = message;
    for (let i = 0; i < tokens.length; i++) {
      const start = tokens.start(i);
      const end = tokens.end(i);
      if (!(tokens.flags(i) & TokenFlag.Alpha) || isHidden(start, end)) continue;
      words++;
      while (spanIndex < spans.length && (spans[spanIndex]?.end ?? 0) <= start) spanIndex++;
      const span = spans[spanIndex];
      if (!span || start < span.start) continue;
      huge++;
      const last = counted[counted.length - 1];
      if (last?.span === span) {
        last.words++;
        last.last = end;
      } else counted.push({ span, words: 1, first: start, last: end });
    }
    const share = words > 0 ? huge / words : 0;
    if (huge < MIN_HUGE_WORDS || share < MIN_SHARE) return [];
    const listed = counted
      .filter((entry) => entry.words >= MIN_LISTED_WORDS)
      .sort((a, b) => b.words - a.words || a.first - b.first)
      .slice(0, MAX_HITS);
    const shownWords = listed.reduce((sum, entry) => sum + entry.words, 0);
    const percent = Math.round(share * 100);
    return listed.map((entry, index): MessageHit => {
      const evidence = shorten(message.text.slice(entry.first, entry.last));
      // The words in smaller huge spans count with the largest one.
      const words = entry.words + (index === 0 ? huge - shownWords : 0);
      return {
        messageId: 'huge',
        suggestionId: 'body-size',
        // The size is CSS as written (`48px`), not a quantity.
        data: { evidence, size: entry.span.value, percent, huge },
        evidence,
        location: inText(entry.first, entry.last),
        strength: words / WORDS_PER_UNIT,
      };
    });
  },
});
