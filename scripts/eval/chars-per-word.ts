/**
 * Characters of Chinese, Japanese and Thai per English word, measured on parallel translations in
 * node_modules: the figures of core/text/word-count.ts. Usage: `npx tsx scripts/eval/chars-per-word.ts`.
 *
 * Sources, each string beside its English: TypeScript's diagnostic messages (the English is the
 * message's key), yargs's and axe-core's locale files (by key), zod's v4 error messages (each
 * locale's error map called on the same issues). Per pair, English words are the Latin words of the
 * English string less the Latin words the translation keeps (names, code, placeholders' values), and
 * characters are counted by `unspacedCharacters`, as the rules count them. A figure is a ratio of
 * totals over a source's pairs.
 *
 * Han per word comes from the Chinese translations; kana per word from the Japanese ones, their Han
 * counted at the Han figure: kana / (English words − Han / Han figure).
 *
 * English characters per word (ENGLISH_CHARACTERS_PER_WORD, the unit image-only's ratio was set in)
 * is counted as the visible-text fact counts characters: the length of each word token with a letter
 * (spaces and punctuation between tokens not counted), over the English side of the pairs above and,
 * given a folder of English .eml (`npx tsx scripts/eval/chars-per-word.ts ../shared/corpus/ham`),
 * over the visible words of that mail.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HAN_CHARACTERS_PER_WORD, unspacedCharacters, mayBeUnspaced } from '../../core/text/word-count.ts';
import { tokenize, TokenFlag, type TokenList } from '../../core/text/tokenize.ts';
import { overlapCursor } from '../../core/text/ranges.ts';
import { createAnalyzer, emailToInput } from '../../core/index.ts';

const require = createRequire(import.meta.url);
type Pair = readonly [english: string, translation: string];

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}
function version(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}
function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every string of a nested object by its key path (yargs's plural forms as `key.one`, `key.other`). */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) flatten(inner, `${prefix}.${key}`, out);
  return out;
}
function pairByKey(english: unknown, translation: unknown): Pair[] {
  const en = flatten(english);
  return [...flatten(translation)].flatMap(([key, text]) => {
    const source = en.get(key);
    return source === undefined ? [] : [[source, text] as const];
  });
}

const typescriptPairs = (lang: string): Pair[] =>
  Object.entries(readJson(join(packageDir('typescript'), 'lib', lang, 'diagnosticMessages.generated.json')) as Record<string, string>).map(
    ([key, text]) => [key.replace(/_\d+$/, '').replace(/_/g, ' '), text] as const,
  );
const yargsPairs = (lang: string): Pair[] =>
  pairByKey(readJson(join(packageDir('yargs'), 'locales', 'en.json')), readJson(join(packageDir('yargs'), 'locales', `${lang}.json`)));
const axePairs = (lang: string): Pair[] =>
  pairByKey(readJson(join(packageDir('axe-core'), 'locales', '_template.json')), readJson(join(packageDir('axe-core'), 'locales', `${lang}.json`)));

type ZodIssue = Record<string, unknown>;
/** The issues zod's error maps are called on: every code, every string format, sizes of each origin. */
function zodIssues(): ZodIssue[] {
  const formats = ['regex', 'email', 'url', 'emoji', 'uuid', 'datetime', 'date', 'time', 'duration', 'ipv4', 'ipv6', 'cidrv4', 'base64', 'base64url', 'json_string', 'e164', 'jwt', 'template_literal'];
  const issues: ZodIssue[] = [
    { code: 'invalid_type', expected: 'string', input: 5 },
    { code: 'invalid_value', values: ['a'] },
    { code: 'invalid_value', values: ['a', 'b'] },
    { code: 'not_multiple_of', divisor: 3 },
    { code: 'unrecognized_keys', keys: ['a', 'b'] },
    { code: 'invalid_key', origin: 'map' },
    { code: 'invalid_union' },
    { code: 'invalid_element', origin: 'set' },
    { code: 'invalid_format', format: 'starts_with', prefix: 'a' },
    { code: 'invalid_format', format: 'ends_with', suffix: 'a' },
    { code: 'invalid_format', format: 'includes', includes: 'a' },
    { code: 'invalid_format', format: 'regex', pattern: '/a/' },
    ...formats.map((format) => ({ code: 'invalid_format', format })),
  ];
  for (const code of ['too_big', 'too_small'])
    for (const origin of ['string', 'array', 'set', 'file', 'number'])
      for (const inclusive of [true, false]) issues.push({ code, origin, inclusive, maximum: 5, minimum: 5 });
  return issues;
}
async function zodPairs(lang: string): Promise<Pair[]> {
  const locales = (await import('zod/v4/locales')) as unknown as Record<string, () => { localeError: (issue: ZodIssue) => unknown }>;
  const message = (locale: string, issue: ZodIssue): string => {
    const result = locales[locale]!().localeError(issue);
    return typeof result === 'string' ? result : ((result as { message?: string } | undefined)?.message ?? '');
  };
  return zodIssues().map((issue) => [message('en', issue), message(lang, issue)] as const);
}

const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;
const latinWords = (text: string): number => text.match(LATIN_WORD)?.length ?? 0;

interface Totals {
  pairs: number;
  english: number;
  han: number;
  kana: number;
  southeastAsian: number;
}
function totals(pairs: readonly Pair[]): Totals {
  const sum: Totals = { pairs: 0, english: 0, han: 0, kana: 0, southeastAsian: 0 };
  for (const [english, translation] of pairs) {
    const words = latinWords(english) - latinWords(translation);
    const counts = unspacedCharacters(translation, 0, translation.length);
    if (words <= 0 || counts.han + counts.kana + counts.southeastAsian === 0) continue;
    sum.pairs++;
    sum.english += words;
    sum.han += counts.han;
    sum.kana += counts.kana;
    sum.southeastAsian += counts.southeastAsian;
  }
  return sum;
}
function add(into: Totals, more: Totals): void {
  into.pairs += more.pairs;
  into.english += more.english;
  into.han += more.han;
  into.kana += more.kana;
  into.southeastAsian += more.southeastAsian;
}

const sources: { name: string; lang: 'zh' | 'ja' | 'th'; pairs: () => Pair[] | Promise<Pair[]> }[] = [
  { name: `typescript ${version('typescript')} zh-cn`, lang: 'zh', pairs: () => typescriptPairs('zh-cn') },
  { name: `typescript ${version('typescript')} zh-tw`, lang: 'zh', pairs: () => typescriptPairs('zh-tw') },
  { name: `yargs ${version('yargs')} zh_CN`, lang: 'zh', pairs: () => yargsPairs('zh_CN') },
  { name: `yargs ${version('yargs')} zh_TW`, lang: 'zh', pairs: () => yargsPairs('zh_TW') },
  { name: `axe-core ${version('axe-core')} zh_CN`, lang: 'zh', pairs: () => axePairs('zh_CN') },
  { name: `axe-core ${version('axe-core')} zh_TW`, lang: 'zh', pairs: () => axePairs('zh_TW') },
  { name: `zod ${version('zod')} zhCN`, lang: 'zh', pairs: () => zodPairs('zhCN') },
  { name: `zod ${version('zod')} zhTW`, lang: 'zh', pairs: () => zodPairs('zhTW') },
  { name: `typescript ${version('typescript')} ja`, lang: 'ja', pairs: () => typescriptPairs('ja') },
  { name: `yargs ${version('yargs')} ja`, lang: 'ja', pairs: () => yargsPairs('ja') },
  { name: `axe-core ${version('axe-core')} ja`, lang: 'ja', pairs: () => axePairs('ja') },
  { name: `zod ${version('zod')} ja`, lang: 'ja', pairs: () => zodPairs('ja') },
  { name: `yargs ${version('yargs')} th`, lang: 'th', pairs: () => yargsPairs('th') },
  { name: `zod ${version('zod')} th`, lang: 'th', pairs: () => zodPairs('th') },
];

const fixed = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '—');
const kanaPerWord = (t: Totals): number => t.kana / (t.english - t.han / HAN_CHARACTERS_PER_WORD);
const all = { zh: totals([]), ja: totals([]), th: totals([]) };
console.log(`characters per English word (Han figure used for Japanese: ${HAN_CHARACTERS_PER_WORD})`);
for (const source of sources) {
  const t = totals(await source.pairs());
  add(all[source.lang], t);
  const figure =
    source.lang === 'zh'
      ? `Han ${fixed(t.han / t.english)}`
      : source.lang === 'ja'
        ? `all ${fixed((t.han + t.kana) / t.english)}, kana ${fixed(kanaPerWord(t))} (Han ${t.han}, kana ${t.kana})`
        : `Thai ${fixed(t.southeastAsian / t.english)}`;
  console.log(`  ${source.name.padEnd(24)} ${String(t.pairs).padStart(5)} pairs ${String(t.english).padStart(6)} English words: ${figure}`);
}
console.log(`all Chinese: Han ${fixed(all.zh.han / all.zh.english)} (${all.zh.pairs} pairs, ${all.zh.english} English words)`);
console.log(`all Japanese: kana ${fixed(kanaPerWord(all.ja))}, all characters ${fixed((all.ja.han + all.ja.kana) / all.ja.english)} (${all.ja.pairs} pairs, ${all.ja.english} English words)`);
console.log(`all Thai: ${fixed(all.th.southeastAsian / all.th.english)} (${all.th.pairs} pairs, ${all.th.english} English words)`);

/** Word tokens counted and their characters. */
interface Letters {
  words: number;
  characters: number;
}
/** Characters and count of the word tokens (with a letter, none of an unspaced script) of `tokens`, visible ones only when `hidden` is given. */
function wordLetters(text: string, tokens: TokenList, into: Letters, hidden?: (start: number, end: number) => boolean): void {
  const { starts, ends, flagsOf, length } = tokens;
  for (let index = 0; index < length; index++) {
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha) || mayBeUnspaced(text, start, end) || hidden?.(start, end)) continue;
    into.words++;
    into.characters += end - start;
  }
}
const englishSide: Letters = { words: 0, characters: 0 };
const seen = new Set<string>();
for (const source of sources) {
  for (const [english] of await source.pairs()) {
    if (seen.has(english)) continue;
    seen.add(english);
    wordLetters(english, tokenize(english), englishSide);
  }
}
console.log(
  `English characters per word, English side of the pairs: ${fixed(englishSide.characters / englishSide.words)} (${seen.size} distinct strings, ${englishSide.words} words)`,
);
const hamFolder = process.argv[2];
if (hamFolder) {
  const analyzer = createAnalyzer();
  const mail: Letters = { words: 0, characters: 0 };
  let messages = 0;
  for (const name of readdirSync(hamFolder).filter((file) => file.endsWith('.eml')).sort()) {
    const { message } = analyzer.context(await emailToInput(readFileSync(join(hamFolder, name))));
    wordLetters(message.text, message.tokens, mail, overlapCursor(message.hidden));
    messages++;
  }
  console.log(`English characters per word, visible words of ${hamFolder}: ${fixed(mail.characters / mail.words)} (${messages} messages, ${mail.words} words)`);
}
