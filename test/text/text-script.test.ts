import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textScript } from '../../core/text/text-script.ts';
import { tokenize } from '../../core/text/tokenize.ts';

describe('textScript', () => {
  it('names the script a text is mostly written in', () => {
    expect(textScript('今すぐクリック！完全無料で現金プレゼント！期間限定')).toBe('ja');
    expect(textScript('您的订单已经发货，预计三个工作日内送达，请注意查收')).toBe('zh');
    expect(textScript('주문하신 상품이 오늘 발송되었습니다 감사합니다 고객님')).toBe('ko');
    expect(textScript('ขอบคุณสำหรับการสั่งซื้อของคุณ')).toBe('th');
    expect(textScript('Ευχαριστούμε για την παραγγελία σας')).toBe('el');
    expect(textScript('תודה רבה על ההזמנה שלכם מהחנות')).toBe('he');
    expect(textScript('شكرا لكم على طلبكم من متجرنا اليوم')).toBe('arab');
    expect(textScript('Спасибо за ваш заказ в нашем магазине')).toBe('cyrl');
    expect(textScript('आपके ऑर्डर के लिए धन्यवाद हम जल्द भेजेंगे')).toBe('deva');
  });

  it('names no script for Latin text, styled letters, too few letters or a minority of them', () => {
    expect(textScript('Thank you for your order, it ships today')).toBeNull();
    expect(textScript('𝐏𝐥𝐞𝐚𝐬𝐞 𝐮𝐩𝐝𝐚𝐭𝐞 𝐲𝐨𝐮𝐫 𝐩𝐚𝐲𝐦𝐞𝐧𝐭 𝐝𝐞𝐭𝐚𝐢𝐥𝐬')).toBeNull();
    expect(textScript('ありがとうございます')).toBeNull();
    expect(textScript(`${'Thank you for the quote, we will go ahead with the second option. '.repeat(2)}株式会社サンプル営業部東京支店担当`)).toBeNull();
  });

  it('judges the script over the whole text, not its start, and wants few Latin words', () => {
    const japanese = '本メールは機密情報を含む場合があります。宛先以外の方が受信された場合は、お手数ですが送信者にご連絡の上、本メールを削除してください。';
    const english = 'Thanks for the update, the samples arrived today and look good, we will confirm the order by Friday. ';
    // A short English mail with a long Japanese disclaimer: more Japanese letters, but 20 English words.
    expect(textScript(readFileSync(join(import.meta.dirname, '../rules/unchecked-language/pass/english-with-japanese-disclaimer.txt'), 'utf8'))).toBeNull();
    // Japanese first, English after the first thousand characters.
    expect(textScript(japanese.repeat(16) + english.repeat(30))).toBeNull();
    // Long texts are read in windows spread across them: English at the start, Japanese after.
    expect(textScript(english.repeat(20) + japanese.repeat(400))).toBe('ja');
    expect(textScript(japanese.repeat(400) + english.repeat(400))).toBeNull();
    // A Japanese text may name a few things in Latin letters.
    expect(textScript(`${japanese} iPhone 15 Pro ${japanese}`)).toBe('ja');
  });


  it('counts the words of another script as word-count.ts does', () => {
    const latin = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    // 8 × 46 characters of kana-heavy Japanese: 90 Han at 1.7 a word and 250 kana at 4.4 make about
    // 110 words, room for 11 Latin ones (at 2 characters a word, as before, 188 words and 18).
    const japanese = 'ご注文いただきありがとうございます。商品は明日発送いたします。お届けまでしばらくお待ちください。'.repeat(8);
    expect(textScript(`${japanese} ${latin(11)}`)).toBe('ja');
    expect(textScript(`${japanese} ${latin(14)}`)).toBeNull();
    // Chinese is all Han, at 1.7 a word: 8 × 32 characters are about 150 words, room for 15.
    const chinese = '感谢您的订购，我们将在明天发货，请耐心等待送达，如有问题请联系客服。'.repeat(8);
    expect(textScript(`${chinese} ${latin(14)}`)).toBe('zh');
    expect(textScript(`${chinese} ${latin(17)}`)).toBeNull();
    // A spaced script counts a word a word, not its letters by five.
    const russian = 'Спасибо за ваш заказ, товар будет отправлен завтра, пожалуйста подождите доставки. '.repeat(10);
    expect(textScript(`${russian} ${latin(11)}`)).toBe('cyrl');
    expect(textScript(`${russian} ${latin(13)}`)).toBeNull();
  });

  it('reads words in look-alike letters as the Latin words they disguise, given the tokens', () => {
    const spoof = readFileSync(join(import.meta.dirname, '../rules/unchecked-language/pass/lookalike-spoof-body.txt'), 'utf8');
    // English typed in Cyrillic, Greek and Armenian look-alikes: Cyrillic by its letters, English as the phrase rules read it.
    expect(textScript(spoof)).toBe('cyrl');
    expect(textScript(spoof, tokenize(spoof))).toBeNull();
    expect(textScript('РауРаl Ассоunt', tokenize('РауРаl Ассоunt'), 4)).toBeNull();
    // Russian is not read as look-alikes: few of its words are made of them alone.
    const russian = 'Спасибо за ваш заказ, товар будет отправлен завтра, пожалуйста подождите доставки.';
    expect(textScript(russian, tokenize(russian))).toBe('cyrl');
    expect(textScript('Скидки только сегодня', tokenize('Скидки только сегодня'), 4)).toBe('cyrl');
  });

  it('reads the katakana middle dot as punctuation, not as kana', () => {
    // `・` separates names in Chinese as in Japanese: one does not make a Chinese text Japanese.
    expect(textScript('感谢您的订购，我们将在明天发货，请联系约翰・史密斯')).toBe('zh');
    // A list bulleted with `・` has only the letters of its items (15 here, under 20).
    expect(textScript('・会議室\n・資料\n・名札\n・飲み物\n・筆記用具\n・延長コード')).toBeNull();
  });

  it('reads the lengthening mark of kana as no letter, not a Latin one', () => {
    // `ー` is of the Common script, as styled Latin letters are; `セールーー` is one Japanese word, no Latin one.
    const sale = Array.from({ length: 14 }, () => 'セールーー').join(' ');
    expect(textScript(`本日限定のセールです ${sale}`)).toBe('ja');
  });
});
