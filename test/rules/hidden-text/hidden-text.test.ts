import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('hidden-text', import.meta.dirname);

describe('hidden-text edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('hidden-text');
  const check = (html: string) => rule.check(analyzer.context({ html }));
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}x`).join(' ');
  const body = '<p>Thanks for your order. Your parcel ships tomorrow and should arrive within three working days.</p>';

  it('leaves a preheader of up to 60 words alone, but not a longer one', () => {
    expect(check(`<div style="display:none">${words(60)}</div>${body}`)).toEqual([]);
    expect(check(`<div style="display:none">${words(61)}</div>${body}`)).toHaveLength(1);
  });

  it('counts hidden text of any length outside the preheader', () => {
    expect(check(`${body}<div style="display:none">${words(1)}</div>`)).toHaveLength(1);
    expect(check(`${body}<div style="display:none">${words(20)}</div>`)).toHaveLength(1);
  });

  it('counts a preheader only for its trigger phrases, and less than the same words hidden elsewhere', () => {
    const strength = (html: string) => check(html).reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
    const pitch = 'Act now and claim your prize';
    expect(strength(`<div style="display:none">Your March statement is ready</div>${body}`)).toBe(0);
    const inPreheader = strength(`<div style="display:none">${pitch}</div>${body}`);
    const elsewhere = strength(`${body}<div style="display:none">${pitch}</div>`);
    expect(inPreheader).toBeGreaterThan(0);
    expect(elsewhere).toBeGreaterThan(inPreheader);
  });

  it('grows with the amount hidden', () => {
    const strength = (n: number) => check(`${body}<div style="visibility:hidden">${words(n)}</div>`)[0]?.strength ?? 0;
    expect(strength(100)).toBeGreaterThan(strength(30));
    expect(strength(30)).toBeGreaterThan(strength(1));
  });

  it('weighs each way of hiding by how sure it is: display over colour over low contrast', () => {
    const strength = (style: string) => check(`${body}<div style="${style}">${words(30)}</div>`)[0]?.strength ?? 0;
    const display = strength('display:none');
    const colour = strength('color:#ffffff');
    const faint = strength('color:#f0f0f0');
    expect(display).toBeGreaterThan(colour);
    expect(colour).toBeGreaterThan(faint);
    expect(faint).toBeGreaterThan(0);
    // Readable grey is neither hidden nor faint.
    expect(check(`${body}<div style="color:#999999">${words(30)}</div>`)).toEqual([]);
  });

  it('reads hiding from <style> classes, ids and tags, and the cascade that overrides it', () => {
    expect(check(`<style>.h{display:none}</style>${body}<span class="h">${words(3)}</span>`)).toHaveLength(1);
    expect(check(`<style>#x{visibility:hidden}</style>${body}<p id="x">${words(3)}</p>`)).toHaveLength(1);
    expect(check(`<style>span.h{color:#fff}</style>${body}<span class="a h">${words(3)}</span>`)).toHaveLength(1);
    // An inline style wins over a class, an !important class rule over an inline style.
    expect(check(`<style>.h{display:none}</style>${body}<span class="h" style="display:inline">${words(3)}</span>`)).toEqual([]);
    expect(check(`<style>.h{display:none !important}</style>${body}<span class="h" style="display:inline">${words(3)}</span>`)).toHaveLength(1);
    // A rule for another class, or one that needs the element's ancestors, is not applied.
    expect(check(`<style>.other{display:none} div .h{display:none}</style>${body}<span class="h">${words(3)}</span>`)).toEqual([]);
  });

  it('does not count copy hidden on one screen size and shown on the other by a media query', () => {
    const css = '<style>.m{display:none}@media (max-width:480px){.m{display:block!important}}</style>';
    expect(check(`${css}${body}<div class="m">${words(10)}</div>`)).toEqual([]);
    expect(check(`<style>.m{display:none}@media print{.other{display:block}}</style>${body}<div class="m">${words(10)}</div>`)).toHaveLength(1);
  });

  it('does not call text hidden when its background is one we cannot read', () => {
    expect(check(`${body}<td style="background:{{brand}}"><span style="color:#fff">${words(5)}</span></td>`)).toEqual([]);
    expect(check(`${body}<td style="background:linear-gradient(#000,#333)"><span style="color:#fff">${words(5)}</span></td>`)).toEqual([]);
  });

  it('leaves hidden template syntax alone', () => {
    expect(check(`${body}<span style="font-size:0">{% for item in cart.items %}</span><p>More text for the reader to see here.</p>`)).toEqual([]);
  });

  it('counts a hidden fallback: its words are the sender\'s, not the tag\'s', () => {
    const pitch = 'harbor pencil orbit velvet canyon meadow';
    for (const tag of [`[[x OR "${pitch}"]]`, `[[data:x:"${pitch}"]]`, `[x,fallback=${pitch}]`, `{{ x | default: "${pitch}" }}`]) {
      expect(check(`${body}<div style="display:none">${tag}</div>`), tag).toHaveLength(1);
    }
    expect(check(`${body}<div style="display:none">[[x OR ""]] [Harbor_Pencil] %ORBIT_VELVET%</div>`)).toEqual([]);
  });

  it('counts hidden text that looks like a merge tag in a whole message: its tags were filled in before it was sent', () => {
    const hidden = `${body}<div style="display:none">[Harbor_Pencil] %ORBIT_VELVET% {{ canyon meadow }} [[lantern_pepper]]</div>`;
    expect(check(hidden)).toEqual([]);
    expect(rule.check(analyzer.context({ html: hidden, headers: { from: 'Shop <news@shop.example>' } }))).toHaveLength(1);
    expect(rule.check(analyzer.context({ html: hidden, headers: { received: 'from mx.shop.example by mx.example' } }))).toHaveLength(1);
  });
});

describe('hidden-text and phrases that count only in company (company40)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('hidden-text');
  const check = (html: string) => rule.check(analyzer.context({ html }));
  const strength = (html: string) => check(html).reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
  const body = '<p>Dear student, the Office of Financial Aid has reviewed your application. Log in to the student portal to review your grants.</p>';

  it('leaves a preheader alone whose only phrase is a company-only one without company', () => {
    expect(check(`<div style="display:none">Your 2027-28 award notification is now available.</div>${body}`)).toEqual([]);
    // beside a second one it is scam wording, slipped past the reader, as before
    expect(check(`<div style="display:none">Award notification: drawn by our computer ballot.</div>${body}`)[0]?.message).toContain('2 trigger phrases');
  });

  it('weighs such a phrase hidden elsewhere as its words only', () => {
    const lone = strength(`${body}<div style="display:none">Your 2027-28 award notification is now available.</div>`);
    const plain = strength(`${body}<div style="display:none">Your 2027-28 grant statement is now available.</div>`);
    expect(lone).toBeGreaterThan(0);
    expect(lone).toBe(plain);
    expect(check(`${body}<div style="display:none">Your 2027-28 award notification is now available.</div>`)[0]?.message).not.toContain('trigger phrase');
  });
});

describe('hidden-text and lures the sender warns against (warned41)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('hidden-text');
  const check = (html: string) => rule.check(analyzer.context({ html }));
  const strength = (html: string) => check(html).reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
  const body = '<p>Hello Sam,</p><p>Your monthly wallet statement for November is ready in the app. Nothing changed in your settings.</p>';

  it('leaves a preheader alone whose only phrase is a warned lure', () => {
    expect(check(`<div style="display:none">Reminder: we will never ask for your seed phrase.</div>${body}`)).toEqual([]);
    // the sender's own request, hidden, is a hidden trigger phrase as before
    expect(check(`<div style="display:none">Reminder: confirm your seed phrase today.</div>${body}`)[0]?.message).toContain('1 trigger phrase');
  });

  it('weighs a warned lure hidden elsewhere as its words only', () => {
    const warned = strength(`${body}<div style="display:none">Reminder: we will never ask for your seed phrase.</div>`);
    const plain = strength(`${body}<div style="display:none">Reminder: we will never ask for your shoe size.</div>`);
    expect(warned).toBeGreaterThan(0);
    expect(warned).toBe(plain);
  });
});
