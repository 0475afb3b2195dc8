/**
 * How many words a token of the tokenizer stands for. Japanese, Chinese and Thai (and Lao, Khmer,
 * Burmese) write prose without spaces between words, so a whole clause — everything between two
 * punctuation marks — is one token: `詳しくは新しいサイトをご覧ください` is one token. A rule that
 * judges a body by its number of words ("only 2 words apart from the link") counts such a run by
 * its length instead, in English words: a rule's limits were measured on English mail, so a run
 * counts as many words as its English translation would have, one word for every so many
 * characters (the figures below).
 *
 * Why a ratio, not a dictionary segmenter: `Intl.Segmenter` splits these scripts by ICU's
 * dictionaries, which differ between Node and browser versions, and a report must be the same
 * everywhere (DESIGN §2). It would also count the wrong unit: ICU cuts particles and verb endings
 * (`ここ/を/クリック/し/て/くだ/さい`, 7 pieces, is "please click here", 3 English words).
 *
 * The figures are measured on parallel translations, English beside the other language, by
 * `npx tsx scripts/eval/chars-per-word.ts` (counting characters as `unspacedCharacters` below does;
 * English words are the Latin words of the English string less those the translation keeps):
 * TypeScript 5.9.3's diagnostic messages (`typescript/lib/<lang>/diagnosticMessages.generated.json`),
 * yargs 17.7.3's `locales/*.json`, axe-core 4.14.1's `locales/*.json` (beside `_template.json`) and
 * zod 3.25.76's v4 error messages (`zod/v4/locales`, each called on the same issues), all in
 * node_modules.
 */

/**
 * Han characters (Chinese, and the kanji of Japanese) per English word: 1.7. Measured (see above)
 * on the Chinese translations, simplified and traditional: 1.72 over all 5,541 pairs (47,874 English
 * words); by source TypeScript 1.73 and 1.76, axe-core 1.58 and 1.58, zod 1.67 and 2.00, yargs 2.32
 * and 2.16 (under a hundred words each).
 */
export const HAN_CHARACTERS_PER_WORD = 1.7;

/**
 * Hiragana and katakana characters per English word: 4.4. Measured (see above) on the Japanese
 * translations, their Han counted at 1.7 a word: 4.43 over all 2,782 pairs (23,965 English words;
 * Han and kana together 3.18 characters a word); by source TypeScript 4.40, axe-core 4.37, and
 * 8.8 (yargs) and 11.1 (zod) on about 100 and 200 words, where the Han figure leaves little to the
 * kana. Kana carries particles, verb endings and long loan words (`クリック`, "click").
 */
export const KANA_CHARACTERS_PER_WORD = 4.4;

/**
 * Thai, Lao, Khmer or Burmese characters per English word, vowel and tone marks included: 7.
 * Measured on Thai only (no Lao, Khmer or Burmese translation is in node_modules): 7.15 over 84
 * pairs (297 English words; yargs 7.66, zod 6.92), a small sample; the other three scripts are
 * assumed alike. No mail of any set here is in these scripts.
 */
export const SOUTHEAST_ASIAN_CHARACTERS_PER_WORD = 7;

/** Han (unified, extension A, compatibility; B–H by their high surrogate, once a character): one UTF-16 code unit. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xd840 && code <= 0xd8bf) // high surrogate of CJK extensions B–H (planes 2 and 3)
  );
}

/**
 * Hiragana, katakana (phonetic extensions and half-width forms included), without the marks that
 * only lengthen or voice the letter before them: the prolonged sound mark U+30FC (and half-width
 * U+FF70), the voicing marks U+3099–309C (and half-width U+FF9E–FF9F). `セールーーーー` is
 * "sale", not seven letters. Nor the punctuation of the katakana block: the double hyphen U+30A0
 * `゠` and the middle dot U+30FB `・` (half-width U+FF65 lies outside the range), which separates
 * names and bullets lists, in Chinese text as in Japanese: a `・` is no kana, nor part of a word.
 */
export function isKana(code: number): boolean {
  if (isKanaMark(code) || code === 0x30a0 || code === 0x30fb) return false;
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

/** The marks that only lengthen or voice the kana before them (see isKana). */
export function isKanaMark(code: number): boolean {
  return code === 0x30fc || code === 0xff70 || (code >= 0x3099 && code <= 0x309c) || code === 0xff9e || code === 0xff9f;
}

/** Thai, Lao, Burmese and Khmer, digits aside (a number is no word of prose). */
export function isSoutheastAsian(code: number): boolean {
  if (code >= 0x0e00 && code <= 0x0eff) return !(code >= 0x0e50 && code <= 0x0e59) && !(code >= 0x0ed0 && code <= 0x0ed9);
  if (code >= 0x1000 && code <= 0x109f) return !(code >= 0x1040 && code <= 0x1049) && !(code >= 0x1090 && code <= 0x1099);
  if (code >= 0x1780 && code <= 0x17ff) return !(code >= 0x17e0 && code <= 0x17e9);
  return false;
}

/** The characters of unspaced scripts in a stretch of text, by kind. */
export interface UnspacedCharacters {
  han: number;
  kana: number;
  southeastAsian: number;
}

/**
 * Counts the characters of unspaced scripts in `text[start, end)`. A run of one character repeated
 * counts once (`ああああああああ` is one letter of padding, not eight; a real doubled letter, `ここ`,
 * is rare enough to lose), and the lengthening and voicing marks of kana do not count, nor break
 * such a run (`か゛か゛か゛` is one). Code units below U+0E00 (Latin, Cyrillic, Greek, Arabic…) are
 * skipped after one comparison each.
 */
export function unspacedCharacters(text: string, start: number, end: number): UnspacedCharacters {
  const counts: UnspacedCharacters = { han: 0, kana: 0, southeastAsian: 0 };
  let previous = -1;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x0e00) {
      previous = code;
      continue;
    }
    // a high surrogate stands for its character: compare whole characters, skip the low half
    const character = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? (text.codePointAt(index) ?? code) : code;
    if (character !== code) index++;
    if (isHan(code)) {
      if (character !== previous) counts.han++;
    } else if (isKana(code)) {
      if (character !== previous) counts.kana++;
    } else if (isSoutheastAsian(code)) {
      if (character !== previous) counts.southeastAsian++;
    } else if (isKanaMark(code)) {
      continue; // a lengthening or voicing mark: neither counts nor ends a run
    }
    previous = character;
  }
  return counts;
}

/**
 * The words a token with a letter (`TokenFlag.Alpha`) at `text[start, end)` stands for, in English
 * words: 1 for a word of a spaced script, and for a run of an unspaced one its characters
 * (`unspacedCharacters`) divided by the figures above, at least 1. Fractional: callers add them up
 * and round what they show and compare.
 */
export function tokenWords(text: string, start: number, end: number): number {
  return unspacedWords(unspacedCharacters(text, start, end)) || 1;
}

/**
 * The English words that counted unspaced characters (`unspacedCharacters`) stand for, at least 1,
 * or 0 when there are none: one scan of a token gives both `tokenWords` and `englishCharacters`.
 */
export function unspacedWords({ han, kana, southeastAsian }: UnspacedCharacters): number {
  if (han === 0 && kana === 0 && southeastAsian === 0) return 0;
  return Math.max(
    1,
    han / HAN_CHARACTERS_PER_WORD + kana / KANA_CHARACTERS_PER_WORD + southeastAsian / SOUTHEAST_ASIAN_CHARACTERS_PER_WORD,
  );
}

/**
 * Whether a token at `text[start, end)` may hold a letter of an unspaced script, by its first and
 * last code unit only: the hot loops that count every token of a message (the visible-text fact,
 * link-density) scan a token's letters only when this holds, so a word of ASCII or any other
 * script below U+0E00 costs two comparisons. A token that has such letters only in its middle
 * (`Tokyo東京Japan`, Latin on both ends) counts as one word there; such words are rare and
 * counting them short only makes a body look shorter, never longer.
 */
export function mayBeUnspaced(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) >= 0x0e00 || text.charCodeAt(end - 1) >= 0x0e00;
}

/**
 * The words a token with a letter stands for in the hot loops that count every token of a message
 * (link-density; the visible-text fact derives the same figure with `unspacedWords`): `tokenWords`
 * only when `mayBeUnspaced` holds, else 1.
 */
export function wordsOf(text: string, start: number, end: number): number {
  return mayBeUnspaced(text, start, end) ? tokenWords(text, start, end) : 1;
}

/**
 * Characters of English per English word, as the visible-text fact counts characters (the length of
 * each word token, no spaces or punctuation between them): 4.8. The unit image-only's ratio was set
 * in (characters per 1,000 px² of image, on English mail), so Japanese, Chinese and Thai text is
 * counted in it through its English words (above). Measured by `npx tsx scripts/eval/chars-per-word.ts
 * ../shared/corpus/ham`: 4.77 over the visible words of the dev corpus's 1,250 English ham messages
 * (396,555 words); the English side of the parallel translations above gives 5.10 (26,340 words of
 * error messages, longer words than mail's).
 */
export const ENGLISH_CHARACTERS_PER_WORD = 4.8;

/**
 * The characters a token at `text[start, end)` stands for in English: its length, or for a run of an
 * unspaced script its English words (`tokenWords`) at `ENGLISH_CHARACTERS_PER_WORD` each (a
 * mixed token, `東京Japan`, by its unspaced letters, as `tokenWords` counts it). Fractional: callers
 * add them up and round. A token of a spaced script costs two comparisons (`mayBeUnspaced`).
 */
export function englishCharacters(text: string, start: number, end: number): number {
  if (!mayBeUnspaced(text, start, end)) return end - start;
  const words = unspacedWords(unspacedCharacters(text, start, end));
  return words === 0 ? end - start : words * ENGLISH_CHARACTERS_PER_WORD;
}
