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

  it('reads an address in brackets or quotes as the bare address (a user trial: these escaped the rule)', () => {
    const paypal = 'https://www.paypal.com/';
    const target = 'https://evil.example/';
    const bare = strengths(paypal, target);
    expect(bare).toEqual([1]);
    for (const text of [`(${paypal})`, `[${paypal}]`, `&lt;${paypal}&gt;`, `"${paypal}"`, `'${paypal}'`, `«${paypal}»`, `« ${paypal} »`, `“${paypal}”`, `‘${paypal}’`, `「${paypal}」`, `([${paypal}])`, ` ( "${paypal}" ) `, `(www.paypal.com)`, `„${paypal}“`, `»${paypal}«`, `‚${paypal}‘`, `『${paypal}』`, `(${paypal}).`, `"${paypal}",`, `(${paypal})!?`, `[(${paypal}).]`]) {
      expect(strengths(text, target), text).toEqual(bare);
    }
    // Brackets that do not pair, or more than three pairs deep, are not unwrapped.
    for (const text of [`(${paypal}]`, `«${paypal}«`, `"${paypal}'`, `((((${paypal}))))`, `„${paypal}„`, `(${paypal}.`, `(.)`]) {
      expect(strengths(text, target), text).toEqual([]);
    }
  });

  it('leaves an address inside a sentence alone, as rspamd does (only text that starts with the URL is compared)', () => {
    expect(strengths('Log in at https://www.paypal.com/ today', 'https://evil.example/')).toEqual([]);
    expect(strengths('(Log in at https://www.paypal.com/)', 'https://evil.example/')).toEqual([]);
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

  describe('bounds the edit-distance work without letting junk links hide a look-alike', () => {
    const top = (html: string) =>
      Math.max(
        ...ruleById('link-text-mismatch')
          .check(analyzer.context({ html: `<p>${html}</p>` }))
          .map((hit) => hit.strength ?? 1),
      );
    const lookalike = '<a href="https://paypall.com/">www.paypal.com</a>';
    // Names that share too few letters to be alike cost no table at all.
    const unrelated = Array.from({ length: 100 }, (_, index) => `<a href="https://q${index}.zzqv.net/">www.example${index}.org</a>`).join(' ');
    // Names made of the same letters in another order: each fills a 60 × 60 table, 150 of them more than the budget.
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstu';
    const reversed = [...letters].reverse().join('');
    const costly = Array.from({ length: 150 }, (_, index) => `<a href="https://${reversed}${index}.org/">www.${letters}${index}.org</a>`).join(' ');

    it('weighs a look-alike after 100 unrelated mismatches as before them (4.0 points, not 2.0)', () => {
      expect(top(`${lookalike} ${unrelated}`)).toBe(2);
      expect(top(`${unrelated} ${lookalike}`)).toBe(2);
      expect(top(`${unrelated} <a href="https://exampel.org/">www.example.org</a>`)).toBe(2);
    });

    it('weighs a look-alike of a brand first, even after junk that uses the whole budget', () => {
      expect(top(costly)).toBe(1);
      expect(top(`${costly} ${lookalike}`)).toBe(2);
    });

    it('counts a pair of other names beyond the budget as unrelated (the bound on the work)', () => {
      // A 62-letter look-alike needs a 62 × 62 table, more than the budget leaves after the junk.
      const long = `${letters}vwxyz`;
      const longLookalike = `<a href="https://${long.replace('m', 'n')}.org/">www.${long}.org</a>`;
      expect(top(`${longLookalike} ${costly}`)).toBe(2);
      expect(top(`${costly} ${longLookalike}`)).toBe(1);
      // A short one still fits in what is left.
      expect(top(`${costly} <a href="https://exampel.org/">www.example.org</a>`)).toBe(2);
    });
  });

  describe("a link to the sender's own authenticated domain (rspamd skips the DMARC domain)", () => {
    const sisterBrand = (from: string, authentication: string | null) =>
      ruleById('link-text-mismatch')
        .check(
          analyzer.context({
            headers: {
              From: `Acme <news@${from}>`,
              ...(authentication ? { 'Authentication-Results': authentication } : {}),
            },
            subject: 'News',
            html: '<p>Hello, visit <a href="https://www.acmemail.com/offers">www.acme.com</a> for details.</p>',
          }),
        )
        .map((hit) => hit.strength ?? 1);
    const passing = (domain: string) => `mx.example; dkim=pass header.d=${domain}; spf=pass smtp.mailfrom=${domain}; dmarc=pass header.from=${domain}`;

    it('gives no points when the target is the From domain and DMARC passes it', () => {
      expect(sisterBrand('acmemail.com', passing('acmemail.com'))).toEqual([]);
    });

    it('keeps the points from an unrelated sender, or when DMARC does not pass', () => {
      const points = sisterBrand('newsletter.example', passing('newsletter.example'));
      expect(points).toHaveLength(1);
      expect(points[0]).toBeGreaterThan(1);
      expect(sisterBrand('acmemail.com', null)).toEqual(points);
      expect(sisterBrand('acmemail.com', 'mx.example; dkim=pass header.d=acmemail.com; spf=pass; dmarc=fail header.from=acmemail.com')).toEqual(points);
    });
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
