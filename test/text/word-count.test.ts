import { describe, expect, it } from 'vitest';
import { TokenFlag, tokenize } from '../../core/text/tokenize.ts';
import { HAN_KANA_CHARACTERS_PER_WORD, SOUTHEAST_ASIAN_CHARACTERS_PER_WORD, tokenWords } from '../../core/text/word-count.ts';

/** The words of every token of `text` with a letter, summed. */
function words(text: string): number {
  let sum = 0;
  for (const token of tokenize(text)) if (token.flags & TokenFlag.Alpha) sum += tokenWords(text, token.start, token.end);
  return sum;
}

describe('tokenWords', () => {
  it('counts a word of a spaced script as one, however long', () => {
    expect(words('Internationalisation works')).toBe(2);
    expect(words('Добро пожаловать')).toBe(2);
    expect(words('자세한 내용은 새 웹사이트를 확인해 주세요')).toBe(6);
  });

  it('counts a run of Japanese or Chinese by its characters', () => {
    // one token of 17 characters
    expect(tokenize('詳しくは新しいサイトをご覧ください').length).toBe(1);
    expect(words('詳しくは新しいサイトをご覧ください')).toBe(17 / HAN_KANA_CHARACTERS_PER_WORD);
    expect(words('详情请访问我们的新网站')).toBe(11 / HAN_KANA_CHARACTERS_PER_WORD);
    // half-width katakana and a character of CJK extension B (a surrogate pair) count once each
    expect(words('ｻｲﾄ𠮷野家')).toBe(6 / HAN_KANA_CHARACTERS_PER_WORD);
  });

  it('counts a run of Thai by its characters, marks included', () => {
    const thai = 'ดูรายละเอียดเพิ่มเติม';
    expect(words(thai)).toBe(thai.length / SOUTHEAST_ASIAN_CHARACTERS_PER_WORD);
  });

  it('counts a token of one or two characters as one word, never less', () => {
    expect(words('今')).toBe(1);
    expect(words('はい')).toBe(1);
  });

  it('leaves Latin letters of a mixed token to the run they sit in', () => {
    expect(words('Tシャツ')).toBe(Math.max(1, 3 / HAN_KANA_CHARACTERS_PER_WORD));
  });
});
