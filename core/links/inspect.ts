/**
 * Small facts about one link or one hostname, read from the already-parsed `Link`: does it lead
 * somewhere on the web, is its host plausible or listed, what does its query carry. Nothing here
 * parses HTML again; the only strings scanned are one URL or one query, each bounded.
 */
import type { Link } from '../message/message.ts';

/** Longest query we split into parameters. */
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

/**
 * The first item of each distinct key, in order: one finding per host, domain or URL, not per
 * copy. Filter first, then dedupe, so a link that fails the filter never hides a later one.
 */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  // Indexed, not for…of: called from a dozen rules with their own item types, the loop was not
  // optimised and made an iterator result per item (27 MB over 230,000 links).
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T;
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

/** Longest `data:` URL prefix read for its media type: the type comes first and is short. */
const MAX_MEDIA_TYPE = 100;

/**
 * The media type a `data:` URL declares, lower-case, without parameters (`text/html` for
 * `data:text/html;base64,…` or `data:text/html,<h1>…`); '' when it declares none (`data:,Hello`).
 */
export function dataMediaType(link: Link): string {
  const head = link.url.path.slice(0, MAX_MEDIA_TYPE);
  let end = head.length;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0x3b || code === 0x2c) {
      end = i;
      break;
    }
  }
  return head.slice(0, end).trim().toLowerCase();
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

/**
 * The listed abused TLD a URL's host ends in, with its sureness (wordlists/global/suspicious-tlds.yml):
 * the public suffix is tried first (`co.ua`), then the last label.
 */
export function suspiciousTldOf(
  url: Pick<Link['url'], 'suffix' | 'hostname'>,
  tlds: ReadonlyMap<string, number>,
): { readonly tld: string; readonly sureness: number } | null {
  const { suffix, hostname } = url;
  if (suffix) {
    const bySuffix = tlds.get(suffix);
    if (bySuffix !== undefined) return { tld: suffix, sureness: bySuffix };
  }
  const last = hostname ? hostname.slice(hostname.lastIndexOf('.') + 1) : '';
  const byLast = last ? tlds.get(last) : undefined;
  return byLast !== undefined ? { tld: last, sureness: byLast } : null;
}
