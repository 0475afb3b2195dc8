// Detects unbalanced markup: elements never closed, so the parser had to close them by implication.
// Hand-made or generated spam is often sloppy HTML, and filters count the imbalance; a couple of
// stray tags in a large template are normal, so only a real share of them counts.
// Source: SpamAssassin HTML_TAG_BALANCE_BODY / HTML_TAG_BALANCE_HEAD (20_html_tests.cf).
import type { Element } from '../../message/message.ts';
import { defineRule, inHtml, shorten, type MessageHit } from '../rule.ts';

/** HTML elements whose end tag is required; other names (`<o:p>`, `<name@host>` read as a tag) are noise. */
const REQUIRED_END = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blink', 'blockquote', 'button',
  'canvas', 'center', 'cite', 'code', 'del', 'details', 'dfn', 'dialog', 'div', 'dl', 'em', 'fieldset',
  'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'i', 'iframe',
  'ins', 'kbd', 'label', 'legend', 'main', 'map', 'mark', 'marquee', 'nav', 'nobr', 'noscript', 'object', 'ol',
  'pre', 'q', 's', 'samp', 'script', 'section', 'select', 'small', 'span', 'strike', 'strong', 'style', 'sub',
  'summary', 'sup', 'table', 'textarea', 'time', 'title', 'tt', 'u', 'ul', 'var', 'video',
]);
/** Fewer unclosed elements than this is ordinary sloppiness. */
const MIN_UNCLOSED = 5;
/** …and they must be dense enough: per 10 KB of HTML. */
const MIN_PER_10_KB = 2;
/** Unclosed elements per unit of strength. */
const PER_UNIT = 10;
const MAX_HITS = 5;

export default defineRule({
  id: 'broken-markup',
  category: 'structure',
  description: 'Unbalanced HTML: many elements never closed',
  weight: 0.2,
  cap: 2,
  messages: {
    'unclosed':
      '`<{name}>` is opened without a closing `</{name}>` {count, plural, =1 {once} other {# times}} ({total} unclosed elements in all). Unbalanced markup is typical of hastily made bulk mail, filters count it, and clients may render the rest of the message inside the open element.',
    'close-elements':
      'Close every `<{name}>` you open, then run the HTML through a validator or your ESP\'s template checker.',
  },
  check(context) {
    const { message } = context;
    const unclosed = message.unclosed.filter((element) => REQUIRED_END.has(element.name));
    const per10Kb = unclosed.length / Math.max(1, message.htmlBytes / 10240);
    if (unclosed.length < MIN_UNCLOSED || per10Kb < MIN_PER_10_KB) return [];

    const byName = new Map<string, Element[]>();
    for (const element of unclosed) {
      const list = byName.get(element.name);
      if (list) list.push(element);
      else byName.set(element.name, [element]);
    }
    const groups = [...byName.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const total = unclosed.length;
    return groups.slice(0, MAX_HITS).map(([name, elements]): MessageHit => {
      // Elements are listed as they were closed (innermost first): point at the first one opened.
      const first = elements.reduce((earliest, element) => (element.sourceStart < earliest.sourceStart ? element : earliest));
      const evidence = shorten(message.html.slice(first.sourceStart, first.sourceEnd));
      return {
        messageId: 'unclosed',
        suggestionId: 'close-elements',
        data: { name, count: elements.length, total },
        evidence,
        location: inHtml(first.sourceStart, first.sourceEnd),
        strength: elements.length / PER_UNIT,
      };
    });
  },
});
