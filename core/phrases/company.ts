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

/**
 * Whether two phrases are one where distinct phrases are counted: the same phrase, or two of one
 * group (a wordlist entry's `group`: the wordings of one SpamAssassin sub-rule, `invest this
 * money` and `invest these funds` both __INVEST_MONEY, which its metas count once).
 */
export function isSamePhrase(one: PhraseDefinition, other: PhraseDefinition): boolean {
  return one.phrase === other.phrase || (one.group !== undefined && one.group === other.group && one.category === other.category);
}

/** Whether `other` keeps the company-only phrase `of` company: another phrase (not one of its group), of `of`'s company, that can. */
export function keepsCompany(of: PhraseDefinition, other: PhraseDefinition): boolean {
  return !isSamePhrase(of, other) && (COMPANY_OF.get(of.category)?.has(other.category) ?? false) && canKeepCompany(other);
}

/**
 * Whether the company-only phrase `of` has the company it asks for among `present` (the distinct
 * phrases that can keep some phrase company; `of` itself may be among them): it counts in a group
 * of distinct phrases of its company where each one has as many others *of its own company* as it
 * asks for. A phrase that asks for two others (a title introduction, "my name is mr") counts only
 * among three and keeps no phrase company in a pair; three are SpamAssassin's `ADVANCE_FEE_3_NEW`.
 * Company runs one way between categories (a finance phrase takes shady company, a shady phrase
 * not finance), so each member is checked against its own company, not `of`'s (review rev41: "not a
 * registered investment advisor" beside two shady phrases that ask for two took company from a
 * pair that had none). Exact over every group: the trigger fact gathers at most MOST_COMPANY + 1
 * companions a category, so at most a few dozen groups.
 */
export function hasCompany(of: PhraseDefinition, present: readonly PhraseDefinition[]): boolean {
  const others: PhraseDefinition[] = [];
  for (const other of present) {
    if (others.length === GROUP_LIMIT) break;
    if (keepsCompany(of, other) && !others.some((one) => isSamePhrase(one, other))) others.push(other);
  }
  const need = Math.max(companyAsked(of), 1);
  if (others.length < need) return false;
  const asks = others.map(companyAsked);
  const keeps = others.map((one) => keepsCompany(one, of));
  for (let group = 1; group < 1 << others.length; group++) {
    if (bitCount(group) < need) continue;
    let suits = true;
    for (let member = 0; member < others.length && suits; member++) {
      if ((group & (1 << member)) === 0 || asks[member] === 0) continue;
      let company = keeps[member] ? 1 : 0;
      for (let mate = 0; mate < others.length; mate++) if (mate !== member && (group & (1 << mate)) !== 0 && keepsCompany(others[member]!, others[mate]!)) company++;
      suits = company >= asks[member]!;
    }
    if (suits) return true;
  }
  return false;
}

/** The most others one group is formed from (2^8 groups): more than the trigger fact ever gathers. */
const GROUP_LIMIT = 8;

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
