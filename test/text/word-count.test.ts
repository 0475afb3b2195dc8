import { describe, expect, it } from 'vitest';
import { TokenFlag, tokenize } from '../../core/text/tokenize.ts';
import {
  ENGLISH_CHARACTERS_PER_WORD,
  englishCharacters,
  HAN_CHARACTERS_PER_WORD,
  KANA_CHARACTERS_PER_WORD,
  SOUTHEAST_ASIAN_CHARACTERS_PER_WORD,
  tokenWords,
  unspacedCharacters,
} from '../../core/text/word-count.ts';

/** The words of every token of `text` with a letter, summed. */
function words(text: string): number {
  let sum = 0;
  for (const token of tokenize(text)) if (token.flags & TokenFlag.Alpha) sum += tokenWords(text, token.start, token.end);
  return sum;
}
const count = (text: string) => unspacedCharacters(text, 0, text.length);

describe('tokenWords', () => {
  it('counts a word of a spaced script as one, however long', () => {
    expect(words('Internationalisation works')).toBe(2);
    expect(words('Добро пожаловать')).toBe(2);
    expect(words('자세한 내용은 새 웹사이트를 확인해 주세요')).toBe(6);
  });

  it('counts a run of Japanese or Chinese by its Han and kana, each at its own rate', () => {
    // one token: 3 Han (詳, 新, 覧) and 14 kana
    expect(tokenize('詳しくは新しいサイトをご覧ください').length).toBe(1);
    expect(words('詳しくは新しいサイトをご覧ください')).toBeCloseTo(3 / HAN_CHARACTERS_PER_WORD + 14 / KANA_CHARACTERS_PER_WORD, 10);
    expect(words('详情请访问我们的新网站')).toBeCloseTo(11 / HAN_CHARACTERS_PER_WORD, 10);
    // half-width katakana and a character of CJK extension B (a surrogate pair) count once each
    expect(count('ｻｲﾄ𠮷野家')).toEqual({ han: 3, kana: 3, southeastAsian: 0 });
  });

  it('counts a run of Thai by its characters, marks included, digits not', () => {
    const thai = 'ดูรายละเอียดเพิ่มเติม';
    expect(words(thai)).toBeCloseTo(thai.length / SOUTHEAST_ASIAN_CHARACTERS_PER_WORD, 10);
    expect(count('๑๒๓').southeastAsian).toBe(0);
  });

  it('counts about as many words as the English translation has', () => {
    // parallel pitches and notes; the English word counts in the comments
    expect(Math.round(words('今すぐクリック'))).toBe(2); // click now
    expect(Math.round(words('こちらをクリック'))).toBe(2); // click here
    expect(Math.round(words('ここをクリックしてください'))).toBe(3); // please click here
    expect(Math.round(words('คลิกที่นี่เลย'))).toBe(2); // click here now
    expect(Math.round(words('当選しました！こちらから受け取り'))).toBe(5); // you won! claim it here
    expect(Math.round(words('恭喜您中奖了，点击领取'))).toBe(6); // congratulations, you won, click to claim
    expect(Math.round(words('詳しくは新しいサイトをご覧ください。お問い合わせはお気軽にどうぞ。'))).toBe(10); // for details see our new site. feel free to contact us.
  });

  it('counts a run of one repeated character once', () => {
    expect(count('ああああああああ').kana).toBe(1);
    expect(count('𠮷𠮷𠮷').han).toBe(1);
    expect(count('คคคคคค').southeastAsian).toBe(1);
    expect(count('あいあい').kana).toBe(4);
  });

  it('does not count the prolonged sound mark or the voicing marks, nor let them break a run', () => {
    expect(count('セールーーーーーーー').kana).toBe(2);
    expect(count('ｾｰﾙｰｰｰ').kana).toBe(2);
    expect(count('か\u3099か\u3099か\u3099か\u3099').kana).toBe(1);
    expect(count('か\u309bき\u309cく').kana).toBe(3);
    expect(words('セールーーーーーーー')).toBe(1);
  });

  it('counts the katakana middle dot and double hyphen as no kana: they are punctuation', () => {
    expect(count('東京・大阪')).toEqual({ han: 4, kana: 0, southeastAsian: 0 });
    expect(count('・・・゠')).toEqual({ han: 0, kana: 0, southeastAsian: 0 });
    expect(count('ジョン・スミス').kana).toBe(6);
  });

  it('counts a token of one or two characters as one word, never less', () => {
    expect(words('今')).toBe(1);
    expect(words('はい')).toBe(1);
  });

  it('leaves Latin letters of a mixed token to the run they sit in', () => {
    expect(words('Tシャツ')).toBe(1);
    expect(count('Tシャツ')).toEqual({ han: 0, kana: 3, southeastAsian: 0 });
  });
});

describe('englishCharacters', () => {
  /** The English characters of every token of `text`, summed. */
  const english = (text: string): number => {
    let sum = 0;
    for (const token of tokenize(text)) sum += englishCharacters(text, token.start, token.end);
    return sum;
  };

  it('counts a token of a spaced script, or a number, by its length', () => {
    expect(english('Spring sale: 50 items')).toBe('Springsale50items'.length);
    expect(english('Ưu đãi mùa xuân')).toBe('Ưuđãimùaxuân'.length); // Vietnamese letters past U+0E00
  });

  it('counts a run of Japanese, Chinese or Thai as its English words would have them', () => {
    expect(english('今すぐクリック')).toBeCloseTo(words('今すぐクリック') * ENGLISH_CHARACTERS_PER_WORD, 10);
    expect(english('详情请访问我们的新网站')).toBeCloseTo((11 / HAN_CHARACTERS_PER_WORD) * ENGLISH_CHARACTERS_PER_WORD, 10);
    expect(english('คลิกที่นี่เลย 2026')).toBeCloseTo(words('คลิกที่นี่เลย') * ENGLISH_CHARACTERS_PER_WORD + 4, 10);
  });

  it('gives a sentence about as many characters as its English translation has', () => {
    // "For details, see our new website." has 26 characters in its words
    const japanese = Math.round(english('詳しくは新しいサイトをご覧ください'));
    const chinese = Math.round(english('详情请访问我们的新网站'));
    for (const count of [japanese, chinese]) expect(Math.abs(count - 26)).toBeLessThanOrEqual(8);
    expect(japanese).toBeGreaterThan('詳しくは新しいサイトをご覧ください'.length);
  });
});
