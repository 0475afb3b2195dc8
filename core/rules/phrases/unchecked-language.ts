// Says when the phrase rules could not read the text (issue 11, a user trial): a Japanese pitch,
// `今すぐクリック！完全無料で現金プレゼント！`, scored "low risk" with no word that none of its
// phrases had been read, since there is no Japanese wordlist. Advice only (0 points): the text's
// language is no sign of spam; the finding tells the user the score says nothing of its wording.
// It speaks only when it is sure: a text mostly in a script none of our lists is written in, a
// language the detection named (by its function words or its trigrams) on a text long enough for
// that, or a language we have lists for that the caller's `languages` left out. Latin-script text
// the detection could not name (`und`: short, mixed, Scandinavian) gets nothing.
import { defineRule, fragment, type RuleContext } from '../rule.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import type { MessageData, MessageValue } from '../../messages/format.ts';

/** Code points of the text's start read for its script: the language sample's order of size (core/text/language.ts reads 400). */
const SCRIPT_SAMPLE = 1000;
/** Letters of another script a text needs before we say it is written in it (about a sentence of CJK). */
const MIN_SCRIPT_LETTERS = 20;
/** …and their share of the letters of the sample. */
const MIN_SCRIPT_SHARE = 0.5;
/**
 * Words a Latin-script text needs before we trust the language the detection named: this many
 * visible words, and this many different plain words (letters only) among its first WORD_SAMPLE:
 * `Post 1 … Post 31` (read as Czech) and a page of host names (as Portuguese or Romanian) are not prose.
 * The corpus's English ham that the detection misnames holds 22 words at most.
 */
const MIN_WORDS = 30;
const MIN_DISTINCT_WORDS = 20;
const WORD_SAMPLE = 300;
const PLAIN_WORD = /^\p{L}[\p{L}\p{M}]+$/u;

// One test per script, none global: a character at a time, linear.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['ko', /\p{Script=Hangul}/u],
  ['zh', /\p{Script=Han}/u],
  ['th', /\p{Script=Thai}/u],
  ['el', /\p{Script=Greek}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['arab', /\p{Script=Arabic}/u],
  ['cyrl', /\p{Script=Cyrillic}/u],
  ['deva', /\p{Script=Devanagari}/u],
];
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const COMMON = /\p{Script=Common}/u;

/**
 * What the start of the text is mostly written in, when not the Latin script: `ja` (any kana
 * among Han), `zh`, `ko`, `th`, `el`, `he`, `arab`, `cyrl`, `deva` or `other`; null when Latin or
 * too little of it.
 */
export function scriptOf(text: string): string | null {
  let letters = 0;
  let kana = 0;
  const counts = new Map<string, number>();
  let read = 0;
  for (const char of text) {
    if (++read > SCRIPT_SAMPLE) break;
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
      continue;
    }
    if (!LETTER.test(char)) continue;
    letters++;
    // Styled letters (`𝐏𝐥𝐞𝐚𝐬𝐞`, Mathematical Alphanumeric Symbols) are Common: Latin dressed up, not another script.
    if (LATIN.test(char) || COMMON.test(char)) continue;
    if (KANA.test(char)) {
      kana++;
      continue;
    }
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const other = kana + [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (other < MIN_SCRIPT_LETTERS || other < MIN_SCRIPT_SHARE * letters) return null;
  // Japanese writes Han and kana together; Chinese has no kana.
  if (kana > 0 && kana + (counts.get('zh') ?? 0) >= other / 2) return 'ja';
  let best: [string, number] = ['other', 0];
  for (const entry of counts) if (entry[1] > best[1]) best = entry;
  return best[0];
}

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Whether the token at start–end is joined by a dot to a letter or digit on either side (a host's label). */
function dotted(text: string, start: number, end: number): boolean {
  return (text[end] === '.' && ALPHANUMERIC.test(text[end + 1] ?? '')) || (text[start - 1] === '.' && ALPHANUMERIC.test(text[start - 2] ?? ''));
}

/** Whether the text is prose enough to trust a language named from its words (MIN_WORDS, MIN_DISTINCT_WORDS). */
function longEnough(context: RuleContext): boolean {
  if (context.facts.visibleText.words < MIN_WORDS) return false;
  const { message } = context;
  const { starts, ends, flagsOf, length } = message.tokens;
  const words = new Set<string>();
  let seen = 0;
  for (let index = 0; index < length && seen < WORD_SAMPLE; index++) {
    const flags = flagsOf[index] ?? 0;
    if (!(flags & TokenFlag.Alpha)) continue;
    seen++;
    if (flags & (TokenFlag.Leet | TokenFlag.Confusable | TokenFlag.Invisible)) continue;
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    // A label of a host or a dotted name (`www.shop.com`) is no word of prose.
    if (dotted(message.text, start, end)) continue;
    const word = message.text.slice(start, end);
    if (!PLAIN_WORD.test(word)) continue;
    words.add(word.toLowerCase());
    if (words.size >= MIN_DISTINCT_WORDS) return true;
  }
  return false;
}

/** Languages by name: English first, then the others in the analyzer's order. */
function names(languages: readonly string[]): MessageValue {
  const sorted = [...languages.filter((code) => code === 'en'), ...languages.filter((code) => code !== 'en')];
  const values = sorted.map((code) => fragment('language', { code }));
  const last = values.pop();
  if (last === undefined) return '';
  const before = values.pop();
  if (before === undefined) return last;
  return values.reduceRight<MessageValue>((rest, first) => fragment('list-more', { first, rest }), fragment('list-two', { first: before, second: last }));
}

export default defineRule({
  id: 'unchecked-language',
  category: 'phrases',
  description: 'The phrases of the text were not read',
  weight: 0,
  cap: 1,
  messages: {
    'no-wordlist':
      'The phrases of this text ({language}) were not checked: spamrisk has word lists for {covered}; the other checks still ran, so the score says nothing of its wording.',
    'read-it-yourself':
      'Read the wording yourself for what filters score in every language: free money, prizes, urgency, guarantees. If the mail also goes out in one of those languages, check that version too.',
    'not-chosen':
      'The phrases of this text ({language}) were not checked: this check reads the phrases of {chosen} only; the other checks still ran, so the score says nothing of its wording.',
    'add-language':
      'Add {language} to the languages checked (the `languages` option, `--language`, or the extension\'s options), or `auto` for the language of each mail.',
    'lures-only':
      'Only the scam-lure phrases of this text ({language}) were checked: spamrisk has full word lists (money, urgency, free offers, guarantees) for {covered}; the other checks still ran.',
    'read-offer-yourself':
      'Read the offer\'s wording yourself for free money, urgency and guarantees, which were not checked in this language.',
    language:
      '{code, select, en {English} de {German} fr {French} es {Spanish} it {Italian} pt {Portuguese} nl {Dutch} sv {Swedish} fi {Finnish} tr {Turkish} pl {Polish} cs {Czech} hu {Hungarian} ro {Romanian} vi {Vietnamese} id {Indonesian} ms {Malay} hr {Croatian} tl {Tagalog} sw {Swahili} ja {Japanese} zh {Chinese} ko {Korean} th {Thai} el {Greek} he {Hebrew} arab {Arabic script} cyrl {Cyrillic script} deva {Devanagari script} other {a script spamrisk does not read}}',
    'list-two': '{first} and {second}',
    'list-more': '{first}, {rest}',
  },
  check(context) {
    const { message, languages, phraseLanguages } = context;
    const { full, lures, detecting } = phraseLanguages;
    const ours = (code: string) => full.includes(code) || lures.includes(code);
    if (full.length === 0 && lures.length === 0) return [];
    const detected = message.language;
    const read = languages.includes(detected);
    if (read && full.includes(detected)) return [];
    const language = fragment('language', { code: detected });
    const covered = names(full.length > 0 ? full : lures);
    const advice = (messageId: 'no-wordlist' | 'not-chosen' | 'lures-only', suggestionId: 'read-it-yourself' | 'add-language' | 'read-offer-yourself', data: MessageData, evidence: string) =>
      [{ messageId, suggestionId, data, evidence, strength: 0 }];
    if (detected === 'und') {
      const script = scriptOf(message.text);
      if (script === null) return [];
      return advice('no-wordlist', 'read-it-yourself', { language: fragment('language', { code: script }), covered }, `script: ${script}`);
    }
    // Below this the detection may have named a language the text is not in.
    if (!longEnough(context)) return [];
    if (read) return full.length > 0 && lures.includes(detected) ? advice('lures-only', 'read-offer-yourself', { language, covered }, `language: ${detected}`) : advice('no-wordlist', 'read-it-yourself', { language, covered }, `language: ${detected}`);
    if (!detecting && ours(detected)) {
      return advice('not-chosen', 'add-language', { language, chosen: names(languages.length > 0 ? languages : ['en']) }, `language: ${detected}`);
    }
    return advice('no-wordlist', 'read-it-yourself', { language, covered }, `language: ${detected}`);
  },
});
