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

  it('needs every piece: a named sender on its own domain, links to it and an opt-out link', () => {
    const fires = (input: typeof newsletter) => rule.check(analyzer.context(input)).length > 0;
    expect(fires(newsletter)).toBe(true);
    const html = newsletter.html ?? '';
    // Half the links to the From domain is enough; fewer is not.
    const half = html.replace('https://www.harbour-outdoor.co.uk/stores', 'https://maps.example-maps.com/harbour');
    expect(fires({ ...newsletter, html: half })).toBe(true);
    const fewer = half.replace('https://www.harbour-outdoor.co.uk/autumn', 'https://shop.example-partner.com/autumn');
    expect(fires({ ...newsletter, html: fewer })).toBe(false);
  });
});
