import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('all-caps-text', import.meta.dirname);

describe('all-caps-text edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('all-caps-text');
  const filler = 'we will meet at the office next week to plan the budget and the schedule for the spring';

  it('does not count short acronyms standing alone', () => {
    const text =
      'The CEO and the HR team will send the PDF and the FAQ to the USA and EU offices. ' +
      'IT will move the VPN to the new DNS servers, and the CRM will use SSO from Monday. ' +
      'Ask the API team if you need a new key.';
    expect(rule.check(analyzer.context({ text }))).toEqual([]);
  });

  it('reads no shouting in a template\'s upper-case merge tags, but reads their fallbacks and a sent message\'s text', () => {
    const tags = '*|FNAME|* %FIRSTNAME% %SENDER_ADDRESS% [UNSUBSCRIBE_LINK] %%EMAIL_ADDRESS%% [[FIRSTNAME]] *|LIST:COMPANY|* %ACCOUNT_NUMBER% %ORDER_TOTAL% %TRACKING_URL%';
    const html = `<p>${filler}, ${tags}, ${filler}.</p>`;
    expect(rule.check(analyzer.context({ html }))).toEqual([]);
    // A sent message: what looks like a tag is what the reader sees.
    expect(rule.check(analyzer.context({ html, headers: { from: 'Shop <news@shop.example>' } }))).toHaveLength(1);
    // A fallback is the sender's words, capitals included.
    const shouted = 'THIS IS THE BEST OFFER YOU WILL EVER SEE SO ACT TODAY OR LOSE IT FOREVER';
    expect(rule.check(analyzer.context({ html: `<p>${filler}, [[x OR "${shouted}"]], ${filler}.</p>` }))).toHaveLength(1);
  });

  it('counts short words inside a shouted run', () => {
    const text = `${filler}. GET IT NOW AND SAVE BIG. DO IT NOW OR PAY MORE. ACT FAST. YES YOU CAN.`;
    expect(rule.check(analyzer.context({ text }))).toHaveLength(1);
  });

  it('reads a menu of links side by side as separate labels, not one shouted word', () => {
    const menu = '<a href="https://a.example/j">JACKETS</a><a href="https://a.example/p">PANTS</a><a href="https://a.example/s">SHOES</a>';
    const context = analyzer.context({ html: `<p>${menu}</p><p>${filler}</p>` });
    expect(context.message.text).toContain('JACKETS PANTS SHOES');
  });

  it('weighs capitalised labels and repeats less than capitalised prose', () => {
    const prose = 'READ THIS OFFER CAREFULLY BEFORE YOU DECIDE ANYTHING TODAY';
    const buttons = Array.from({ length: 12 }, (_, i) => `<p><a href="https://shop.example/${i}">BUY NOW</a></p>`).join('');
    const strength = (html: string) => rule.check(analyzer.context({ html })).reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
    const shouted = strength(`<p>${filler}. ${prose}. ${prose.split(' ').reverse().join(' ')}.</p>`);
    expect(shouted).toBeGreaterThan(0);
    expect(strength(`<p>${filler}. ${filler}.</p>${buttons}`)).toBe(0);
    // The same shouted sentence twice counts less than two different ones.
    const twice = strength(`<p>${filler}. ${prose}. ${prose}.</p>`);
    expect(twice).toBeLessThan(shouted);
  });

  it('judges a link as a label by all of its words, even a run that ends before the link does', () => {
    const strength = (html: string) => rule.check(analyzer.context({ html })).reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
    const items = ['JACKETS', 'PANTS', 'SHOES', 'SHIRTS', 'COATS', 'SOCKS', 'HATS', 'BELTS'];
    const page = (tail: string) =>
      `<p>${filler}.</p>` + items.map((item, i) => `<p><a href="https://shop.example/${i}">SAVE ON ${item}. ${tail}</a></p>`).join('');
    // `SAVE ON JACKETS.` ends its run inside the link: in a link of five words it is prose, in one of four a label.
    const prose = strength(page('SHOP NOW'));
    expect(prose).toBeGreaterThan(0);
    expect(strength(page('SHOP'))).toBeLessThan(prose);
  });
});
