import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/index.ts';
import { scriptOf } from '../../../core/rules/phrases/unchecked-language.ts';
import { testRule } from '../test-rule.ts';

testRule('unchecked-language', import.meta.dirname);

const fixture = (path: string) => readFileSync(join(import.meta.dirname, path), 'utf8');
const finding = (report: ReturnType<typeof analyze>) => report.findings.find((entry) => entry.rule === 'unchecked-language');

describe('unchecked-language', () => {
  it('names the script a text is mostly written in', () => {
    expect(scriptOf('今すぐクリック！完全無料で現金プレゼント！期間限定')).toBe('ja');
    expect(scriptOf('您的订单已经发货，预计三个工作日内送达，请注意查收')).toBe('zh');
    expect(scriptOf('주문하신 상품이 오늘 발송되었습니다 감사합니다 고객님')).toBe('ko');
    expect(scriptOf('ขอบคุณสำหรับการสั่งซื้อของคุณ')).toBe('th');
    expect(scriptOf('Ευχαριστούμε για την παραγγελία σας')).toBe('el');
    expect(scriptOf('תודה רבה על ההזמנה שלכם מהחנות')).toBe('he');
    expect(scriptOf('شكرا لكم على طلبكم من متجرنا اليوم')).toBe('arab');
    expect(scriptOf('Спасибо за ваш заказ в нашем магазине')).toBe('cyrl');
    expect(scriptOf('आपके ऑर्डर के लिए धन्यवाद हम जल्द भेजेंगे')).toBe('deva');
  });

  it('names no script for Latin text, styled letters, too few letters or a minority of them', () => {
    expect(scriptOf('Thank you for your order, it ships today')).toBeNull();
    expect(scriptOf('𝐏𝐥𝐞𝐚𝐬𝐞 𝐮𝐩𝐝𝐚𝐭𝐞 𝐲𝐨𝐮𝐫 𝐩𝐚𝐲𝐦𝐞𝐧𝐭 𝐝𝐞𝐭𝐚𝐢𝐥𝐬')).toBeNull();
    expect(scriptOf('ありがとうございます')).toBeNull();
    expect(scriptOf(`${'Thank you for the quote, we will go ahead with the second option. '.repeat(2)}株式会社サンプル営業部東京支店担当`)).toBeNull();
  });

  it('judges the script over the whole text, not its start, and wants few Latin words', () => {
    const japanese = '本メールは機密情報を含む場合があります。宛先以外の方が受信された場合は、お手数ですが送信者にご連絡の上、本メールを削除してください。';
    const english = 'Thanks for the update, the samples arrived today and look good, we will confirm the order by Friday. ';
    // A short English mail with a long Japanese disclaimer: more Japanese letters, but 20 English words.
    expect(scriptOf(fixture('pass/english-with-japanese-disclaimer.txt'))).toBeNull();
    // Japanese first, English after the first thousand characters.
    expect(scriptOf(japanese.repeat(16) + english.repeat(30))).toBeNull();
    // Long texts are read in windows spread across them: English at the start, Japanese after.
    expect(scriptOf(english.repeat(20) + japanese.repeat(400))).toBe('ja');
    expect(scriptOf(japanese.repeat(400) + english.repeat(400))).toBeNull();
    // A Japanese text may name a few things in Latin letters.
    expect(scriptOf(`${japanese} iPhone 15 Pro ${japanese}`)).toBe('ja');
  });

  it('names no Latin-script language from a list of names or addresses in an English mail', () => {
    for (const path of ['pass/english-italian-attendees.txt', 'pass/english-italian-addresses.txt']) expect(finding(analyze({ text: fixture(path) })), path).toBeUndefined();
    expect(finding(analyze({ text: fixture('fail/italian-order.txt') }))?.evidence).toBe('language: it');
  });

  it('is advice: the score is the same with the rule off', () => {
    const input = { text: fixture('fail/japanese-pitch.txt') };
    const report = analyze(input);
    expect(finding(report)?.points).toBe(0);
    expect(report.score).toBe(analyze(input, { rules: { 'unchecked-language': 'off' } }).score);
  });

  it('says when the languages asked for leave out the language of the text', () => {
    const text = fixture('pass/german-order.txt');
    expect(finding(analyze({ text }))).toBeUndefined();
    expect(finding(analyze({ text }, { languages: ['en', 'auto'] }))).toBeUndefined();
    expect(finding(analyze({ text }, { languages: ['de'] }))).toBeUndefined();
    const left = finding(analyze({ text }, { languages: ['en'] }));
    expect(left?.evidence).toBe('language: de');
    expect(left?.message).toContain('(German)');
    expect(left?.message).toMatch(/^Only phrases in English were read in this text \(German\): its language is not among those chosen/);
    expect(left?.suggestion).toContain('Add German');
    expect(finding(analyze({ text }, { languages: ['en'], locale: 'fr' }))?.suggestion).toMatch(/^Ajoutez l’allemand aux langues/);
    expect(finding(analyze({ text }, { languages: ['en'], locale: 'es' }))?.suggestion).toMatch(/^Añada el alemán a los idiomas/);
  });

  it('lists the languages it has in the reader\'s language', () => {
    const text = fixture('fail/japanese-pitch.txt');
    expect(finding(analyze({ text }))?.message).toMatch(/^Only phrases in English were read in this text \(Japanese\): spamrisk has word lists for English, .+, and .+; the other checks still ran/);
    expect(finding(analyze({ text }, { locale: 'de' }))?.message).toMatch(/\(Japanisch\).*nur Formulierungen auf Englisch gelesen.*Wortlisten für Englisch, .+ und /);
    expect(finding(analyze({ text }, { locale: 'fr' }))?.message).toMatch(/^Seules les formulations en anglais ont été lues dans ce texte \(japonais\).*pour l’anglais, l’allemand, l’espagnol et le français\u00a0;/);
    expect(finding(analyze({ text }, { locale: 'es' }))?.message).toMatch(/\(japonés\) solo se leyeron las frases en inglés.*para el inglés, el alemán, el español y el francés;/);
  });

  it('says the phrases were not checked only when no language with a full list was read', () => {
    const text = fixture('fail/japanese-pitch.txt');
    expect(finding(analyze({ text }, { languages: ['pt'] }))?.message).toMatch(/^The phrases of this text \(Japanese\) were not checked/);
    expect(finding(analyze({ text }, { languages: ['en', 'de'] }))?.message).toMatch(/^Only phrases in English and German were read/);
  });

  it('says only the lures were read in a language with lures only', () => {
    const message = finding(analyze({ text: fixture('fail/portuguese-offer.txt') }))?.message;
    expect(message).toMatch(/^Of the phrases in Portuguese, only the scam lures were read in this text/);
  });
});
