import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/index.ts';
import { LINK_ADDRESS_LIMIT } from '../../../core/message/links.ts';
import { testRule } from '../test-rule.ts';

testRule('unchecked-links', import.meta.dirname);

/** A count as the report writes it in `locale`. */
const number = (locale: string, value: number): string => new Intl.NumberFormat(locale).format(value);
const finding = (report: ReturnType<typeof analyze>) => report.findings.find((entry) => entry.rule === 'unchecked-links');
/** `count` different anchors, `item N` each, from `from` on. */
const anchors = (from: number, count: number, hidden = false): string =>
  Array.from({ length: count }, (_, index) => `<a href="https://shop.example/item/${from + index}"${hidden ? ' style="display:none"' : ''}>item ${from + index}</a>`).join('\n');

describe('unchecked-links', () => {
  it('points at the first link to an address past the limit, as advice', () => {
    const html = `<p>${anchors(0, LINK_ADDRESS_LIMIT + 5)}</p>`;
    const report = analyze({ html });
    const found = finding(report);
    expect(found).toMatchObject({ category: 'structure', points: 0, evidence: `https://shop.example/item/${LINK_ADDRESS_LIMIT}` });
    expect(found?.message).toContain(`Only ${number('en', LINK_ADDRESS_LIMIT)} of the ${number('en', LINK_ADDRESS_LIMIT + 5)} different addresses`);
    expect(html.slice(found?.location?.start, found?.location?.end)).toBe(`https://shop.example/item/${LINK_ADDRESS_LIMIT}`);
    expect(report.score).toBe(analyze({ html }, { rules: { 'unchecked-links': 'off' } }).score);
  });

  it('counts addresses, not links: ten thousand addresses linked twice each are all checked', () => {
    expect(finding(analyze({ html: `${anchors(0, LINK_ADDRESS_LIMIT)}\n${anchors(0, LINK_ADDRESS_LIMIT)}` }))).toBeUndefined();
  });

  it('keeps stats.links exact past the limit: every address the reader sees, hidden ones aside', () => {
    const html = `<p>${anchors(0, LINK_ADDRESS_LIMIT + 7)}</p><p>${anchors(LINK_ADDRESS_LIMIT + 7, 3, true)}</p><p><a href="#top">top</a></p>`;
    const { stats } = analyze({ html });
    expect(stats.links).toBe(LINK_ADDRESS_LIMIT + 7);
  });

  it('keeps the words of every URL written in the text out of the prose, checked or not', () => {
    const urls = Array.from({ length: LINK_ADDRESS_LIMIT + 100 }, (_, index) => `http://a.example/page/${index}`).join('\n');
    const { stats } = analyze({ text: `Here are the pages we moved this week\n${urls}` });
    // eight words of prose (`Here are the pages we moved this week`), every URL's words aside
    expect(stats.links).toBe(LINK_ADDRESS_LIMIT + 100);
    expect(stats.linksPerWord).toBe((LINK_ADDRESS_LIMIT + 100) / 8);
  });

  it('speaks the report language', () => {
    const found = finding(analyze({ html: anchors(0, LINK_ADDRESS_LIMIT + 1) }, { locale: 'fr' }));
    expect(found?.message.startsWith(`Seules ${number('fr', LINK_ADDRESS_LIMIT)} des ${number('fr', LINK_ADDRESS_LIMIT + 1)} adresses`)).toBe(true);
  });
});

describe('past the bound, no claim of absence rests on links that were not read', () => {
  /** A catalogue of LINK_ADDRESS_LIMIT different items, then a footer whose only opt-out is a link by its address. */
  const catalogue = (footer: string): string =>
    `<html><body><h1>Our catalogue</h1><p>Here is everything we sell this season, with prices and pictures.</p>${anchors(0, LINK_ADDRESS_LIMIT)}${footer}</body></html>`;
  const footer = '<p>ACME Ltd, 12 Main Street, Springfield, IL 62701, USA. <a href="https://shop.example/unsubscribe?u=42">Click here</a></p>';

  it('finds an opt-out link past the bound: missing-unsubscribe does not fire, gmail-clipping names it', () => {
    const html = catalogue(footer);
    const report = analyze({ html });
    expect(finding(report)?.evidence).toBe('https://shop.example/unsubscribe?u=42');
    expect(report.findings.map((entry) => entry.rule)).not.toContain('missing-unsubscribe');
    const clipped = report.findings.find((entry) => entry.rule === 'gmail-clipping' && entry.message.includes('unsubscribe link'));
    expect(clipped?.message).toContain('`Click here`');
    expect(html.slice(clipped?.location?.start, clipped?.location?.end)).toBe('<a href="https://shop.example/unsubscribe?u=42">');
  });

  it('finds one by its text too: gmail-clipping names it', () => {
    const byText = analyze({ html: catalogue('<p><a href="https://shop.example/u/42">Unsubscribe</a></p>') });
    expect(byText.findings.find((entry) => entry.rule === 'gmail-clipping' && entry.message.includes('unsubscribe link'))?.message).toContain('`Unsubscribe`');
  });
});

describe('what counts toward the bound, and what is checked first', () => {
  const phish =
    '<p>Dear customer, your PayPal account is limited. <a href="http://paypa1-secure-login.top/signin?u=1">https://www.paypal.com/signin</a> Verify now or your account will be closed.</p>';
  /** Whether a finding other than unchecked-links' own points at the phishing link: it was checked. */
  const checksPhish = (report: ReturnType<typeof analyze>): boolean =>
    report.findings.some((entry) => entry.rule !== 'unchecked-links' && entry.evidence.includes('paypa1-secure-login.top'));

  it('does not count in-page anchors and empty hrefs, which go nowhere', () => {
    const inPage = Array.from({ length: LINK_ADDRESS_LIMIT }, (_, index) => `<a href="#s${index}"></a><a href=""></a>`).join('');
    const report = analyze({ html: `<html><body>${inPage}${phish}</body></html>` });
    expect(finding(report)).toBeUndefined();
    expect(checksPhish(report)).toBe(true);
  });

  it('checks the addresses of the links the reader sees before those of hidden links', () => {
    const report = analyze({ html: `<html><body><div style="display:none">${anchors(0, LINK_ADDRESS_LIMIT)}</div>${phish}</body></html>` });
    expect(checksPhish(report)).toBe(true);
    // the visible phishing link and the first hidden ones make the limit: the last hidden address is the first left
    expect(finding(report)?.evidence).toBe(`https://shop.example/item/${LINK_ADDRESS_LIMIT - 1}`);
  });
});

