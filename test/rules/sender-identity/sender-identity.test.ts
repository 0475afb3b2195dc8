import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('sender-identity', import.meta.dirname);

describe('sender-identity', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('sender-identity');
  const newsletter = loadFixture(`${import.meta.dirname}/fail/newsletter-own-domain.json`);

  it('is reassuring and gives at most one point back, so it cannot cancel a strong spam signal', () => {
    expect(rule.weight).toBeLessThan(0);
    expect(Math.abs(rule.weight) * rule.cap).toBeLessThanOrEqual(1);
    const points = analyzer.analyze(newsletter, { rules: { 'sender-identity': { points: rule.weight } } }).findings.find((finding) => finding.rule === 'sender-identity')?.points;
    expect(points).toBe(rule.weight);
  });

  it('needs the way out to lead back to the From domain: an opt-out link or a List-Unsubscribe URI on it', () => {
    const fires = (input: typeof newsletter) => rule.check(analyzer.context(input)).length > 0;
    expect(fires(newsletter)).toBe(true);
    const html = newsletter.html ?? '';
    const unsubscribe = 'https://www.harbour-outdoor.co.uk/unsubscribe?u=77';
    // The same opt-out on another domain identifies no one…
    const elsewhere = html.replace(unsubscribe, 'https://optout.example-lists.net/u?77');
    expect(fires({ ...newsletter, html: elsewhere })).toBe(false);
    // …unless the List-Unsubscribe header (RFC 2369) leads back to the sender, by web or mailto.
    for (const uri of ['<https://harbour-outdoor.co.uk/u/77>', '<mailto:u-77@lists.harbour-outdoor.co.uk>', '<https://esp.example/u/1>, <mailto:leave@harbour-outdoor.co.uk>']) {
      expect(fires({ ...newsletter, html: elsewhere, headers: { ...newsletter.headers, 'List-Unsubscribe': uri } })).toBe(true);
    }
    expect(fires({ ...newsletter, html: elsewhere, headers: { ...newsletter.headers, 'List-Unsubscribe': '<mailto:harbour-outdoor.co.uk@esp.example>' } })).toBe(false);
  });

  it('asks that more than a third of the links go to the From domain: news links to sister sites, a borrowed identity links elsewhere', () => {
    const fires = (input: typeof newsletter) => rule.check(analyzer.context(input)).length > 0;
    const html = newsletter.html ?? '';
    // 2 of 3 links to the sender, then 1 of 3 (the unsubscribe link alone).
    const partner = html.replace('https://www.harbour-outdoor.co.uk/stores', 'https://maps.example-maps.com/harbour');
    expect(fires({ ...newsletter, html: partner })).toBe(true);
    const borrowed = partner.replace('https://www.harbour-outdoor.co.uk/autumn', 'https://shop.example-partner.com/autumn');
    expect(fires({ ...newsletter, html: borrowed })).toBe(false);
    // A list mail with no web links at all is judged by its List-Unsubscribe header.
    const plain = { ...newsletter, html: '<p>Our autumn range is in.</p>', headers: { ...newsletter.headers, 'List-Unsubscribe': '<mailto:leave@harbour-outdoor.co.uk>' } };
    expect(fires(plain)).toBe(true);
  });

  it('identifies no one by the tenant domain of a shared host, nor by a display name that is another domain', () => {
    const fires = (input: typeof newsletter) => rule.check(analyzer.context(input)).length > 0;
    const html = newsletter.html ?? '';
    // every tenant of web.app shares the registrable domain web.app: one tenant's links and opt-out are not another's
    const tenants = html.replaceAll('www.harbour-outdoor.co.uk', 'shop-deals.web.app').replaceAll('harbour-outdoor.co.uk', 'shop-deals.web.app');
    const onTenant = { ...newsletter, html: tenants, headers: { ...newsletter.headers, From: 'Harbour Outdoor <news@acct-verify.web.app>', 'List-Unsubscribe': '<https://unsub-now.web.app/u>' } };
    expect(fires(onTenant)).toBe(false);
    // …while a sender on its own domain with the same mail is identified
    const own = tenants.replaceAll('shop-deals.web.app', 'harbour-outdoor.co.uk');
    expect(fires({ ...newsletter, html: own })).toBe(true);
    // a display name that is another domain names someone else; the sender's own domain names itself
    expect(fires({ ...newsletter, headers: { ...newsletter.headers, From: 'apple.com <news@harbour-outdoor.co.uk>' } })).toBe(false);
    expect(fires({ ...newsletter, headers: { ...newsletter.headers, From: 'Harbour-Outdoor.co.uk <news@harbour-outdoor.co.uk>' } })).toBe(true);
  });
});
