/**
 * "Does this look like bulk mail?" for the compliance rules, which are advice for a personal note
 * and requirements for bulk mail (CAN-SPAM, the Gmail and Yahoo 2024 sender guidelines). Cheap
 * counts over the Message: list headers, links, images, promotional phrases, newsletter furniture.
 */
import type { FactSources, Facts } from './index.ts';

/** Distinct link targets (not mailto:, not in-page) from which a mail reads like a newsletter. */
const MANY_LINKS = 6;
/** So many links make a mail bulk on their own. */
const VERY_MANY_LINKS = 12;
const MANY_IMAGES = 3;
const PROMO_HITS = 2;

export interface Bulk {
  readonly bulk: boolean;
  /** what made it bulk, in plain words ("14 links, 5 images") */
  readonly reasons: readonly string[];
}

function isPixel(width: number | null, height: number | null): boolean {
  return width !== null && height !== null && width <= 3 && height <= 3;
}

export function judgeBulk({ message, lists }: FactSources, facts: Facts): Bulk {
  const reasons: string[] = [];
  let signals = 0;
  let strong = false;

  // List headers alone do not make a mail bulk in our sense: a discussion list's posts carry them
  // too, and they are neither commercial nor newsletters. They count with one content signal.
  let listHeader: string | null = null;
  for (const name of lists.bulkHeaders) {
    if (message.headers.has(name)) {
      listHeader = `a ${name.replace(/(^|-)(\w)/g, (_, dash: string, letter: string) => dash + letter.toUpperCase())} header`;
      break;
    }
  }
  const precedence = message.headers.get('precedence')?.[0]?.trim().toLowerCase();
  if (!listHeader && precedence === 'bulk') listHeader = 'Precedence: bulk';

  const targets = new Set<string>();
  for (const link of message.links) {
    if (link.hidden) continue;
    const scheme = link.url.scheme;
    if (scheme !== 'http' && scheme !== 'https') continue;
    targets.add(link.href.slice(0, 300));
    if (targets.size >= VERY_MANY_LINKS) break;
  }
  if (targets.size >= MANY_LINKS) {
    reasons.push(`${targets.size >= VERY_MANY_LINKS ? `${VERY_MANY_LINKS}+` : targets.size} links`);
    signals++;
    if (targets.size >= VERY_MANY_LINKS) strong = true;
  }

  let images = 0;
  for (const image of message.images) if (!image.hidden && !isPixel(image.width, image.height)) images++;
  if (images >= MANY_IMAGES) {
    reasons.push(`${images} images`);
    signals++;
  }

  const promo = facts.triggers.text.length + facts.triggers.subject.length;
  if (promo >= PROMO_HITS) {
    reasons.push(`${promo} trigger phrases`);
    signals++;
  }

  if (listHeader && signals >= 1) {
    reasons.unshift(listHeader);
    strong = true;
  }
  return { bulk: strong || signals >= 2, reasons };
}
