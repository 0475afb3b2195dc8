/**
 * The ways the reader can opt out of a message: a List-Unsubscribe header, a link whose text or
 * address says unsubscribe in any language we have wording for, and opt-out wording in the text
 * (matched in the mail's languages). The compliance and link rules read it.
 */
import type { LanguagePack } from '../data/types.ts';
import type { Link } from '../message/message.ts';
import type { PhraseHit } from '../phrases/matcher.ts';
import { foldDiacritics } from '../text/stem.ts';
import type { FactSources } from './index.ts';
import { mergeHits } from './triggers.ts';

/** Path fragments ESPs and list software use for their opt-out pages, in any language. */
const URL_SLUGS = ['unsub', 'optout', 'opt-out', 'opt_out', 'preferences', 'abmelden', 'desinscri', 'desabonn'];
/** Links we look at: enough for any real mail, bounded for a hostile one. */
const MAX_LINKS = 2000;
const MAX_LINK_TEXT = 200;

/** The opt-out words of the analyzer's languages, folded once when the analyzer is built. */
export interface OptOutVocabulary {
  /** opt-out wording of every language, lower case, accents folded */
  readonly phrases: readonly string[];
  /** what an opt-out page's address contains */
  readonly slugs: readonly string[];
}

export interface OptOut {
  /** how the opt-out was found first: header, then link, then wording; null when there is none */
  readonly found: 'header' | 'link' | 'wording' | null;
  /** the first visible link whose text or address is an opt-out */
  readonly link: Link | null;
  /** opt-out wording in the visible text, in the matched languages, in text order */
  readonly wording: readonly PhraseHit[];
  /** how a footer opt-out link reads in the mail's language, for suggestions */
  readonly label: string;
}

function fold(text: string): string {
  return foldDiacritics(text.toLowerCase());
}

/** The opt-out wording of every language pack, folded, and the compact forms a URL would use. */
export function optOutVocabulary(packs: Iterable<LanguagePack>): OptOutVocabulary {
  const phrases = new Set<string>();
  const slugs = new Set<string>(URL_SLUGS);
  for (const pack of packs) {
    for (const { phrase } of pack.unsubscribe) {
      const folded = fold(phrase);
      phrases.add(folded);
      const compact = folded.replace(/[\s'’]+/g, '');
      if (!folded.includes(' ') && compact.length >= 6) slugs.add(compact);
    }
  }
  return { phrases: [...phrases], slugs: [...slugs] };
}

/** The first visible link whose text or address is an opt-out, or null. */
function firstOptOutLink(links: readonly Link[], { phrases, slugs }: OptOutVocabulary): Link | null {
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const link = links[i];
    if (!link || link.hidden) continue;
    const href = link.href.slice(0, 2048).toLowerCase();
    if (slugs.some((slug) => href.includes(slug))) return link;
    const text = fold(link.text.slice(0, MAX_LINK_TEXT));
    if (text && phrases.some((phrase) => text.includes(phrase))) return link;
  }
  return null;
}

/** How a footer link reads in the mail's language, for suggestions. */
const UNSUBSCRIBE_LABEL: ReadonlyMap<string, string> = new Map([
  ['en', 'Unsubscribe'],
  ['fr', 'Se désabonner'],
  ['de', 'Abmelden'],
  ['es', 'Darse de baja'],
  ['pt', 'Cancelar inscrição'],
  ['it', "Annulla l'iscrizione"],
  ['nl', 'Afmelden'],
]);

export function findOptOut({ message, lists, matched }: FactSources): OptOut {
  const wording = mergeHits(matched.map(({ matchers, textStems }) => matchers.unsubscribe.match(message.tokens, textStems)));
  const link = firstOptOutLink(message.links, lists.optOut);
  const found = message.headers.has('list-unsubscribe') ? 'header' : link ? 'link' : wording.length > 0 ? 'wording' : null;
  return { found, link, wording, label: UNSUBSCRIBE_LABEL.get(message.language) ?? 'Unsubscribe' };
}
