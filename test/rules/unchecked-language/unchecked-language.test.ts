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
    expect(left?.message).toContain('reads the phrases of English only');
    expect(left?.suggestion).toContain('Add German');
  });

  it('lists the languages it has in the reader\'s language', () => {
    const text = fixture('fail/japanese-pitch.txt');
    expect(finding(analyze({ text }))?.message).toMatch(/^The phrases of this text \(Japanese\) were not checked: spamrisk has word lists for English, .+ and .+; the other checks still ran/);
    expect(finding(analyze({ text }, { locale: 'de' }))?.message).toMatch(/\(Japanisch\).*Wortlisten für Englisch, .+ und /);
    expect(finding(analyze({ text }, { locale: 'fr' }))?.message).toMatch(/\(japonais\).*pour anglais, .+ et /);
    expect(finding(analyze({ text }, { locale: 'es' }))?.message).toMatch(/\(japonés\).*para inglés, .+ y /);
  });

  it('says only the lures were read in a language with lures only', () => {
    const message = finding(analyze({ text: fixture('fail/portuguese-offer.txt') }))?.message;
    expect(message).toMatch(/^Only the scam-lure phrases of this text \(Portuguese\) were checked/);
  });
});
