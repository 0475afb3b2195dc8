/**
 * "Does this look like bulk mail?" for the compliance rules, which are advice for a personal note
 * and requirements for bulk mail (CAN-SPAM, the Gmail and Yahoo 2024 sender guidelines). Cheap
 * counts over the Message: list headers, links, images, promotional phrases, newsletter furniture.
 */
import type { FactSources, Facts } from './index.ts';
import { isTriggerHit, type PhraseHitList } from './triggers.ts';

/** Distinct link targets (not mailto:, not in-page) from which a mail reads like a newsletter. */
const MANY_LINKS = 6;
/** So many links make a mail bulk on their own. */
const VERY_MANY_LINKS = 12;
const MANY_IMAGES = 3;
const PROMO_HITS = 2;

/**
 * One thing that made a mail read like bulk mail, as data: the rules that name it render it in the
 * reader's language (core/rules/bulk-reasons.ts).
 */
export type BulkReason =
  /** a list header present (`header` as written in mail: `List-Id`) */
  | { readonly kind: 'header'; readonly header: string }
  /** `Precedence: bulk` */
  | { readonly kind: 'precedence-bulk' }
  /** distinct web link targets; `more` when counting stopped at `count` */
  | { readonly kind: 'links'; readonly count: number; readonly more: boolean }
  /** pictures that are not tracking pixels */
  | { readonly kind: 'images'; readonly count: number }
  /** trigger phrases in the text and the subject (not a company-only phrase without company: `textLone`) */
  | { readonly kind: 'phrases'; readonly count: number };

export interface Bulk {
  readonly bulk: boolean;
  /** what made it bulk, list header first */
  readonly reasons: readonly BulkReason[];
}

/** A header name as mail writes it: `list-id` → `List-Id`. */
function headerCase(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function isPixel(width: number | null, height: number | null): boolean {
  return width !== null && height !== null && width <= 3 && height <= 3;
}

/** How many of the hits are triggers (`isTriggerHit`: not lone, not a warned lure). */
function countTriggers(hits: PhraseHitList, lone: Uint8Array, warned: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < hits.length; index++) if (isTriggerHit(hits, lone, warned, index)) count++;
  return count;
}

export function judgeBulk({ message, lists }: FactSources, facts: Facts): Bulk {
  const reasons: BulkReason[] = [];
  let signals = 0;
  let strong = false;

  // List headers alone do not make a mail bulk in our sense: a discussion list's posts carry them
  // too, and they are neither commercial nor newsletters. They count with one content signal.
  let listHeader: BulkReason | null = null;
  for (const name of lists.bulkHeaders) {
    if (message.headers.has(name)) {
      listHeader = { kind: 'header', header: headerCase(name) };
      break;
    }
  }
  const precedence = message.headers.get('precedence')?.[0]?.trim().toLowerCase();
  if (!listHeader && precedence === 'bulk') listHeader = { kind: 'precedence-bulk' };

  const targets = new Set<string>();
  for (const link of message.links) {
    if (link.hidden) continue;
    const scheme = link.url.scheme;
    if (scheme !== 'http' && scheme !== 'https') continue;
    targets.add(link.href.slice(0, 300));
    if (targets.size >= VERY_MANY_LINKS) break;
  }
  if (targets.size >= MANY_LINKS) {
    reasons.push({ kind: 'links', count: targets.size, more: targets.size >= VERY_MANY_LINKS });
    signals++;
    if (targets.size >= VERY_MANY_LINKS) strong = true;
  }

  let images = 0;
  for (const image of message.images) if (!image.hidden && !isPixel(image.width, image.height)) images++;
  if (images >= MANY_IMAGES) {
    reasons.push({ kind: 'images', count: images });
    signals++;
  }

  // A phrase that counts only in company and has none (the trigger fact's `textLone`: a financial-aid
  // office's "award notification", said twice), or a lure the sender warns against (`textWarned`: a
  // bank's "never share your password or seed phrase"), is no promotional phrase: no phrase rule counts it.
  const { text, subject, textLone, subjectLone, textWarned, subjectWarned } = facts.triggers;
  const promo = countTriggers(text, textLone, textWarned) + countTriggers(subject, subjectLone, subjectWarned);
  if (promo >= PROMO_HITS) {
    reasons.push({ kind: 'phrases', count: promo });
    signals++;
  }

  if (listHeader && signals >= 1) {
    reasons.unshift(listHeader);
    strong = true;
  }
  return { bulk: strong || signals >= 2, reasons };
}
