/**
 * URLs written in text: bare links in a plain-text mail, and the domain a link's text shows
 * (`<a href="http://evil.example">www.paypal.com</a>`). linkifyjs knows the TLD list and URL
 * grammar; it is called only from here because it keeps a global plugin registry.
 *
 * linkify scans about 1.5 MB/s, too slow for every pause in typing on a long draft, so it only
 * sees the whitespace-delimited words that can hold a URL, found in one pass: words with `://`
 * or `www.`, and scheme-less addresses with a path (`tinyurl.com/y7k2m4pq`, `bit.ly/x`). Mail
 * apps make those clickable too, and spam writes them so to slip past filters that only read
 * `http://` (issue #11). A scheme-less word counts only when its host ends in a real ICANN
 * suffix and a path follows, so "e.g.", "node.js", "v1.2.3" and "report.pdf" are never links.
 */
import { find } from 'linkifyjs';
import { parse as parseDomain } from 'tldts';
import { parseUrl } from './url.ts';

export interface FoundUrl {
  readonly href: string;
  readonly start: number;
  readonly end: number;
}

/** Longest stretch read either side of a marker: real URLs are far shorter. */
const MAX_BEFORE = 2048;
const MAX_AFTER = 4096;

function isBoundary(char: string | undefined): boolean {
  return char === undefined || char === '<' || char === '>' || char === '"' || /\s/.test(char);
}

/** Punctuation that may open a word before an address: `(bit.ly/x)`, `'example.com/a'`, `«…»`. */
const OPENING = /^[([{'‘“«¿¡*_]+/;
/** Closing quotes linkify leaves on the end of a URL. */
const CLOSING = /[»”’›]+$/;
/** One DNS label of a host written in text: letters, digits, inner hyphens. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** The last label, the TLD: letters (or an `xn--` IDN TLD), never digits alone. */
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Where a scheme-less address starts in `word` (after opening punctuation), or -1: the word is
 * `host/path` whose host has at least two labels under an ICANN suffix, with a registrable
 * domain, and whose path holds a letter or digit. Hosts are at most 253 characters, so the
 * label checks stay small.
 */
function schemelessStart(word: string): number {
  const start = OPENING.exec(word)?.[0].length ?? 0;
  const slash = word.indexOf('/', start);
  if (slash <= start || slash - start > 253) return -1;
  if (!/[\p{L}\p{N}]/u.test(word.slice(slash + 1, slash + 65))) return -1;
  const host = word.slice(start, slash).toLowerCase();
  const labels = host.split('.');
  if (labels.length < 2 || !TLD.test(labels[labels.length - 1] ?? '')) return -1;
  if (!labels.every((label) => LABEL.test(label))) return -1;
  const info = parseDomain(host, { allowPrivateDomains: false });
  if (!info.isIcann || !info.domain || info.domain === info.publicSuffix) return -1;
  return start;
}

interface Candidate {
  readonly word: string;
  readonly offset: number;
  /** where in the word the URL must start, for scheme-less candidates (linkify may find others) */
  readonly at?: number;
}

/** The whitespace-delimited word around `at`, bounded either side. */
function wordAround(text: string, at: number, length: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && start > at - MAX_BEFORE && !isBoundary(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && end < at + MAX_AFTER && !isBoundary(text[end])) end++;
  return { start, end };
}

/**
 * Words that can hold a URL, found with indexOf: linear, no backtracking. A word is reported
 * once, under the first marker that claims it (`://`, then `www.`, then a scheme-less `/`).
 */
function candidateWords(text: string): Candidate[] {
  const words: Candidate[] = [];
  const lower = text.toLowerCase();
  for (const marker of ['://', 'www.', '/']) {
    let coveredUntil = 0;
    for (let at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + marker.length)) {
      if (at < coveredUntil) continue;
      const { start, end } = wordAround(text, at, marker.length);
      coveredUntil = end;
      const word = lower.slice(start, end);
      if (marker === 'www.' && word.includes('://')) continue;
      if (marker === '/') {
        if (word.includes('://') || word.includes('www.')) continue;
        const from = schemelessStart(word);
        if (from < 0) continue;
        words.push({ word: text.slice(start, end), offset: start, at: from });
        continue;
      }
      words.push({ word: text.slice(start, end), offset: start });
    }
  }
  return words.sort((a, b) => a.offset - b.offset);
}

/**
 * URLs written in `text`. `skip(start, end)` is asked about each candidate word, in text order,
 * before linkify reads it: the parse skips words inside `<a>` text, whose link it already has.
 */
export function findUrls(text: string, skip: (start: number, end: number) => boolean = () => false): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const { word, offset, at } of candidateWords(text)) {
    if (skip(offset, offset + word.length)) continue;
    for (const link of find(word, 'url')) {
      if (at !== undefined && link.start !== at) continue;
      // linkify keeps closing quotes (`«bit.ly/x»`); a URL in mail would have them percent-encoded.
      const closing = CLOSING.exec(link.value)?.[0].length ?? 0;
      const href = closing && link.href.endsWith(link.value.slice(-closing)) ? link.href.slice(0, -closing) : link.href;
      found.push({ href, start: offset + link.start, end: offset + link.end - closing });
    }
  }
  return found;
}

/**
 * The registrable domain a piece of link text shows, or null when it shows none. Only text that
 * is itself an address counts (`www.paypal.com`, `https://example.com/login`): a sentence that
 * merely contains a dotted word ("Professional ASP.NET") shows no domain.
 */
export function shownDomain(text: string): string | null {
  const trimmed = text.trim().replace(/[.,;:!?)\]]+$/, '');
  if (trimmed.length < 4 || trimmed.length > 200 || !trimmed.includes('.') || /\s/.test(trimmed)) return null;
  const [link] = find(trimmed, 'url');
  if (!link || link.start !== 0 || link.end !== trimmed.length) return null;
  const url = parseUrl(link.href);
  if (url.isIp) return url.hostname;
  return url.icann && url.domain && url.domain !== url.suffix ? url.domain : null;
}
