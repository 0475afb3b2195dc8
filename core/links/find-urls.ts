/**
 * URLs written in text: bare links in a plain-text mail, and the domain a link's text shows
 * (`<a href="http://evil.example">www.paypal.com</a>`). linkifyjs knows the TLD list and URL
 * grammar; it is called only from here because it keeps a global plugin registry.
 *
 * linkify scans about 1.5 MB/s, too slow for every pause in typing on a long draft, so it only
 * sees the whitespace-delimited words that can hold a URL (`://` or `www.`), found in one pass.
 */
import { find } from 'linkifyjs';
import { parseUrl } from './url.ts';

export interface FoundUrl {
  readonly href: string;
  readonly start: number;
  readonly end: number;
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || char === '<' || char === '>' || char === '"' || /\s/.test(char);
}

/** Whitespace-delimited words holding `://` or `www.`, found with indexOf: linear, no backtracking. */
function candidateWords(text: string): { word: string; offset: number }[] {
  const words: { word: string; offset: number }[] = [];
  const lower = text.toLowerCase();
  let coveredUntil = 0;
  for (const marker of ['://', 'www.']) {
    coveredUntil = 0;
    for (let at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + marker.length)) {
      if (at < coveredUntil) continue;
      let start = at;
      while (start > 0 && start > at - 2048 && !isBoundary(text[start - 1])) start--;
      let end = at + marker.length;
      while (end < text.length && end < at + 4096 && !isBoundary(text[end])) end++;
      coveredUntil = end;
      if (marker === 'www.' && lower.slice(start, end).includes('://')) continue;
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
  for (const { word, offset } of candidateWords(text)) {
    if (skip(offset, offset + word.length)) continue;
    for (const link of find(word, 'url')) found.push({ href: link.href, start: offset + link.start, end: offset + link.end });
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
