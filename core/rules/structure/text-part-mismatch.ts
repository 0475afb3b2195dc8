// Detects HTML and plain-text parts that say different things: a text part that is a stub ("your
// client cannot show HTML"), HTML source pasted into the text part, or two unrelated texts. Filters
// compare the parts because spam tools fill the text part with filler or with a different pitch.
// Source: SpamAssassin MPART_ALT_DIFF / MPART_ALT_DIFF_COUNT.
import { findUrls } from '../../links/find-urls.ts';
import { parseUrl } from '../../links/url.ts';
import type { Link } from '../../message/message.ts';
import type { TokenList } from '../../text/tokenize.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { defineRule, shorten } from '../rule.ts';

/** Below this many distinct words on the larger side there is too little to compare. */
const MIN_WORDS = 20;
/** A side with fewer distinct words than this, or than STUB_SHARE of the other side, is a stub. */
const STUB_WORDS = 10;
const STUB_SHARE = 0.15;
/** Shared words / words of the smaller side below which two full texts disagree. */
const DISAGREE = 0.35;
/**
 * Tags that show HTML source pasted as text (bracketed URLs such as `<https://…>` are not tags);
 * a new RegExp per check, so no lastIndex is shared between messages.
 */
const SOURCE_TAG = (): RegExp => /<\/?(?:html|head|body|table|tbody|tr|td|div|span|p|br|img|a|center|font|style|meta)\b[^<>]{0,200}>/gi;
const MIN_SOURCE_TAGS = 3;

/** Distinct case-folded words of three letters or more, leaving out the words of URLs. */
function wordSet(text: string, tokens: TokenList): Set<string> {
  const words = new Set<string>();
  let urlEnd = -1;
  for (const token of tokens) {
    if (token.start < urlEnd) continue;
    // A token followed by `://` or preceded by `www.` opens a URL: skip to the next space.
    if (text.startsWith('://', token.end) || text.startsWith('www.', token.start)) {
      let end = token.end;
      while (end < text.length && !/[\s<>()"']/.test(text[end] ?? '')) end++;
      urlEnd = end;
      continue;
    }
    if (token.flags & TokenFlag.Alpha && token.norm.length >= 3) words.add(token.norm);
  }
  return words;
}

/**
 * A short text part that writes out addresses on the sites the HTML visibly links to (its registrable
 * domains; hidden anchors and IP addresses do not count) ("Read the email
 * online: https://…", "Unsubscribe: https://…") points the reader to the full message: what list
 * software generates, not the placeholder ("Your client cannot show HTML") that bulk tools leave.
 */
function pointsToOwnSites(plain: string, links: readonly Link[]): boolean {
  const urls = findUrls(plain);
  if (urls.length === 0) return false;
  const linked = new Set<string>();
  for (const link of links) {
    // as the sender's identity reads links: a hidden anchor or an IP address names no site of the sender's
    if (link.bare || link.hidden || link.url.isIp || link.url.isObfuscatedIp || !link.url.domain) continue;
    linked.add(link.url.domain);
  }
  return urls.every((url) => {
    const { domain } = parseUrl(url.href);
    return domain !== null && linked.has(domain);
  });
}

function sourceTags(plain: string): string[] {
  const found: string[] = [];
  const sourceTag = SOURCE_TAG();
  for (let match = sourceTag.exec(plain); match && found.length < MIN_SOURCE_TAGS; match = sourceTag.exec(plain)) found.push(match[0]);
  return found;
}

export default defineRule({
  id: 'text-part-mismatch',
  category: 'structure',
  description: 'HTML and plain-text parts say different things',
  weight: 1.0,
  cap: 2,
  messages: {
    'html-source':
      'The plain-text part contains HTML source (`{source}`). Readers of the text version see raw markup, and filters take a broken alternative part as a sign of a careless bulk sender.',
    'text-from-rendered':
      'Generate the text part from the rendered message (your ESP\'s "plain text version"), not from the HTML source.',
    'text-stub':
      'The plain-text part is a stub (`{text}`: {textWords} distinct words against {htmlWords} in the HTML). Filters compare the two parts, and a placeholder text part is a known sign of bulk mail tools.',
    'html-stub':
      'The HTML part shows {htmlWords} distinct words but the plain-text part has {textWords}: the two versions do not say the same thing, and filters compare them.',
    'real-text-part':
      'Make the text part a real plain-text version of the message: the same words, with the links written out.',
    'disagree':
      'The HTML and plain-text parts disagree: {percent} % of the words of the shorter part are missing from the other (text part: `{text}`). Filters compare the parts (SpamAssassin\'s MPART_ALT_DIFF), because spam tools fill the text part with filler or a different pitch.',
    'same-message':
      'Make both parts carry the same message; generate the text part from the final HTML.',
  },
  check(context) {
    const { message } = context;
    const plain = message.plainText;
    if (!message.isHtml || plain === null) return [];

    const tags = sourceTags(plain);
    if (tags.length >= MIN_SOURCE_TAGS) {
      const evidence = shorten(tags[0] ?? '');
      return [
        {
          messageId: 'html-source',
          suggestionId: 'text-from-rendered',
          data: { source: evidence },
          evidence,
          strength: 1,
        },
      ];
    }

    const html = wordSet(message.text, message.tokens);
    const text = wordSet(plain, message.plainTokens);
    const larger = Math.max(html.size, text.size);
    const smaller = Math.min(html.size, text.size);
    if (larger < MIN_WORDS) return [];
    let shared = 0;
    for (const word of text) if (html.has(word)) shared++;
    const evidence = shorten(plain) || '(empty text part)';

    if (smaller < STUB_WORDS || smaller < STUB_SHARE * larger) {
      const stubIsText = text.size <= html.size;
      if (stubIsText && pointsToOwnSites(plain, context.facts.links.web)) return [];
      return [
        {
          messageId: stubIsText ? 'text-stub' : 'html-stub',
          suggestionId: 'real-text-part',
          data: { text: evidence, textWords: text.size, htmlWords: html.size },
          evidence,
          strength: 0.5,
        },
      ];
    }

    const similarity = shared / smaller;
    if (similarity >= DISAGREE) return [];
    const percent = Math.round((1 - similarity) * 100);
    return [
      {
        messageId: 'disagree',
        suggestionId: 'same-message',
        data: { percent, text: evidence },
        evidence,
        strength: 1 + (DISAGREE - similarity) * 2,
      },
    ];
  },
});
