/**
 * Text in a message that is not the sender's words: template syntax left for an ESP or a framework
 * to fill (`{{ name }}`, `{% if %}`, `*|FNAME|*`, `%%first%%`, `%FIRSTNAME%`, `[[firstname]]`,
 * `[Sender_Address]`, `${url}`) and filler copy (Lorem ipsum). A draft is full of both, and neither
 * says what language the mail is written in (issue #11: `{% for item in items %}` read as English,
 * a Lorem ipsum block as Italian).
 */
import { TokenFlag, type TokenList } from './tokenize.ts';
import { isSorted, type Range } from './ranges.ts';
import { isAsciiLetterOrDigit } from './characters.ts';

/** `\w` (ASCII letters, digits and `_`), without a regex: asked at each opener of a long paste. */
const isAsciiWord = (code: number): boolean => isAsciiLetterOrDigit(code) || code === 0x5f;

interface Syntax {
  readonly open: string;
  readonly close: string;
  /** longest placeholder, delimiters included: template tags are short */
  readonly max: number;
  /** what may stand between the delimiters (merge tags are names, not sentences) */
  readonly inner?: RegExp;
  /**
   * A character that may not touch the placeholder, before its opener or after its closer: a
   * `%FIRSTNAME%` stands apart, the `%A9COLE%` of a percent-encoded `%C3%A9COLE%20` does not.
   * Such a placeholder also hugs its name (`inner` is tested on the content as it is, untrimmed):
   * `5 % OFF%` is no tag.
   */
  readonly apart?: (code: number) => boolean;
  /**
   * The fallback an ESP shows when the value is missing (`[[x OR "Friend"]]`, `{{ x | default:
   * "there" }}`): the sender's own words, which the reader may see. Its first capturing group that
   * matched is the fallback's text, found in the content as it is (untrimmed); the tag around it is
   * the placeholder, the fallback is text.
   */
  readonly fallback?: RegExp;
}

/**
 * Each syntax, as ESPs document it. The bracket and single-percent ones are also ordinary text
 * (`[1]`, `[sic]`, `[URGENT]`, `50% off … 20% more`), so only their unambiguous forms count: a
 * name with an underscore or a Campaign Monitor fallback in single brackets, an upper-case name
 * between single percent signs, standing apart from letters, digits and other delimiters.
 */
const SYNTAXES: readonly Syntax[] = [
  // Liquid's `{{ x | default: "there" }}`, Jinja's and Twig's `{{ x | default("there") }}`.
  { open: '{{', close: '}}', max: 400, fallback: /^[^|]*\|\s*default(?::\s*|\(\s*)(?:"([^"]*)"|'([^']*)')/d },
  { open: '{%', close: '%}', max: 400 },
  { open: '{#', close: '#}', max: 400 },
  // Mailchimp: *|FNAME|*, *|LIST:ADDRESSLINE|*.
  { open: '*|', close: '|*', max: 80, inner: /^[\w:\- ]+$/ },
  // Salesforce Marketing Cloud, Delivra and others: %%FirstName%%, %%emailaddr%%.
  { open: '%%', close: '%%', max: 80, inner: /^[\w.-]+$/ },
  { open: '${', close: '}', max: 80, inner: /^[\w.-]+$/ },
  // GetResponse [[firstname]], Constant Contact [[trackingImage]] and [[FIRSTNAME OR "Friend"]],
  // Mailjet's legacy [[data:firstname:""]] and [[UNSUB_LINK_EN]].
  { open: '[[', close: ']]', max: 80, inner: /^[A-Za-z][\w.:-]*(?::"[^"]*"|\s+OR\s+"[^"]*")?$/, fallback: /(?::"|\s+OR\s+")([^"]*)"$/d },
  // SendGrid's legacy Marketing Campaigns [Sender_Address] [Sender_City], [UNSUBSCRIBE_LINK];
  // Campaign Monitor's [firstname,fallback=there]. Not [1], [sic], [PDF], [URGENT], [Unsubscribe].
  { open: '[', close: ']', max: 80, inner: /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$|^[A-Za-z][\w-]*,\s*fallback=[^\]]*$/, apart: (code) => isAsciiWord(code) || code === 0x5b || code === 0x5d, fallback: /,\s*fallback=([^\]]*)$/d },
  // ActiveCampaign: %FIRSTNAME%, %UNSUBSCRIBELINK%, %SENDER-INFO-SINGLELINE%. Upper case, two
  // characters or more; not `50% off, 20% more`, nor percent-encoding (`%C3%A9`), nor %%…%%.
  { open: '%', close: '%', max: 80, inner: /^[A-Z][A-Z0-9]+(?:[_-][A-Z0-9]+)*$/, apart: (code) => isAsciiWord(code) || code === 0x25 },
];

/**
 * Every `open … close` of one syntax, at most `max` long and without a line break. The next
 * closer is searched again only once the scan has passed it, so a text of a million openers and
 * no closer is still read once per syntax.
 */
function syntaxRanges(text: string, { open, close, max, inner, apart, fallback }: Syntax, into: Range[]): void {
  let from = 0;
  let closer = -1;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) return;
    const contentStart = start + open.length;
    if (closer < contentStart && closer !== Infinity) {
      const at = text.indexOf(close, contentStart);
      closer = at < 0 ? Infinity : at;
    }
    if (closer === Infinity) return;
    const end = closer + close.length;
    // The cheap tests first, before the content is cut out: a paste of `%%%%` or `[[a]]` opens a
    // candidate at every delimiter.
    const standsApart = !apart || !(apart(text.charCodeAt(start - 1)) || apart(text.charCodeAt(end)));
    const content = end - start <= max && closer > contentStart && standsApart ? text.slice(contentStart, closer) : null;
    if (content !== null && content.trim() !== '' && !content.includes('\n') && (!inner || inner.test(apart ? content : content.trim()))) {
      const given = fallback?.exec(content)?.indices?.find((group, index) => index > 0 && group !== undefined);
      if (given && given[1] > given[0]) {
        // The tag up to its fallback, and from the fallback's end: the fallback itself is text.
        into.push({ start, end: contentStart + given[0] }, { start: contentStart + given[1], end });
      } else {
        into.push({ start, end });
      }
      from = end;
    } else {
      from = start + 1;
    }
  }
}

/**
 * Words of the Lorem ipsum passage and of the generators that extend it. Short Latin words that
 * are also words of living languages (`in`, `et`, `non`, `est`) count only inside a run.
 */
const LOREM = new Set(
  (
    'a ac accumsan ad adipiscing aenean aliqua aliquam aliquet aliquip amet anim ante arcu at auctor augue aute bibendum ' +
    'blandit cillum commodo condimentum congue consectetur consequat convallis cras culpa cupidatat curabitur cursus dapibus ' +
    'deserunt diam dictum dictumst dignissim do dolor dolore donec dui duis ea efficitur egestas eget eiusmod eleifend ' +
    'elementum elit enim erat eros esse est et etiam eu euismod ex excepteur exercitation facilisi facilisis fames faucibus ' +
    'felis fermentum feugiat finibus fringilla fugiat fusce gravida habitant habitasse hac hendrerit iaculis id imperdiet in ' +
    'incididunt integer interdum ipsum irure justo labore laboris laborum lacinia lacus laoreet lectus leo libero ligula ' +
    'lobortis lorem luctus maecenas magna malesuada massa mattis mauris metus mi minim molestie mollis mollit morbi nam nec ' +
    'neque netus nibh nisi nisl non nostrud nulla nullam nunc occaecat odio officia orci ornare pariatur pellentesque pharetra ' +
    'phasellus placerat platea porta porttitor posuere potenti praesent pretium proident proin pulvinar purus quam qui quis ' +
    'quisque reprehenderit rhoncus risus rutrum sagittis sapien scelerisque sed semper senectus sint sit sodales sollicitudin ' +
    'sunt suscipit suspendisse tellus tempor tempus tincidunt tortor tristique turpis ullamco ultrices ultricies urna ut ' +
    'varius vehicula vel velit venenatis veniam vestibulum vitae vivamus viverra voluptate volutpat vulputate'
  ).split(' '),
);
/** A run of Lorem words this long is filler… */
const LOREM_RUN = 3;
/** …when it holds `lorem`/`ipsum` or this many of its longer words (no living language strings them together). */
const LOREM_LONG_WORDS = 2;
const LONG_WORD = 6;

function loremRanges(tokens: TokenList, into: Range[]): void {
  let start = -1;
  let end = -1;
  let length = 0;
  let marked = false;
  let long = 0;
  const flush = (): void => {
    if (length >= LOREM_RUN && (marked || long >= LOREM_LONG_WORDS)) into.push({ start, end });
    length = 0;
    marked = false;
    long = 0;
  };
  const { starts, ends, flagsOf, normIds, norms } = tokens;
  for (let index = 0; index < tokens.length; index++) {
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha)) continue;
    const norm = norms[normIds[index] ?? -1] ?? '';
    if (!LOREM.has(norm)) {
      if (length > 0) flush();
      continue;
    }
    if (length === 0) start = starts[index] ?? 0;
    end = ends[index] ?? 0;
    length++;
    if (norm === 'lorem' || norm === 'ipsum') marked = true;
    if (norm.length >= LONG_WORD) long++;
  }
  if (length > 0) flush();
}

/**
 * The name a placeholder of `placeholderRanges` stands for, lower case: `*|LIST:ADDRESSLINE|*` →
 * `list:addressline`, `{{- shop.address.street | escape }}` → `shop.address.street` (a Liquid or
 * Handlebars filter, whitespace control and a third brace left off), `[Sender_Address]` →
 * `sender_address`, `[firstname,fallback=there]` → `firstname` (a fallback left off); null for
 * filler copy.
 */
export function placeholderName(text: string, { start, end }: Range): string | null {
  const syntax = SYNTAXES.find(({ open }) => text.startsWith(open, start) && end - start > open.length);
  if (!syntax) return null;
  // A tag with a fallback is two ranges: the first holds the name and stops where the fallback
  // begins, before the closer.
  const closed = end - start >= syntax.open.length + syntax.close.length && text.startsWith(syntax.close, end - syntax.close.length);
  const inner = text.slice(start + syntax.open.length, closed ? end - syntax.close.length : end);
  const bar = inner.search(/[|,]|\sOR\s|:"/);
  // A placeholder is at most 400 characters: the trims are short.
  return (bar < 0 ? inner : inner.slice(0, bar)).replace(/^[\s{~-]+/, '').replace(/[\s}~-]+$/, '').toLowerCase();
}

const byStartThenEnd = (a: Range, b: Range): number => a.start - b.start || a.end - b.end;

/**
 * Template syntax and filler copy in `text` (tokens: the tokenization of `text`), sorted by start;
 * a fallback inside a tag is left out (it is text). None in a whole message (`template` false: an
 * .eml, with From or Received): its tags were filled in before it was sent, so what still looks
 * like one is what the reader sees, as is its filler copy.
 */
export function placeholderRanges(text: string, tokens: TokenList, template = true): Range[] {
  const ranges: Range[] = [];
  if (!template) return ranges;
  for (const syntax of SYNTAXES) syntaxRanges(text, syntax, ranges);
  loremRanges(tokens, ranges);
  // Most texts hold one syntax, found in order: sorting two million `%AB%` cost as much as finding them.
  return isSorted(ranges, byStartThenEnd) ? ranges : ranges.sort(byStartThenEnd);
}
