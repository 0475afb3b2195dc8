/**
 * Builds the read-only Message from what the caller gave: one HTML parse, one tokenization of the
 * text, of the subject and of the text/plain alternative, one language guess. Rules read only this.
 */
import { findUrls, shownDomain } from '../links/find-urls.ts';
import { parseUrl } from '../links/url.ts';
import { NO_VOTES, readLanguage, type LanguageVotes } from '../text/language.ts';
import { placeholderRanges } from '../text/placeholders.ts';
import { overlapCursor } from '../text/ranges.ts';
import { EMPTY_TOKENS, tokenize, type TokenList } from '../text/tokenize.ts';
import type { EmailInput } from '../types.ts';
import { NO_HIDDEN_SPANS } from './hidden-spans.ts';
import { LINK_ADDRESS_LIMIT, LinkFlag, LinkTable } from './links.ts';
import type { Message } from './message.ts';
import { SegmentList } from './segments.ts';
import { textToSource } from './locate.ts';
import { GMAIL_CLIP_BYTES, measureBytes, parseHtml, type ParsedHtml } from './parse-html.ts';

/** What a message without HTML has in place of a parse (made for each: its link table is filled in). */
const emptyParse = (): ParsedHtml => ({
  text: '',
  segments: SegmentList.of([]),
  hidden: NO_HIDDEN_SPANS,
  lowContrast: NO_HIDDEN_SPANS,
  links: new LinkTable(),
  images: [],
  elements: [],
  eventHandlers: [],
  asciiEntities: [],
  hugeFonts: [],
  colors: [],
  unclosed: [],
  styleSheets: [],
  unreadPaint: false,
});

function headerMap(headers: EmailInput['headers']): Map<string, readonly string[]> {
  const map = new Map<string, string[]>();
  if (!headers || typeof headers !== 'object') return map;
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    const values: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    const strings = values.filter((v): v is string => typeof v === 'string');
    // `{ from: undefined }` or `[]` gives no header: a field exists only with a value.
    if (strings.length > 0) map.set(key, [...(map.get(key) ?? []), ...strings]);
  }
  return map;
}

/** Whether a header field is given with something in it (a blank `From:` is no sender). */
function hasValue(headers: ReadonlyMap<string, readonly string[]>, name: string): boolean {
  return (headers.get(name) ?? []).some((value) => /\S/.test(value));
}

/**
 * The text part's language is read in its first this many characters: the guess reads the first
 * few hundred words and characters (core/text/language.ts), so a 10 MB text part costs no more than
 * a short one, as long as template syntax does not fill its head.
 */
const PLAIN_LANGUAGE_HEAD = 20_000;

/**
 * The language of the text/plain alternative, read as the text's (template syntax and filler copy
 * never vote; the URLs it writes out are no sample), in its head only.
 */
function plainLanguageOf(plain: string, tokens: TokenList, template: boolean, votes: LanguageVotes): string {
  const head = plain.length > PLAIN_LANGUAGE_HEAD ? plain.slice(0, PLAIN_LANGUAGE_HEAD) : plain;
  const headTokens = head === plain ? tokens : tokens.head(tokens.indexFrom(head.length));
  return readLanguage(head, headTokens, placeholderRanges(head, headTokens, template), votes, findUrls(head)).language;
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * `votes`: the function words the language guess counts (the analyzer's, from its data); without
 * them, the trigram guess alone decides.
 */
export function parseMessage(input: EmailInput, votes: LanguageVotes = NO_VOTES): Message {
  const html = asString(input.html) ?? '';
  const plain = asString(input.text);
  // A test, not `html.trim()`: that copies all of a 10 MB paste to look at its ends.
  const isHtml = /\S/.test(html);
  const parsed = isHtml ? parseHtml(html) : emptyParse();
  const text = isHtml ? parsed.text : (plain ?? '');
  const segments = isHtml ? parsed.segments : SegmentList.of([{ textStart: 0, textEnd: text.length, sourceStart: 0, sourceEnd: text.length, exact: true }]);

  // Mail repeats its links (logo, button and footer to the same URL): the table holds each
  // distinct href once and parses it once, and each distinct link text is read (and kept) once.
  const links = parsed.links;
  const anchors = links.length;
  // Bare URLs in the text (plain-text mail, or a URL typed outside any <a>) are links too. Their
  // text is the URL itself and shows no domain of its own.
  // The table's anchors, in text order (a link starts where the text stood at its tag), read in
  // place; its length as it stands, so bare URLs added meanwhile count too, as they always have.
  const insideAnchor = isHtml ? overlapCursor(links) : () => false;
  const insideHidden = overlapCursor(parsed.hidden);
  for (const found of findUrls(text, insideAnchor)) {
    // In HTML the URL's own characters in the source; in plain text the offsets are the same.
    const source = (isHtml ? textToSource(segments, found.start, found.end) : null) ?? { start: found.start, end: found.end };
    links.add(found.href, found.start, found.end, source.start, source.end, LinkFlag.Bare | (insideHidden(found.start, found.end) ? LinkFlag.Hidden : 0));
  }
  // Past LINK_ADDRESS_LIMIT different addresses, only the links to the first of them are read one
  // by one (their text's shown domain, their parsed URL, a view each); the others are counted.
  const bound = links.bound(LINK_ADDRESS_LIMIT);
  const checked = bound?.checked ?? null;
  const shownIndex = new Map<string, number>();
  const tlds = new Map<string, boolean>();
  for (let index = 0; index < anchors; index++) {
    if (checked !== null && checked[links.slot(index)] !== 1) continue;
    const linkText = text.slice(links.start(index), links.end(index));
    let shown = shownIndex.get(linkText);
    if (shown === undefined) shownIndex.set(linkText, (shown = links.addShown(linkText, shownDomain(linkText, tlds))));
    links.setShown(index, shown);
  }
  const bareIndex = new Map<string, number>();
  for (let index = anchors; index < links.length; index++) {
    if (checked !== null && checked[links.slot(index)] !== 1) continue;
    const linkText = text.slice(links.start(index), links.end(index));
    let shown = bareIndex.get(linkText);
    if (shown === undefined) bareIndex.set(linkText, (shown = links.addShown(linkText, null)));
    links.setShown(index, shown);
  }
  links.resolveUrls(parseUrl, checked);

  const tokens = tokenize(text);
  const headers = headerMap(input.headers);
  // Every delivered message has a From or a Received line: given either (with a value), this is a whole message
  // (an .eml), not a draft's HTML and subject.
  const wholeMessage = hasValue(headers, 'from') || hasValue(headers, 'received');
  const placeholders = placeholderRanges(text, tokens, !wholeMessage);
  const subject = asString(input.subject);

  const { bytes, cutIndex } = measureBytes(html, GMAIL_CLIP_BYTES);
  // The language is read in the sender's words: template syntax and filler copy are left out; the
  // addresses the text spells out (bare URLs, link texts that are addresses) are left out of the
  // trigram sample and the script count, but their words vote.
  const reading = readLanguage(text, tokens, placeholders, votes, links.addressRanges());
  const plainTokens = isHtml && plain ? tokenize(plain) : EMPTY_TOKENS;
  return {
    html,
    isHtml,
    text,
    segments,
    hidden: parsed.hidden,
    lowContrast: parsed.lowContrast,
    plainText: isHtml ? plain : null,
    subject,
    headers,
    wholeMessage,
    links: links.views(checked),
    linkScan: bound?.scan ?? null,
    urlsInText: links.bareRanges(),
    images: parsed.images,
    elements: parsed.elements,
    eventHandlers: parsed.eventHandlers,
    asciiEntities: parsed.asciiEntities,
    hugeFonts: parsed.hugeFonts,
    colors: parsed.colors,
    unclosed: parsed.unclosed,
    styleSheets: parsed.styleSheets,
    unreadPaint: parsed.unreadPaint,
    htmlBytes: bytes,
    clip: cutIndex === null ? null : { byte: GMAIL_CLIP_BYTES, sourceIndex: cutIndex },
    placeholders,
    language: reading.language,
    functionWords: reading.functionWords,
    tokens,
    subjectTokens: subject ? tokenize(subject) : EMPTY_TOKENS,
    plainTokens,
    plainLanguage: isHtml && plain ? plainLanguageOf(plain, plainTokens, !wholeMessage, votes) : null,
  };
}
