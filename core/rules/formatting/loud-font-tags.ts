// Detects `<font>` tags that shout: pure red text (`color="#FF0000"`) or oversized type
// (`size="5"`–`"7"`, `size="+2"` and up) more than once. Red, billboard-sized <font> markup is the
// look of bulk spam; newsletters style text with CSS and keep emphasis sparing.
// Source: SpamAssassin 2.x HTML_FONT_COLOR_RED, HTML_FONT_BIG and HTML_FONTCOLOR_* rules.
import { defineRule, inHtml, shorten } from '../rule.ts';

/** Longest `<font …>` tag we read. */
const MAX_TAG = 300;
/** Tags we look at: enough for any real mail, bounded for a hostile one. */
const MAX_TAGS = 5000;
/** Oversized tags it takes when no tag is red. */
const MIN_BIG = 2;
const RED = /\bcolor\s*=\s*["']?\s*(?:#?ff0000|#f00|red)(?![\w-])/;
const BIG = /\bsize\s*=\s*["']?\s*(?:\+[2-6]|[5-7])(?!\d)/;

/** `<font` followed by whitespace, in any case, read without allocating. */
function isFontTag(html: string, at: number): boolean {
  if ((html.charCodeAt(at + 1) | 0x20) !== 0x66 || (html.charCodeAt(at + 2) | 0x20) !== 0x6f) return false;
  if ((html.charCodeAt(at + 3) | 0x20) !== 0x6e || (html.charCodeAt(at + 4) | 0x20) !== 0x74) return false;
  const after = html.charCodeAt(at + 5);
  return after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d;
}

export default defineRule({
  id: 'loud-font-tags',
  category: 'formatting',
  description: 'Red or oversized <font> tags',
  weight: 0.5,
  cap: 1,
  messages: {
    'loud':
      'The markup `{evidence}` {kind, select, red {sets text in pure red} other {sets text in oversized type ({big} such tags)}}. Red, billboard-sized <font> text is the look of bulk spam, and filters have scored it for two decades.',
    'use-css':
      'Style text with CSS and a restrained palette: one headline size, your brand colour for emphasis, bold for the few words that matter.',
  },
  check(context) {
    const { html } = context.message;
    if (!html) return [];
    let red: { start: number; end: number } | null = null;
    let firstBig: { start: number; end: number } | null = null;
    let big = 0;
    let seen = 0;
    for (let at = html.indexOf('<'); at >= 0 && seen < MAX_TAGS; at = html.indexOf('<', at + 1)) {
      if (!isFontTag(html, at)) continue;
      seen++;
      const close = html.indexOf('>', at);
      const end = close < 0 || close - at > MAX_TAG ? Math.min(html.length, at + MAX_TAG) : close + 1;
      const tag = html.slice(at, end).toLowerCase();
      if (!red && RED.test(tag)) red = { start: at, end };
      if (BIG.test(tag)) {
        big++;
        firstBig ??= { start: at, end };
      }
      if (red) break;
    }
    const loud = red ?? (big >= MIN_BIG ? firstBig : null);
    if (!loud) return [];
    const evidence = shorten(html.slice(loud.start, loud.end));
    return [
      {
        messageId: 'loud',
        suggestionId: 'use-css',
        data: { evidence, kind: red ? 'red' : 'big', big },
        evidence,
        location: inHtml(loud.start, loud.end),
      },
    ];
  },
});
