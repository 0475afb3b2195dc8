/**
 * A large sum of money written in the text: ten thousand or more in figures beside a currency
 * (`$10,500,000.00`, `USD 4.500.000`, `25 000 euros`), or millions and billions of a currency
 * (`$4.5 million`, `Ten Million United States Dollars`, `2,5 millones de dólares`). SpamAssassin's
 * LOTS_OF_MONEY (rulesrc/sandbox/jhardin/20_lotsa_money.cf, __LOTSA_MONEY_00 to _05) reads the same
 * forms; like it, this is never a signal alone (contracts, budgets and press releases name sums),
 * only beside scam wording (large-sum-lure).
 *
 * Every quantifier is bounded, so each start position costs a constant: linear in the text.
 */

/** A currency before a figure: a sign or an ISO code (`US$`, `USD`, `$`, `£`, `€`, `EUR`, `GBP`, `CHF`). */
const CURRENCY_BEFORE = String.raw`(?:\b(?:us|u\.s\.|usd|eur|gbp|chf|cad|aud)\s?[$€£]|[$€£]\s?(?:us\b)?|\b(?:usd|us\s?dollars?|eur|euros?|gbp|chf|cad|aud)\b)`;
/** A currency after a figure or an amount in words. */
const CURRENCY_AFTER = String.raw`(?:[$€£]|\b(?:usd|eur|gbp|chf|dollars?|d[oó]lares|euros?|pounds?(?!\s+of\b)|bucks|livres|pfund)\b)`;
/** A thousands separator: a comma, a dot, a space or an apostrophe (with the spaces of tokenised text). */
const SEP = String.raw`(?:\s?[,.'’]\s?|\s)`;
/** A figure of 10,000 or more: 10,000 to 999,999 by groups, 1,000,000 and more by groups, or five digits and more in a row. */
const BIG_FIGURE = String.raw`(?:[1-9]\d{1,2}(?:${SEP}\d{3}){1,4}|[1-9](?:${SEP}\d{3}){2,4}|[1-9]\d{4,11})(?![\d])`;
/** Millions and billions, in the languages of the wordlists. */
const MILLIONS = String.raw`(?:millions?|billions?|milliards?|millionen|milliarden|mill?ones|mil\s+millones|m\b|mln\b|bn\b)`;
/** A small figure (`4.5`, `10`, `2,5`) or a number word before "million". */
const SMALL_FIGURE = String.raw`(?:\d{1,3}(?:\s?[.,]\s?\d{1,3})?)`;

const PATTERNS: readonly RegExp[] = [
  // $10,500,000.00 · USD 4.500.000 · € 25 000
  new RegExp(String.raw`${CURRENCY_BEFORE}\s?${BIG_FIGURE}`, 'i'),
  // 25 000 euros · 10,500,000.00 USD · 4.500.000,00 dollars
  new RegExp(String.raw`(?<![\d#-])${BIG_FIGURE}(?:[.,]\d{2})?\s?\)?\s?${CURRENCY_AFTER}`, 'i'),
  // $4.5 million · USD 10 millions · € 2 mln
  new RegExp(String.raw`${CURRENCY_BEFORE}\s?${SMALL_FIGURE}\s?${MILLIONS}`, 'i'),
  // 4.5 million dollars · Ten Million United States Dollars · 2,5 millones de dólares: millions, then a currency within a few words
  new RegExp(String.raw`(?:\b${SMALL_FIGURE}\s?)?\b(?:millions?|billions?|milliards?|millionen|milliarden|mill?ones)\b[^.\n$€£]{0,40}?${CURRENCY_AFTER}`, 'i'),
];

/** Where the first large sum is in `text` (UTF-16 offsets), or null. */
export function findLargeSum(text: string): { start: number; end: number } | null {
  let first: { start: number; end: number } | null = null;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match && (first === null || match.index < first.start)) first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}
