/**
 * What the link rules share: which links lead somewhere on the web, where a link's URL sits (so a
 * finding can point at it), and small URL facts read from the already-parsed `Link`. Nothing
 * here parses HTML again; the only strings scanned are one tag or one URL, each bounded.
 */
import type { Link, Message } from '../../message/message.ts';
import type { Location } from '../../types.ts';
import { inHtml, inText, shorten } from '../rule.ts';

/** Longest tag or URL we scan for an attribute value; a longer one is located as a whole. */
const MAX_SCAN = 8192;

/** A link that opens a web page (or an FTP file): the kind URL rules are about. */
export function isWebLink(link: Link): boolean {
  const { scheme, hostname } = link.url;
  return (scheme === 'http' || scheme === 'https' || scheme === 'ftp') && hostname !== null;
}

/**
 * A hostname made only of the characters hostnames have. Rejects hrefs whose "host" swallowed
 * text (`http://www.example.com Search`, written with a no-break space), which are broken links,
 * not evidence of a domain.
 */
export function isPlausibleHostname(hostname: string | null): hostname is string {
  if (!hostname || hostname.length > 253) return false;
  for (let i = 0; i < hostname.length; i++) {
    const code = hostname.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x7c || code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27) return false;
  }
  return true;
}

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
export function pointAtUrl(message: Message, link: Link): Pointer {
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

/** The host itself or its nearest parent domain found in `hosts` (`x.on.example.com` → `on.example.com`). */
export function listedHost(hostname: string, hosts: ReadonlySet<string>): string | null {
  let host = hostname;
  for (;;) {
    if (hosts.has(host)) return host;
    const dot = host.indexOf('.');
    if (dot < 0) return null;
    host = host.slice(dot + 1);
  }
}

/** `hostname` equals `host` or is a subdomain of it. */
export function isHostOrSubdomain(hostname: string, host: string): boolean {
  return hostname === host || (hostname.endsWith(host) && hostname.charCodeAt(hostname.length - host.length - 1) === 0x2e);
}

/** A URL for quoting in a message: scheme dropped, short. */
export function displayUrl(href: string, max = 60): string {
  return shorten(href.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''), max);
}

/**
 * The first item of each distinct key, in order: one finding per host, domain or URL, not per
 * copy. Filter first, then dedupe, so a link that fails the filter never hides a later one.
 */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) continue;
    seen.add(value);
    result.push(item);
  }
  return result;
}

/** The first link of each distinct href, in document order: one finding per URL, not per copy. */
export function distinctByHref(links: readonly Link[]): Link[] {
  return distinctBy(links, (link) => link.href);
}

/** Percent-decoding that never throws (a malformed escape is left as it is). */
export function safeDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The query's `name=value` pairs, names lower-cased, values percent-decoded (up to twice). */
export function queryParameters(query: string): { name: string; value: string }[] {
  const parameters: { name: string; value: string }[] = [];
  if (!query) return parameters;
  for (const part of query.slice(0, MAX_SCAN).split('&')) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const once = safeDecode(part.slice(equals + 1));
    parameters.push({ name: safeDecode(part.slice(0, equals)).toLowerCase(), value: once.includes('%') ? safeDecode(once) : once });
  }
  return parameters;
}

/** The registrable domain stripped of its public suffix: `paypal` for `paypal.co.uk`. */
export function brandLabel(domain: string, suffix: string | null): string {
  if (suffix && domain.endsWith(`.${suffix}`)) return domain.slice(0, -suffix.length - 1);
  const dot = domain.indexOf('.');
  return dot > 0 ? domain.slice(0, dot) : domain;
}
