/**
 * Kinds of phrase on the shady list (wordlists/<language>/shady.yml) that rules treat apart, read
 * from the phrase's own words. One home: shady-phrase and large-sum-lure both read these, and no
 * rule imports another.
 */

/** Removal wording: one of the phrase's words starts with "remov" (remove, removed, removal). */
const REMOVAL_WORDING = /(?:^|[\s-])remov/i;
/** Admission wording: the phrase ends "advertisement" (SpamAssassin's ADMITS_SPAM, "this is an advertisement"). */
const ADMISSION_WORDING = /(?:^|\s)advertisement$/i;
/**
 * The word that closes an admission as written, its tokenizer form (leet read: `@dvert1sement` is
 * `advertisement`): SpamAssassin's `[a@]dvert[i1l]sement\b`, and the misspelt `advertisment` and
 * the plural, which the stems match too. Not `advertising` or `advertiser`: the phrase matcher works
 * on stems, and "this is an advertising agency" admits nothing.
 */
const ADMISSION_WORD = /^[a@]dvert[i1l]se?ments?$/;

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

/**
 * Whether a shady phrase is an admission that the mail is an advertisement. CAN-SPAM makes
 * compliant US marketing say so, so it is no scam's claim: large-sum-lure does not count it as a
 * lure (SpamAssassin's __MONEY_FRAUD_3 does not count __ADMITS_SPAM), and shady-phrase words its
 * advice apart.
 */
export function isAdmissionWording(phrase: string): boolean {
  return ADMISSION_WORDING.test(phrase);
}

/** Whether `word` (a token's lower-case form) is "advertisement" as an admission writes it, not another word of its stem. */
export function isAdmissionWord(word: string): boolean {
  return ADMISSION_WORD.test(word);
}

/** Whether a shady phrase names a currency: it is part of the sum it stands beside, so it is no lure of its own. */
export function namesCurrency(phrase: string): boolean {
  return CURRENCY_NAME.test(phrase);
}
