/**
 * Kinds of phrase on the shady list (wordlists/<language>/shady.yml) that rules treat apart, read
 * from the phrase's own words. One home: shady-phrase and large-sum-lure both read these, and no
 * rule imports another.
 */

/** Removal wording: one of the phrase's words starts with "remov" (remove, removed, removal). */
const REMOVAL_WORDING = /(?:^|[\s-])remov/i;
/**
 * A currency's name (`million us dollars`, `dollars américains`, `sum of us`, what a list holds of
 * "the sum of US$ …"): the wording of a sum of money, not a claim beside it. "us" alone is no
 * currency ("contact us", "trust us"): only the phrase that ends "sum of us".
 */
const CURRENCY_NAME = /(?:^|\s)(?:usd|dollars?|d[oó]lares|euros?|pounds?)(?:\s|$)|(?:^|\s)sum of us$/i;

/** Whether a shady phrase is old bulk mail's removal wording rather than a scam's claim. */
export function isRemovalWording(phrase: string): boolean {
  return REMOVAL_WORDING.test(phrase);
}

/** Whether a shady phrase names a currency: it is part of the sum it stands beside, so it is no lure of its own. */
export function namesCurrency(phrase: string): boolean {
  return CURRENCY_NAME.test(phrase);
}
