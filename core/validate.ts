/**
 * The argument checks of the public functions (DESIGN §2): a wrong *call* — not a string, a NaN
 * threshold, points that are not numbers or below 0, an unknown rule id, a language without
 * wordlists, an unknown locale — throws a `TypeError` that says what was expected and what came;
 * wrong or hostile *mail* never reaches these checks, it gets a report.
 *
 * One module so that `analyze`, `analyzeEmail`, `explain`, `checkRecipients` and the domain check
 * word their errors alike and accept the same things. Every check reads only own properties of
 * what the caller passed, so an option inherited from `Object.prototype` is never taken for one
 * the caller gave.
 */

import type { ExplainOptions } from './explain/index.ts';
import type { AnalyzeOptions } from './types.ts';
import { WORDLIST_LANGUAGES } from './data/index.ts';
import { isLocaleTag, MESSAGE_LANGUAGES } from './messages/index.ts';
import { KNOWN_RULES, nearestRuleId, pointsProblem, RULE_DOCS } from './rules/settings.ts';
import { DETECTED_LANGUAGE, wordlistLanguageOf } from './text/language.ts';
import { suggest } from './text/suggest.ts';

/** Languages of messages and suggestions (DESIGN §2); any other well-formed tag gets English. */
export const LOCALES: readonly string[] = MESSAGE_LANGUAGES;

/** What a value is, for an error message: `a number (NaN)`, `null`, `an array`, `a string ("…")`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)})`;
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'bigint':
      return `a bigint (${String(value)}n)`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default: {
      const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      return typeof name === 'string' && name !== 'Object' && name !== '' ? `a ${name}` : 'an object';
    }
  }
}

function fail(where: string, expected: string, value: unknown): never {
  throw new TypeError(`${where} must be ${expected}; got ${describeValue(value)}.`);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, or undefined (never one inherited from a prototype). */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function optionalString(record: Record<string, unknown>, key: string, where: string): void {
  const value = own(record, key);
  if (value !== undefined && typeof value !== 'string') fail(`${where}.${key}`, 'a string', value);
}

function optionalBoolean(record: Record<string, unknown>, key: string, where: string): void {
  const value = own(record, key);
  if (value !== undefined && typeof value !== 'boolean') fail(`${where}.${key}`, 'true or false', value);
}

function optionalThreshold(record: Record<string, unknown>, where: string): void {
  const value = own(record, 'threshold');
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(`${where}.threshold`, 'a finite number above 0', value);
}

function optionalStringList(record: Record<string, unknown>, key: string, where: string): void {
  const value = own(record, key);
  if (value === undefined) return;
  if (!Array.isArray(value)) fail(`${where}.${key}`, 'an array of strings', value);
  value.forEach((entry, index) => {
    if (typeof entry !== 'string') fail(`${where}.${key}[${index}]`, 'a string', entry);
  });
}

/** The options a function was given, null when left out; anything but an object (null, a string, an array) is a TypeError naming what came. */
export function optionsRecord(options: unknown, where: string): Record<string, unknown> | null {
  if (options === undefined) return null;
  if (!isPlainRecord(options)) fail(where, 'an object (or left out)', options);
  return options;
}

/**
 * The options `record` has that `known` does not list, one sentence each (`options has no option
 * "treshold"; did you mean "threshold"? (it takes …).`), for a caller that lists every problem at
 * once (the Vite plugin); none when every key is known. The near name comes from the one typo
 * helper the config's checks use too (core/text/suggest.ts).
 */
export function unknownOptionProblems(record: Record<string, unknown>, known: readonly string[], where: string): string[] {
  return Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = suggest(key, known);
      return `${where} has no option ${JSON.stringify(key)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (it takes ${known.join(', ')}).`;
    });
}

/**
 * Refuses an option the function does not take: a typo (`treshold`) would otherwise be dropped and
 * the score silently be another than asked for. A TypeError of the first unknown one.
 */
export function checkOptionKeys(record: Record<string, unknown>, known: readonly string[], where: string): void {
  const [problem] = unknownOptionProblems(record, known, where);
  if (problem !== undefined) throw new TypeError(problem);
}

/** `AnalyzeOptions`' keys, every one of them (the type check below fails when one is added or removed). */
export const ANALYZE_OPTION_KEYS = ['languages', 'rules', 'phrases', 'threshold', 'locale'] as const satisfies readonly (keyof AnalyzeOptions)[];
const everyAnalyzeKey: Record<Exclude<keyof AnalyzeOptions, (typeof ANALYZE_OPTION_KEYS)[number]>, never> = {};
void everyAnalyzeKey;

// ---------------------------------------------------------------------------------------------
// analyze() and analyzeEmail()

/** `analyze()`'s input: `{ html?, subject?, text?, headers? }`. */
export function checkEmailInput(input: unknown, fn = 'analyze()'): void {
  if (!isPlainRecord(input)) {
    const hint = typeof input === 'string' ? ' (to score an HTML string, pass { html: string })' : '';
    throw new TypeError(`${fn} expects an object { html?, subject?, text?, headers? }${hint}; got ${describeValue(input)}.`);
  }
  const where = `${fn}: input`;
  for (const key of ['html', 'text', 'subject']) optionalString(input, key, where);
  const headers = own(input, 'headers');
  if (headers === undefined) return;
  if (!isPlainRecord(headers)) fail(`${where}.headers`, 'an object of header name → string or string[]', headers);
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined || typeof value === 'string') continue;
    if (!Array.isArray(value)) fail(`${where}.headers[${JSON.stringify(name)}]`, 'a string or an array of strings', value);
    value.forEach((entry, index) => {
      if (typeof entry !== 'string') fail(`${where}.headers[${JSON.stringify(name)}][${index}]`, 'a string', entry);
    });
  }
}

/** `locale` (analyze()'s and explain()'s): a language tag of a language we write in, a region allowed. */
function optionalLocale(record: Record<string, unknown>, where: string): void {
  const locale = own(record, 'locale');
  if (locale !== undefined && (typeof locale !== 'string' || !isLocaleTag(locale))) {
    fail(`${where}.locale`, `a language tag of ${LOCALES.map((code) => `'${code}'`).join(', ')} (a region such as 'fr-CA' is fine)`, locale);
  }
}

/**
 * Whether `languages` may hold `code` (case and region aside: `fr-CA` reads the French lists): a
 * language with wordlists (core/data, or those of the analyzer's own data), or 'auto', the detected
 * language. Any other code would match no phrase at all, silently.
 */
export function isWordlistLanguage(code: string, languages: readonly string[] = WORDLIST_LANGUAGES): boolean {
  const language = wordlistLanguageOf(code);
  return language === DETECTED_LANGUAGE || languages.includes(language);
}

/** What `languages` may hold, in words: `'de', 'en', …, or 'auto' (the detected language)`. */
export function wordlistLanguagesInWords(quote = "'", languages: readonly string[] = WORDLIST_LANGUAGES): string {
  return `${languages.map((code) => `${quote}${code}${quote}`).join(', ')}${languages.length > 0 ? ', or ' : ''}${quote}${DETECTED_LANGUAGE}${quote} (the detected language)`;
}

/**
 * `AnalyzeOptions`: languages, rules, phrases, threshold, locale. `languages` are the codes the
 * analyzer has wordlists for (an analyzer built with only some packs accepts only those).
 */
export function checkAnalyzeOptions(options: unknown, fn = 'analyze()', path = 'options', languages: readonly string[] = WORDLIST_LANGUAGES, known: readonly string[] = ANALYZE_OPTION_KEYS): void {
  const where = `${fn}: ${path}`;
  const record = optionsRecord(options, where);
  if (!record) return;
  checkOptionKeys(record, known, where);
  optionalThreshold(record, where);
  optionalStringList(record, 'languages', where);
  const codes = own(record, 'languages');
  if (Array.isArray(codes)) {
    codes.forEach((code: string, index) => {
      if (!isWordlistLanguage(code, languages)) fail(`${where}.languages[${index}]`, `a language with wordlists: ${wordlistLanguagesInWords("'", languages)}`, code);
    });
  }
  optionalLocale(record, where);

  const rules = own(record, 'rules');
  if (rules !== undefined) {
    if (!isPlainRecord(rules)) fail(`${where}.rules`, "an object of rule id → 'off' or { points }", rules);
    for (const id of Object.keys(rules)) {
      const setting = rules[id];
      const at = `${where}.rules[${JSON.stringify(id)}]`;
      // An unknown id (a typo) would leave the rule it meant at its defaults, silently.
      const rule = KNOWN_RULES.find((known) => known.id === id);
      if (!rule) {
        const near = nearestRuleId(id);
        throw new TypeError(`${where}.rules names ${JSON.stringify(id)}, which is not a rule id${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (the rules are listed at ${RULE_DOCS}).`);
      }
      if (setting === 'off') continue;
      if (!isPlainRecord(setting)) fail(at, "'off' or { points: number }", setting);
      const points = own(setting, 'points');
      if (typeof points !== 'number' || !Number.isFinite(points)) fail(`${at}.points`, 'a finite number', points);
      const problem = pointsProblem(rule, points);
      if (problem) throw new TypeError(`${at}.${problem}.`);
    }
  }

  checkPhrases(own(record, 'phrases'), `${where}.phrases`);
}

/** `phrases` (analyze()'s option, createAnalyzer()'s): `{ add?, allow? }`, added points 0 or more. */
export function checkPhrases(phrases: unknown, where: string): void {
  if (phrases === undefined) return;
  if (!isPlainRecord(phrases)) fail(where, 'an object { add?, allow? }', phrases);
  // A typo (`{ addd }`, `{ phrase, point }`) would drop the user's phrases or points without a word.
  checkOptionKeys(phrases, ['add', 'allow'], where);
  optionalStringList(phrases, 'allow', where);
  const add = own(phrases, 'add');
  if (add === undefined) return;
  if (!Array.isArray(add)) fail(`${where}.add`, 'an array of phrases (strings or { phrase, points? })', add);
  add.forEach((entry, index) => {
    const at = `${where}.add[${index}]`;
    if (typeof entry === 'string') return;
    if (!isPlainRecord(entry)) fail(at, 'a string or { phrase: string, points?: number }', entry);
    checkOptionKeys(entry, ['phrase', 'points'], at);
    if (typeof own(entry, 'phrase') !== 'string') fail(`${at}.phrase`, 'a string', own(entry, 'phrase'));
    const points = own(entry, 'points');
    if (points !== undefined && (typeof points !== 'number' || !Number.isFinite(points) || points < 0)) fail(`${at}.points`, 'a finite number of 0 or more', points);
  });
}

/**
 * An analyzer's `analyze()` and `context()` options: analyze()'s but `phrases`, which an analyzer
 * takes once, when it is built (its phrase tries are built then); given per call they would be
 * checked and dropped, so they are refused, saying where they go.
 */
export function checkAnalyzerCallOptions(options: unknown, fn: string, languages: readonly string[]): void {
  const where = `${fn}: options`;
  const record = optionsRecord(options, where);
  if (record && own(record, 'phrases') !== undefined) {
    throw new TypeError(`${where}.phrases: an analyzer matches the phrases it was built with; pass them to createAnalyzer({ phrases }), or call analyze(input, { phrases }).`);
  }
  checkAnalyzeOptions(options, fn, 'options', languages);
}

/** `createAnalyzer()`'s options: `{ data?, phrases?, rememberStems? }` (the data is the caller's own build, not checked here). */
export function checkAnalyzerOptions(options: unknown, fn = 'createAnalyzer()'): void {
  const where = `${fn}: options`;
  const record = optionsRecord(options, where);
  if (!record) return;
  checkOptionKeys(record, ['data', 'phrases', 'rememberStems'], where);
  optionalBoolean(record, 'rememberStems', where);
  const data = own(record, 'data');
  if (data !== undefined && !(isPlainRecord(data) && Array.isArray(own(data, 'languages')))) fail(`${where}.data`, 'an AnalyzerData { languages, lists } (or left out)', data);
  checkPhrases(own(record, 'phrases'), `${where}.phrases`);
}

/** A raw message: `string | Uint8Array | ArrayBuffer`. */
export function checkRawMessage(raw: unknown, fn: string, what = 'the raw message'): void {
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array) && !(raw instanceof ArrayBuffer)) {
    throw new TypeError(`${fn} expects ${what} as a string, Uint8Array or ArrayBuffer; got ${describeValue(raw)}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// explain()

/** `ExplainOptions`' keys, every one of them (the type check below fails when one is added or removed). */
export const EXPLAIN_OPTION_KEYS = ['threshold', 'analyzeReturned', 'analyze', 'locale'] as const satisfies readonly (keyof ExplainOptions)[];
const everyExplainKey: Record<Exclude<keyof ExplainOptions, (typeof EXPLAIN_OPTION_KEYS)[number]>, never> = {};
void everyExplainKey;

/** `ExplainOptions`: threshold, analyzeReturned, locale, analyze (an option it does not take is refused, as analyze() refuses one). */
export function checkExplainOptions(options: unknown, fn = 'explain()'): void {
  const where = `${fn}: options`;
  const record = optionsRecord(options, where);
  if (!record) return;
  checkOptionKeys(record, EXPLAIN_OPTION_KEYS, where);
  optionalThreshold(record, where);
  optionalBoolean(record, 'analyzeReturned', where);
  optionalLocale(record, where);
  checkAnalyzeOptions(own(record, 'analyze'), fn, 'options.analyze');
}

// ---------------------------------------------------------------------------------------------
// Recipients

/** `checkRecipients()`'s input: a field (one string) or a list of strings. */
export function checkRecipientInput(input: unknown, fn = 'checkRecipients()'): void {
  if (typeof input === 'string') return;
  if (!Array.isArray(input)) throw new TypeError(`${fn} expects a string (a To/Cc field) or an array of strings; got ${describeValue(input)}.`);
  input.forEach((entry, index) => {
    if (typeof entry !== 'string') fail(`${fn}: input[${index}]`, 'a string', entry);
  });
}

/** `RecipientOptions`: threshold, disposable, roles. */
export function checkRecipientOptions(options: unknown, fn = 'checkRecipients()'): void {
  const where = `${fn}: options`;
  const record = optionsRecord(options, where);
  if (!record) return;
  optionalThreshold(record, where);
  optionalStringList(record, 'disposable', where);
  optionalBoolean(record, 'roles', where);
}

/** One string argument (an address, a domain name). */
export function checkString(value: unknown, fn: string, what: string): void {
  if (typeof value !== 'string') throw new TypeError(`${fn} expects ${what} as a string; got ${describeValue(value)}.`);
}

// ---------------------------------------------------------------------------------------------
// The domain check

const RESOLVER_METHODS = ['txt', 'mx', 'addresses', 'reverse'] as const;

/** `checkDomain(domain, resolver, options)` / `inspectDomain(…)`: the types; the names are DomainCheckError's. */
export function checkDomainArguments(domain: unknown, resolver: unknown, options: unknown, fn = 'checkDomain()'): void {
  checkString(domain, fn, 'the domain name');
  if (typeof resolver !== 'object' || resolver === null) {
    throw new TypeError(`${fn} expects a DNS resolver { txt, mx, addresses, reverse } as its second argument; got ${describeValue(resolver)}.`);
  }
  for (const method of RESOLVER_METHODS) {
    const value = (resolver as Record<string, unknown>)[method];
    if (typeof value !== 'function') fail(`${fn}: resolver.${method}`, 'a function', value);
  }
  const where = `${fn}: options`;
  const record = optionsRecord(options, where);
  if (!record) return;
  optionalThreshold(record, where);
  optionalBoolean(record, 'blocklists', where);
  for (const key of ['selectors', 'ips', 'domainBlocklists', 'ipBlocklists']) optionalStringList(record, key, where);
}
