/**
 * A large sum of money written in the text: ten thousand or more in figures beside a currency
 * (`$10,500,000.00`, `USD 4.500.000`, `25 000 euros`), or millions and billions of a currency
 * (`$4.5 million`, `Ten Million United States Dollars`, `2,5 millones de dólares`). It follows
 * SpamAssassin's LOTS_OF_MONEY (rulesrc/sandbox/jhardin/20_lotsa_money.cf, __LOTSA_MONEY_00 to
 * _04) and, like it, is never a signal alone (contracts, budgets and press releases name sums), only
 * beside scam wording (large-sum-lure). Where it is narrower than SpamAssassin's patterns, it is to
 * keep what is not one sum out:
 * - "million" is read as a sum only after a figure or a number word, and only when a currency's
 *   name follows it at once or through joining words (`of`, `de`, `us`, `united states`, the rest
 *   of a sum in words: `one million, five hundred thousand euros`): not
 *   "millions of readers, from $5/month", "a million users pay in dollars", "million-dollar"
 *   (SpamAssassin: `million(?!s)`, a currency word within 50 characters, `$` excluded);
 * - a figure before a currency sign or code is no sum when another figure follows (a reference
 *   number before an amount column: `Invoice 204518 USD 45.00`), and a bare run of digits before a
 *   sign or code is none either (`Account 40012345 EUR`, `Postcode 75008 €`): it needs decimals or a
 *   currency word (`15000.00 USD`, `15000 dollars`);
 * - a plain space groups thousands only before the currency (`25 000 euros`), never after a sign
 *   (`$49 199 249` is three prices); the spaces of tokenised text around a comma or a dot do
 *   (`$ 4 , 500 , 000`);
 * - `m` for millions is a letter on its own (`$2m`), not the metre of `€ 20 m²`;
 * - an ISO code written against its figure (`USD1,759,910.00`, `USD48M`, SpamAssassin's US_DOLLARS_3
 *   `(?:\$|usd).?\d{1,3}[,.]\d{3}[,.]\d{3}`) is a sum only with thousands groups or millions, never
 *   before a bare run of digits (`EUR20451`) or a bare dotted run (`EUR12.345.678.901`), nor with a
 *   millions `m` inside a code (`USD2M-BLK`); `cad` glued to a figure is computer-aided design.
 *
 * Every quantifier is bounded, so each start position costs a constant: linear in the text.
 */

/** A currency before a figure: a sign or an ISO code (`US$`, `USD`, `$`, `£`, `€`, `EUR`, `GBP`, `CHF`). */
const CURRENCY_BEFORE = String.raw`(?:\b(?:us|u\.s\.|usd|eur|gbp|chf|cad|aud)\s?[$€£]|[$€£]\s?(?:us\b)?|\b(?:usd|us\s?dollars?|eur|euros?|gbp|chf|cad|aud)\b)`;
/**
 * An ISO code against its figure, no space (`USD1,759,910.00`, `USD48M`). Not `cad`: glued to a
 * figure it is computer-aided design far more often than Canadian dollars (`CAD3M`, `cad2m.dwg`).
 */
const CODE_GLUED = String.raw`\b(?:usd|eur|gbp|chf|aud)(?=[1-9])`;
/** A currency's name, as a word. */
const CURRENCY_WORD = String.raw`\b(?:dollars?|d[oó]lares|euros?|pounds?(?!\s+of\b)|bucks|livres|pfund)\b`;
/** A currency after a figure: a sign, an ISO code or a name. */
const CURRENCY_AFTER = String.raw`(?:[$€£]|\b(?:usd|eur|gbp|chf)\b|${CURRENCY_WORD})`;
/** Not followed by another figure: `204518 USD 45.00` is a reference number, then an amount. */
const NO_FIGURE_AFTER = String.raw`(?!\s?\d)`;
/** A thousands separator: a comma, a dot or an apostrophe, with the spaces of tokenised text. */
const SEP = String.raw`(?:\s?[,.'’]\s?)`;
/** A thousands separator before the currency: those, or a plain space (`25 000 euros`). */
const SEP_OR_SPACE = String.raw`(?:${SEP}|\s)`;
/** A figure of 10,000 or more in groups of thousands (10,000 to 999,999; 1,000,000 and more). */
const grouped = (sep: string): string => String.raw`(?:[1-9]\d{1,2}(?:${sep}\d{3}){1,4}|[1-9](?:${sep}\d{3}){2,4})(?!\d)`;
/**
 * The figure after a glued code: thousands in commas or apostrophes (`USD1,759,910.00`), or in dots
 * only as one group (`EUR300.000`) or with decimals after (`EUR1.500.000,00`): a glued code before a
 * bare dotted run (`EUR12.345.678.901`) is a serial number.
 */
const GLUED_FIGURE = String.raw`(?:${grouped("[,'’]")}|[1-9]\d{1,2}\.\d{3}(?![\d.])|[1-9]\d{0,2}(?:\.\d{3}){2,4},\d{2}(?!\d))`;
/** Five digits and more in a row. */
const RUN = String.raw`[1-9]\d{4,11}(?!\d)`;
/** Decimals of an amount: `.00`, `,50`, ` . 00` in tokenised text. */
const DECIMALS = String.raw`\s?[.,]\s?\d{2}(?!\d)`;
/** Millions and billions after a figure and a currency sign (`$4.5 million`, `€ 2 mln`, `$2m`), with `letter` the `m` of `$2m`. */
const millions = (letter: string): string => String.raw`(?:millions?|billions?|milliards?|millionen|milliarden|mill?ones|mil\s+millones|${letter}|mln\b|bn\b)`;
/** `m` for millions is a letter on its own, not the metre of `€ 20 m²`. */
const MILLIONS = millions(String.raw`m(?![\w²³])`);
/**
 * The same after a glued code, whose `m` must end the word as written (`USD48M`, `USD48M.`), not
 * stand inside a product code or a file name (`USD2M-BLK`, `usd2m.dwg`, `USD2M/3`).
 */
const MILLIONS_GLUED = millions(String.raw`m(?![\w²³\-/]|\.\w)`);
/** A small figure (`4.5`, `10`, `2,5`). */
const SMALL_FIGURE = String.raw`(?<![\d.,])\d{1,3}(?:\s?[.,]\s?\d{1,3})?`;
/** Number words in English, which 419 mail spells its sums in (`eighteen million five hundred thousand`). */
const NUMBER_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;
/** A number word before "million", in the languages of the wordlists. */
const NUMBER_WORD = String.raw`\b(?:${NUMBER_WORDS}|deux|trois|cinq|dix|zwei|drei|f[üu]nf|zehn|dos|tres|cinco|diez)`;
/** "million" as a count (not "millions of", not "million-dollar"), in the languages of the wordlists. */
const MILLION_WORD = String.raw`(?:million(?![\w-])|billion(?![\w-])|millions(?=\s?d['’]|\s+de\b)|milliards?|millionen|milliarden|mill?ones|mill[oó]n)`;
/**
 * Words that join "million" to its currency: `of`, `de`, `d'`, `US`, `United States`, `British`, and
 * the rest of a sum in words (`million, five hundred thousand euros`).
 */
const JOINER = String.raw`(?:\s?,?\s+(?:(?:of|de|and|us|united\s+states?|american|canadian|british|great\s+britain|am[ée]ricains|estadounidenses|amerikanische|${NUMBER_WORDS})\b|u\.\s?s\.|u\.\s?k\.)|\s?d['’])`;

const PATTERNS: readonly RegExp[] = [
  // $10,500,000.00 · USD 4.500.000 · $ 4 , 500 , 000 · USD 15000 · USD1,759,910.00
  new RegExp(String.raw`${CURRENCY_BEFORE}\s?(?:${grouped(SEP)}|${RUN})|${CODE_GLUED}${GLUED_FIGURE}`, 'i'),
  // 25 000 euros · 10,500,000.00 USD · 4.500.000,00 dollars · 15000.00 USD · 15000 dollars
  new RegExp(
    String.raw`(?<![\d#-])(?:${grouped(SEP_OR_SPACE)}(?:${DECIMALS})?\s?\)?\s?${CURRENCY_AFTER}|${RUN}(?:${DECIMALS}\s?\)?\s?${CURRENCY_AFTER}|\s?\)?\s?${CURRENCY_WORD}))${NO_FIGURE_AFTER}`,
    'i',
  ),
  // $4.5 million · USD 10 millions · € 2 mln · USD48M
  new RegExp(String.raw`${CURRENCY_BEFORE}\s?${SMALL_FIGURE}\s?${MILLIONS}|${CODE_GLUED}${SMALL_FIGURE}\s?${MILLIONS_GLUED}`, 'i'),
  // 4.5 million dollars · Ten Million United States Dollars · one million, five hundred thousand euros · 2,5 millones de dólares · 2 millions d'euros
  new RegExp(String.raw`(?:${SMALL_FIGURE}\s?\)?|${NUMBER_WORD})\s?${MILLION_WORD}${JOINER}{0,8}\s{0,3}\(?\s?(?:${CURRENCY_WORD}|\b(?:usd|gbp|eur)\b)`, 'i'),
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
