/**
 * The ways the reader can opt out of a message, from one vocabulary (wordlists/<lang>/
 * unsubscribe.yml): a List-Unsubscribe header; links whose address or text says "unsubscribe" in
 * any language we have words for, or that follow opt-out wording closely ("To unsubscribe, visit
 * http://…"); and opt-out wording in the text, matched in the mail's languages. missing-unsubscribe,
 * unsubscribe-on-ip and gmail-clipping all read this fact, so what counts as an opt-out is the same
 * for all three.
 */
import type { LanguagePack } from '../data/types.ts';
import { safeDecode } from '../links/inspect.ts';
import type { Link, LinkPlace } from '../message/message.ts';
import type { PhraseHit } from '../phrases/matcher.ts';
import { anyLiteral } from '../text/literal-pattern.ts';
import { foldDiacritics } from '../text/stem.ts';
import type { FactSources } from './index.ts';
import { mergeHits } from './triggers.ts';

/** Longest part of an address or a link text we read: real ones are far shorter. */
const MAX_HREF = 2048;
const MAX_LINK_TEXT = 200;
/** How far before a link opt-out wording may end and still be about that link ("To unsubscribe, visit http://…"). */
const NEAR = 120;
/** The label of suggestions when the mail's language has none. */
const FALLBACK_LABEL = 'Unsubscribe';

/** The opt-out words of every language an analyzer has, folded once when the analyzer is built. */
export interface OptOutVocabulary {
  /**
   * Opt-out wording of every language, accents folded, as one case-insensitive pattern of literal
   * alternatives (not global, so no lastIndex), for link texts; null when there is none.
   */
  readonly phrases: RegExp | null;
  /** what an opt-out page's address contains, in any language, as one such pattern */
  readonly addresses: RegExp | null;
  /** language → how its footer opt-out link reads */
  readonly labels: ReadonlyMap<string, string>;
  /**
   * every word of both patterns is ASCII, so any text that holds one also holds it once its
   * accents are folded (`holds` then reads the folded text alone)
   */
  readonly ascii: boolean;
}

export interface OptOutLink {
  readonly link: Link;
  /** its address says opt-out, its text does, or opt-out wording ends just before it */
  readonly by: 'address' | 'text' | 'nearby-wording';
}

/** A link past the link bound (`Message.linkScan`): where it is and what it shows, without a parsed URL. */
export type OptOutPlace = LinkPlace & { readonly text: string };

export interface OptOut {
  /** the first way found, in this order: header, a link whose address or text says so, wording */
  readonly found: 'header' | 'link' | 'wording' | null;
  /**
   * visible opt-out links, in the order of `message.links`: past the link bound (`message.linkScan`)
   * only among the links checked one by one, which have a parsed URL; `linked` and `firstUnchecked`
   * see the others
   */
  readonly links: readonly OptOutLink[];
  /** whether a visible link's address or text says opt-out: any link, also one past the link bound */
  readonly linked: boolean;
  /**
   * past the link bound, the first link in the source (by `sourceStart`) among those not checked one
   * by one whose address or text says opt-out, or null: read by its strings only (no parsed URL)
   */
  readonly firstUnchecked: OptOutPlace | null;
  /** opt-out wording in the visible text, in the matched languages, in text order */
  readonly wording: readonly PhraseHit[];
  /** how a footer opt-out link reads in the mail's language, for suggestions */
  readonly label: string;
}

function fold(text: string): string {
  return foldDiacritics(text.toLowerCase());
}

export function optOutVocabulary(packs: readonly LanguagePack[]): OptOutVocabulary {
  const phrases = new Set<string>();
  const addressParts = new Set<string>();
  const labels = new Map<string, string>();
  for (const { language, optOut } of packs) {
    for (const { phrase } of optOut.phrases) phrases.add(fold(phrase));
    for (const part of optOut.addressParts) addressParts.add(part);
    if (optOut.label) labels.set(language, optOut.label);
  }
  const ascii = [...phrases, ...addressParts].every((word) => !NON_ASCII.test(word));
  return { phrases: anyLiteral(phrases), addresses: anyLiteral(addressParts), labels, ascii };
}


const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `text` holds one of the pattern's words, case and accents aside. The pattern ignores
 * case; accents are folded only when the text has a character outside ASCII (rarely), so most
 * addresses and link texts are read once, without a copy.
 *
 * When every word is ASCII (`ascii`) and the text needs no decoding, the folded text alone is read:
 * `foldDiacritics` returns the text itself unless it holds a unit that does not fold as itself, and
 * folding keeps each ASCII unit and the ASCII units beside it (it replaces or drops only units past
 * ASCII), while a pattern without the `u` flag matches ASCII letters only with ASCII units; so a
 * word in the text is a word in its fold, and one search of the fold answers what the search of the
 * text and then of its fold did (test/facts/opt-out-holds.test.ts compares the two readings).
 */
export function holds(pattern: RegExp | null, text: string, decode: boolean, ascii: boolean): boolean {
  if (pattern === null || text === '') return false;
  const decoded = decode ? safeDecode(text) : text;
  if (ascii && decoded === text) return pattern.test(foldDiacritics(text));
  if (pattern.test(text)) return true;
  return (decoded !== text || NON_ASCII.test(decoded)) && pattern.test(foldDiacritics(decoded));
}

/** Index of the first hit whose end is past `offset` (hits sorted, not overlapping). */
function firstEndingAfter(hits: readonly PhraseHit[], offset: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((hits[middle]?.end ?? Infinity) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function findOptOut({ message, lists, matched }: FactSources): OptOut {
  const { phrases, addresses, labels, ascii } = lists.optOut;
  const wording = mergeHits(matched.map(({ matchers, textStems }) => matchers.unsubscribe.match(message.tokens, textStems)));
  /** The wording hit that overlaps [start, end), if any. */
  const wordingIn = (start: number, end: number): boolean => {
    const hit = wording[firstEndingAfter(wording, start)];
    return hit !== undefined && hit.start < end;
  };

  const links: OptOutLink[] = [];
  for (const link of message.links) {
    if (link.hidden) continue;
    if (holds(addresses, link.href.slice(0, MAX_HREF), true, ascii)) {
      links.push({ link, by: 'address' });
    } else if (holds(phrases, link.text.slice(0, MAX_LINK_TEXT), false, ascii) || (link.end > link.start && wordingIn(link.start, link.end))) {
      links.push({ link, by: 'text' });
    } else if (wordingIn(link.start - NEAR, link.end)) {
      links.push({ link, by: 'nearby-wording' });
    }
  }

  // Past the link bound the other links are read too, by their strings alone (an address and a
  // bounded slice of the text, as above): no claim that the mail has no opt-out link may rest on
  // links that were not read.
  let firstUnchecked: OptOutPlace | null = null;
  const rest = message.linkScan?.unchecked;
  for (let index = 0; rest && index < rest.length; index++) {
    if (rest.hidden(index)) continue;
    const start = rest.start(index);
    const end = rest.end(index);
    const text = message.text.slice(start, Math.min(end, start + MAX_LINK_TEXT));
    if (!holds(addresses, rest.href(index).slice(0, MAX_HREF), true, ascii) && !holds(phrases, text, false, ascii) && !(end > start && wordingIn(start, end))) continue;
    const place = rest.place(index);
    if (firstUnchecked === null || place.sourceStart < firstUnchecked.sourceStart) firstUnchecked = { ...place, text };
  }

  const linked = firstUnchecked !== null || links.some(({ by }) => by !== 'nearby-wording');
  const found = message.headers.has('list-unsubscribe') ? 'header' : linked ? 'link' : wording.length > 0 ? 'wording' : null;
  const label = labels.get(message.language) ?? labels.get('en') ?? FALLBACK_LABEL;
  return { found, links, linked, firstUnchecked, wording, label };
}
