/**
 * Builds the read-only Message from what the caller gave: one HTML parse, one tokenization of the
 * text and of the subject, one language guess. Rules read only this.
 */
import { findUrls, shownDomain } from '../links/find-urls.ts';
import { parseUrl, type ParsedUrl } from '../links/url.ts';
import { detectLanguage } from '../text/language.ts';
import { placeholderRanges } from '../text/placeholders.ts';
import { overlapCursor } from '../text/ranges.ts';
import { EMPTY_TOKENS, TokenFlag, tokenize } from '../text/tokenize.ts';
import type { EmailInput } from '../types.ts';
import type { Link, Message } from './message.ts';
import { SegmentList } from './segments.ts';
import { textToSource } from './locate.ts';
import { GMAIL_CLIP_BYTES, measureBytes, parseHtml, type ParsedHtml, type RawLink } from './parse-html.ts';

const EMPTY_PARSE: ParsedHtml = {
  text: '',
  segments: SegmentList.of([]),
  hidden: [],
  lowContrast: [],
  links: [],
  images: [],
  elements: [],
  eventHandlers: [],
  asciiEntities: [],
  hugeFonts: [],
  colors: [],
  unclosed: [],
  styleSheets: [],
  unreadPaint: false,
};

function headerMap(headers: EmailInput['headers']): Map<string, readonly string[]> {
  const map = new Map<string, string[]>();
  if (!headers || typeof headers !== 'object') return map;
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    const values: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    map.set(key, [...(map.get(key) ?? []), ...values.filter((v): v is string => typeof v === 'string')]);
  }
  return map;
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * What `overlapCursor` of the non-empty anchors answers, without copying them out: does [start,
 * end) overlap the text of an `<a>`? The parse makes links in text order (a link starts where the
 * text stood at its tag), so the queries, in increasing order of start, walk them once.
 */
function anchorCursor(links: readonly RawLink[]): (start: number, end: number) => boolean {
  let index = 0;
  let reach = -1;
  return (start, end) => {
    for (let link = links[index]; link && link.start < end; link = links[++index]) {
      if (link.end > link.start) reach = Math.max(reach, link.end);
    }
    return reach > start;
  };
}

export function parseMessage(input: EmailInput): Message {
  const html = asString(input.html) ?? '';
  const plain = asString(input.text);
  // A test, not `html.trim()`: that copies all of a 10 MB paste to look at its ends.
  const isHtml = /\S/.test(html);
  const parsed = isHtml ? parseHtml(html) : EMPTY_PARSE;
  const text = isHtml ? parsed.text : (plain ?? '');
  const segments = isHtml ? parsed.segments : SegmentList.of([{ textStart: 0, textEnd: text.length, sourceStart: 0, sourceEnd: text.length, exact: true }]);

  // Mail repeats its links (logo, button and footer to the same URL): read each distinct one once,
  // and keep one copy of its href and of its text (230,000 links to one address held 230,000).
  const urls = new Map<string, { readonly href: string; readonly url: ParsedUrl }>();
  const readUrl = (href: string): { readonly href: string; readonly url: ParsedUrl } => {
    let read = urls.get(href);
    if (!read) urls.set(href, (read = { href, url: parseUrl(href) }));
    return read;
  };
  const shown = new Map<string, { readonly text: string; readonly domain: string | null }>();
  const readText = (linkText: string): { readonly text: string; readonly domain: string | null } => {
    let read = shown.get(linkText);
    if (!read) shown.set(linkText, (read = { text: linkText, domain: shownDomain(linkText) }));
    return read;
  };

  // The parse's own records become the links: it made them in the shape of a Link.
  const links = isHtml ? parsed.links : [];
  for (const link of links) {
    const target = readUrl(link.href);
    const shows = readText(text.slice(link.start, link.end));
    link.href = target.href;
    link.url = target.url;
    link.text = shows.text;
    link.shownDomain = shows.domain;
  }
  // Bare URLs in the text (plain-text mail, or a URL typed outside any <a>) are links too.
  const insideAnchor = anchorCursor(parsed.links);
  const insideHidden = overlapCursor(parsed.hidden);
  for (const found of findUrls(text, insideAnchor)) {
    const linkText = text.slice(found.start, found.end);
    // In HTML the URL's own characters in the source; in plain text the offsets are the same.
    const source = (isHtml ? textToSource(segments, found.start, found.end) : null) ?? { start: found.start, end: found.end };
    const target = readUrl(found.href);
    links.push({
      href: target.href,
      url: target.url,
      text: linkText,
      start: found.start,
      end: found.end,
      sourceStart: source.start,
      sourceEnd: source.end,
      shownDomain: null,
      hasImage: false,
      hidden: insideHidden(found.start, found.end),
      bare: true,
    });
  }

  const tokens = tokenize(text);
  const placeholders = placeholderRanges(text, tokens);
  const subject = asString(input.subject);
  let visibleWords = 0;
  let hiddenIndex = 0;
  const { starts, flagsOf } = tokens;
  for (let index = 0; index < tokens.length; index++) {
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha)) continue;
    const start = starts[index] ?? 0;
    while (hiddenIndex < parsed.hidden.length && (parsed.hidden[hiddenIndex]?.end ?? 0) <= start) hiddenIndex++;
    const span = parsed.hidden[hiddenIndex];
    if (!span || start < span.start) visibleWords++;
  }

  const { bytes, cutIndex } = measureBytes(html, GMAIL_CLIP_BYTES);
  return {
    html,
    isHtml,
    text,
    segments,
    hidden: parsed.hidden,
    lowContrast: parsed.lowContrast,
    plainText: isHtml ? plain : null,
    subject,
    headers: headerMap(input.headers),
    // Every link now has its url (filled in above, or made with one).
    links: links as Link[],
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
    language: detectLanguage(text, tokens, placeholders),
    tokens,
    subjectTokens: subject ? tokenize(subject) : EMPTY_TOKENS,
    visibleWords,
  };
}
