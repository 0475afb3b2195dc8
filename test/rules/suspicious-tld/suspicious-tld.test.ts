import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('suspicious-tld', import.meta.dirname);

describe('suspicious-tld sureness', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('suspicious-tld');
  const strength = (host: string): number => {
    const hits = rule.check(analyzer.context({ html: `<p>Our catalogue: <a href="https://${host}/spring">spring range</a></p>` }));
    return hits.reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
  };

  it('counts a legacy generic or resold ccTLD that businesses have used for decades far less than a new cheap TLD', () => {
    for (const host of ['www.outdoor-gear.biz', 'www.outdoor-gear.cc', 'www.outdoor-gear.ws', 'www.outdoor-gear.info']) {
      expect(strength(host)).toBeGreaterThan(0); // still reported
      expect(strength(host)).toBeLessThanOrEqual(0.4);
    }
    for (const host of ['outdoor-gear.top', 'outdoor-gear.icu', 'outdoor-gear.tk']) expect(strength(host)).toBeGreaterThanOrEqual(1);
  });
});
