/**
 * How many words a token of the tokenizer stands for. Japanese, Chinese and Thai (and Lao, Khmer,
 * Burmese) write prose without spaces between words, so a whole clause — everything between two
 * punctuation marks — is one token: `詳しくは新しいサイトをご覧ください` is one token of about nine
 * words. A rule that judges a body by its number of words ("only 2 words apart from the link")
 * counts such a run by its length instead: one word for every so many characters, the figures below.
 *
 * Why a ratio, not a dictionary segmenter: `Intl.Segmenter` splits these scripts by ICU's
 * dictionaries, which differ between Node and browser versions, and a report must be the same
 * everywhere (DESIGN §2). The ratio is the average, which is all a count of words needs.
 */

/**
 * Characters of Chinese or Japanese (Han, hiragana, katakana) per word: 2. Measured: IReST's matched
 * reading texts (Trauzettel-Klosinski & Dietz, IOVS 2012, Table 2) read at 158 words and 255
 * characters a minute in Chinese, 1.6 characters a word; ICU's word segmentation (Node 22's
 * `Intl.Segmenter`) finds 1.66–1.85 characters a word in the Chinese and Japanese text of the dev
 * corpus (18 messages, 6,186 characters) and the public templates (4, 424), and 1.60–2.19 in the
 * zh, zh-cn and ja translations of the editor packages in node_modules (12,318 characters). 2, the
 * top of that range, counts a little fewer words than there are, so a short pitch stays short.
 */
export const HAN_KANA_CHARACTERS_PER_WORD = 2;

/**
 * Characters of Thai, Lao, Khmer or Burmese per word, vowel and tone marks included: 4. House
 * estimate from one measurement: ICU's word segmentation finds 3.8 characters (2.9 letters) a word in
 * the 1,040 distinct Thai strings of the th translations in node_modules (19,103 characters); no
 * mail of any set here is in these scripts. Rounded up, as above.
 */
export const SOUTHEAST_ASIAN_CHARACTERS_PER_WORD = 4;

/** Han (unified, extension A, compatibility), hiragana, katakana and half-width katakana. */
function isHanOrKana(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x31f0 && code <= 0x31ff) || // katakana phonetic extensions
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff66 && code <= 0xff9f) || // half-width katakana
    (code >= 0xd840 && code <= 0xd8bf) // high surrogate of CJK extensions B–H (planes 2 and 3): one per character
  );
}

/** Thai, Lao, Burmese and Khmer, digits aside (a number is no word of prose). */
function isSoutheastAsian(code: number): boolean {
  if (code >= 0x0e00 && code <= 0x0eff) return !(code >= 0x0e50 && code <= 0x0e59) && !(code >= 0x0ed0 && code <= 0x0ed9);
  if (code >= 0x1000 && code <= 0x109f) return !(code >= 0x1040 && code <= 0x1049) && !(code >= 0x1090 && code <= 0x1099);
  if (code >= 0x1780 && code <= 0x17ff) return !(code >= 0x17e0 && code <= 0x17e9);
  return false;
}

/**
 * The words a token with a letter (`TokenFlag.Alpha`) at `text[start, end)` stands for: 1 for a word
 * of a spaced script, and for a run of an unspaced one its characters divided by the figures above,
 * at least 1. Fractional: callers add them up and round what they show. Reads the token's characters
 * once; a token of code units below U+0E00 (Latin, Cyrillic, Greek, Arabic…) is 1 at once.
 */
export function tokenWords(text: string, start: number, end: number): number {
  let hanKana = 0;
  let southeastAsian = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x0e00) continue;
    if (isHanOrKana(code)) hanKana++;
    else if (isSoutheastAsian(code)) southeastAsian++;
  }
  if (hanKana === 0 && southeastAsian === 0) return 1;
  return Math.max(1, hanKana / HAN_KANA_CHARACTERS_PER_WORD + southeastAsian / SOUTHEAST_ASIAN_CHARACTERS_PER_WORD);
}
