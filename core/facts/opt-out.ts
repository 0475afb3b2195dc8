/**
 * Finding an opt-out in a message: unsubscribe wording in the text (matched by the analyzer in the
 * mail's languages), a link whose text or address says unsubscribe in any language we have
 * wording for, or a List-Unsubscribe header. Shared by the compliance rules.
 */
import { languagePacks } from '../data/index.ts';
import type { Link } from '../message/message.ts';
import { foldDiacritics } from '../text/stem.ts';
import type { RuleContext } from '../rules/rule.ts';

/** Path fragments ESPs and list software use for their opt-out pages, in any language. */
const URL_SLUGS = ['unsub', 'optout', 'opt-out', 'opt_out', 'preferences', 'abmelden', 'desinscri', 'desabonn'];
/** Links we look at: enough for any real mail, bounded for a hostile one. */
const MAX_LINKS = 2000;
const MAX_LINK_TEXT = 200;

export interface OptOut {
  /** how the opt-out was found */
  readonly kind: 'wording' | 'link' | 'header';
  readonly link?: Link;
}

function fold(text: string): string {
  return foldDiacritics(text.toLowerCase());
}

/** The opt-out wording of every language pack, folded, and the compact forms a URL would use. */
function buildWordings(): { phrases: string[]; slugs: string[] } {
  const phrases = new Set<string>();
  const slugs = new Set<string>(URL_SLUGS);
  for (const pack of languagePacks.values()) {
    for (const phrase of pack.unsubscribe) {
      const folded = fold(phrase);
      phrases.add(folded);
      const compact = folded.replace(/[\s'’]+/g, '');
      if (!folded.includes(' ') && compact.length >= 6) slugs.add(compact);
    }
  }
  return { phrases: [...phrases], slugs: [...slugs] };
}

let builtWordings: { phrases: string[]; slugs: string[] } | null = null;

/** The language packs are fixed data: their wording is folded once, on first use. */
function wordings(): { phrases: string[]; slugs: string[] } {
  builtWordings ??= buildWordings();
  return builtWordings;
}

/** The first visible link whose text or address is an opt-out, or null. */
export function findUnsubscribeLink(context: RuleContext): Link | null {
  const { phrases, slugs } = wordings();
  const links = context.message.links;
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

export function findOptOut(context: RuleContext): OptOut | null {
  if (context.message.headers.has('list-unsubscribe')) return { kind: 'header' };
  const link = findUnsubscribeLink(context);
  if (link) return { kind: 'link', link };
  if (context.unsubscribeWording.length > 0) return { kind: 'wording' };
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

export function unsubscribeLabel(language: string): string {
  return UNSUBSCRIBE_LABEL.get(language) ?? 'Unsubscribe';
}
