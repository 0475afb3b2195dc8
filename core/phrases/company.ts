/**
 * Phrases that count only in company (a wordlist entry's `alone: false`): SpamAssassin's
 * advance-fee sub-rules (`__FRAUD_*`, rules/20_advance_fee.cf) never score alone, only in
 * `ADVANCE_FEE_2` to `_4` (more than two to more than four distinct ones; commented out today for
 * `ADVANCE_FEE_3_NEW` to `_5_NEW`, three to five), and its stock disclaimers
 * (`NOT_ADVISOR` 0, `LONG_TERM_PRICE` 0.001) score next to nothing: "award notification", "foreign
 * bank account" or "not a registered investment advisor" are ordinary sentences of a financial-aid
 * office, a tax newsletter or a market letter, and scam wording only beside more of it. One home:
 * the trigger fact reads which hits stand alone (Triggers.textLone), the validator which categories
 * may mark a phrase so.
 */
import type { PhraseDefinition } from './matcher.ts';
import { isAdmissionWording, isRemovalWording } from './shady-wording.ts';

/**
 * The categories whose phrases may count only in company, each with the categories of the
 * phrases that keep it company: a scam's wording is shady, a stock tout's finance or shady
 * ("strictly confidential" beside a tout's disclaimer is a tout too).
 */
export const COMPANY_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['shady', new Set(['shady'])],
  ['finance', new Set(['finance', 'shady'])],
]);

/** Whether a phrase counts only when the mail holds another distinct phrase of its company. */
export function needsCompany(definition: PhraseDefinition | undefined): boolean {
  return definition?.alone === false && COMPANY_OF.has(definition.category);
}

/**
 * The most company an entry may ask for (`company: 2`): three distinct phrases in all, as
 * SpamAssassin's published advance-fee metas ask (`ADVANCE_FEE_3_NEW` to `_5_NEW`,
 * rulesrc/sandbox/jhardin/20_advance_fee_reevolved.cf; `ADVANCE_FEE_2_NEW` is `nopublish`).
 */
export const MOST_COMPANY = 2;

/**
 * How many other distinct phrases of its company a phrase asks for: none for one that counts
 * alone, a company-only phrase's `company` (1 unless the entry says more).
 */
export function companyAsked(definition: PhraseDefinition): number {
  return needsCompany(definition) ? Math.min(Math.max(definition.company ?? 1, 1), MOST_COMPANY) : 0;
}

/** How sure a phrase that counts alone must be to keep a company-only phrase company. */
export const COMPANION_SURENESS = 1.5;

/** The categories whose phrases keep some phrase company. */
const COMPANIONS: ReadonlySet<string> = new Set([...COMPANY_OF.values()].flatMap((categories) => [...categories]));

/**
 * Whether a phrase can keep a company-only phrase company: one of a company's categories, and a
 * claim of the sender's own, not old bulk mail's removal wording ("to be removed") nor the
 * advertisement admission CAN-SPAM asks for, which are no scam's wording (as large-sum-lure does
 * not count them among its lures).
 */
export function canKeepCompany(definition: PhraseDefinition): boolean {
  if (!COMPANIONS.has(definition.category)) return false;
  // Only scam wording keeps company: another company-only phrase (SpamAssassin's ADVANCE_FEE metas
  // count only other sub-rules) or a phrase sure enough to be one on its own. Everyday wording of
  // the lists ("fill out the form", "strictly confidential", 0.8) keeps none: "award notification …
  // fill out the form in the portal" is a financial-aid office's mail (review of fraud38).
  if (definition.alone !== false && definition.sureness < COMPANION_SURENESS) return false;
  return !(definition.category === 'shady' && (isRemovalWording(definition.phrase) || isAdmissionWording(definition.phrase)));
}

/** Whether `other` keeps the company-only phrase `of` company: another phrase, of `of`'s company, that can. */
export function keepsCompany(of: PhraseDefinition, other: PhraseDefinition): boolean {
  return other.phrase !== of.phrase && (COMPANY_OF.get(of.category)?.has(other.category) ?? false) && canKeepCompany(other);
}

/**
 * Whether the company-only phrase `of` has the company it asks for among `present` (the distinct
 * phrases that can keep some phrase company; `of` itself may be among them): it counts in a group
 * of distinct phrases of its company where each one has as many others as it asks for. A phrase
 * that asks for two others ("i am contacting you", "seek your assistance") counts only among three,
 * and keeps no phrase company in a pair: two of them, or one beside "award notification", are a
 * researcher's or a distributor's first letter; three are SpamAssassin's `ADVANCE_FEE_3_NEW`.
 */
export function hasCompany(of: PhraseDefinition, present: readonly PhraseDefinition[]): boolean {
  const seen = new Set<string>();
  const asks: number[] = [];
  for (const other of present) {
    if (seen.has(other.phrase) || !keepsCompany(of, other)) continue;
    seen.add(other.phrase);
    asks.push(companyAsked(other));
  }
  asks.sort((a, b) => a - b);
  // A group of k others suits `of` when k is at least what it asks, and the k that ask least each
  // ask at most k (in the group, each has `of` and the k - 1 others).
  for (let k = Math.max(companyAsked(of), 1); k <= asks.length; k++) if ((asks[k - 1] ?? 0) <= k) return true;
  return false;
}
