/**
 * Where a finding points, for the rules that report links and images: the evidence to quote and
 * its location, in the view the text is in (the `href` inside an `<a>` tag, an `<img>` tag, the
 * visible text of a link). Rules report ranges in their own view; the analyzer maps text offsets
 * to the HTML source.
 */
import type { Image, Link, LinkPlace, Message } from '../message/message.ts';
import type { Location } from '../types.ts';
import { inHtml, inText, shorten, type RuleHit } from './rule.ts';

/** Longest tag we scan for an attribute value; a longer one is located as a whole. */
const MAX_SCAN = 8192;

export interface Pointer {
  readonly evidence: string;
  readonly location?: Location;
}

/** The raw value of the `href` attribute inside one opening tag, with its offset in the tag. */
function rawHref(tag: string): { value: string; offset: number } | null {
  const lower = tag.toLowerCase();
  for (let at = lower.indexOf('href'); at >= 0; at = lower.indexOf('href', at + 4)) {
    const before = lower.charCodeAt(at - 1);
    if (!(before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d || before === 0x2f)) continue;
    let cursor = at + 4;
    while (cursor < tag.length && /\s/.test(tag[cursor] ?? '')) cursor++;
    if (tag[cursor] !== '=') continue;
    cursor++;
    while (cursor < tag.length && /\s/.test(tag[cursor] ?? '')) cursor++;
    const quote = tag[cursor];
    if (quote === '"' || quote === "'") {
      const close = tag.indexOf(quote, cursor + 1);
      const end = close < 0 ? tag.length : close;
      return { value: tag.slice(cursor + 1, end), offset: cursor + 1 };
    }
    let end = cursor;
    while (end < tag.length && !/[\s>]/.test(tag[end] ?? '')) end++;
    return { value: tag.slice(cursor, end), offset: cursor };
  }
  return null;
}

/**
 * Where a link's URL is written, as evidence plus location: the `href` value inside the `<a>`
 * tag for an HTML link, the URL itself for one written in the text.
 */
export function pointAtUrl(message: Message, link: LinkPlace): Pointer {
  if (link.bare || !message.isHtml) {
    return { evidence: shorten(message.text.slice(link.start, link.end)) || shorten(link.href), location: inText(link.start, link.end) };
  }
  const tag = message.html.slice(link.sourceStart, Math.min(link.sourceEnd, link.sourceStart + MAX_SCAN));
  const exact = link.href ? tag.indexOf(link.href) : -1;
  if (exact >= 0) {
    const start = link.sourceStart + exact;
    return { evidence: shorten(link.href), location: inHtml(start, start + link.href.length) };
  }
  // The source spells the URL with entities (`&amp;`): point at the value as written.
  const raw = rawHref(tag);
  if (raw && raw.value.trim()) {
    const start = link.sourceStart + raw.offset;
    return { evidence: shorten(raw.value), location: inHtml(start, start + raw.value.length) };
  }
  return { evidence: shorten(link.href) || shorten(tag) };
}

/** Where a link's visible text is, when it has any: what the reader sees and clicks. */
export function pointAtText(message: Message, link: Link): Pointer | null {
  const text = message.text.slice(link.start, link.end);
  if (!text.trim()) return null;
  return { evidence: shorten(text), location: inText(link.start, link.end) };
}

/** A URL for quoting in a message: scheme dropped, short. */
export function displayUrl(href: string, max = 60): string {
  return shorten(href.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''), max);
}

/** A finding located at an image's `<img>` tag. */
export function atImage(message: Message, image: Image): Pick<RuleHit, 'evidence' | 'location'> {
  return {
    evidence: shorten(message.html.slice(image.sourceStart, Math.min(image.sourceEnd, image.sourceStart + 400))),
    location: inHtml(image.sourceStart, image.sourceEnd),
  };
}

/** The image's file name, for quoting in a message. */
export function imageName(image: Image): string {
  const path = image.src.split(/[?#]/, 1)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  return shorten(name || image.src || 'image', 50);
}
