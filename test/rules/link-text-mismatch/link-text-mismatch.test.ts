import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('link-text-mismatch', import.meta.dirname);

describe('link-text-mismatch details', () => {
  const analyzer = createAnalyzer();
  const strengths = (text: string, href: string): number[] =>
    ruleById('link-text-mismatch')
      .check(analyzer.context({ html: `<p>Go to <a href="${href}">${text}</a> now.</p>` }))
      .map((hit) => hit.strength ?? 1);

  it('scores a mismatch by rspamd PHISHING weight: 1 unit for an unrelated target, 2 for one that imitates the text', () => {
    expect(strengths('www.example.org', 'https://collector.zzqv.net/')).toEqual([1]);
    // Sign-in wording and an IP address as the target no longer weigh more: rspamd gives them the unrelated weight.
    expect(strengths('https://example.org/account/login', 'https://collector.zzqv.net/')).toEqual([1]);
    expect(strengths('www.example.org', 'http://192.0.2.8/')).toEqual([1]);
    expect(strengths('www.paypal.com', 'https://paypall.com/')).toEqual([2]);
    expect(strengths('www.paypal.com', 'https://paypa1.com/')).toEqual([1.96]);
    // Partly shared letters: rspamd's tanh band, between the two.
    expect(strengths('www.example.org', 'https://other.sample.net/')).toEqual([1.24]);
  });

  it('counts one mismatch a message, the strongest, as rspamd counts PHISHING once', () => {
    const hits = ruleById('link-text-mismatch')
      .check(
        analyzer.context({
          html: '<p><a href="https://a.zzqv.net/">www.example.org</a> <a href="https://paypal1.com/">www.paypal.com</a> <a href="https://b.qqxw.net/">www.example.com</a></p>',
        }),
      )
      .map((hit) => hit.strength ?? 1);
    expect(hits).toEqual([0, 2, 0]);
  });

  it('weighs the first 100 distinct domain pairs by edit distance, later ones as unrelated names', () => {
    const lookalike = '<a href="https://paypall.com/">www.paypal.com</a>';
    const unrelated = Array.from({ length: 100 }, (_, index) => `<a href="https://q${index}.zzqv.net/">www.example${index}.org</a>`).join(' ');
    const top = (html: string) =>
      Math.max(...ruleById('link-text-mismatch').check(analyzer.context({ html: `<p>${html}</p>` })).map((hit) => hit.strength ?? 1));
    expect(top(`${lookalike} ${unrelated}`)).toBe(2);
    expect(top(`${unrelated} ${lookalike}`)).toBe(1);
  });

  it('keeps ESP click tracking as advice (no points)', () => {
    expect(strengths('www.example.org', 'https://tracking.list-manage.com/track/click?u=1&id=2')).toEqual([0]);
    expect(strengths('www.example.org', 'https://email.sender.sample.net/c/eJxVj0')).toEqual([0]);
  });

  it('counts the same name under another suffix for less (regional site or cousin domain)', () => {
    expect(strengths('www.example.org', 'https://www.example.org.uk/')).toEqual([0.5]);
    expect(strengths('paypal.com', 'https://paypal.co/login')).toEqual([0.5]);
  });

  it('ignores the same registrable domain and text that is not an address', () => {
    expect(strengths('example.org', 'https://shop.example.org/sale')).toEqual([]);
    expect(strengths('Professional ASP.NET Web Services', 'https://books.example.com/1861007752')).toEqual([]);
  });
});
