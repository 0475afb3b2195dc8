import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/index.ts';
import { loadFixture, testRule } from '../test-rule.ts';

testRule('phishing-phrase', import.meta.dirname);

// Real service notices (a failed card, an expiring password, a full mailbox or cloud store) share
// words with the lures that copy them. Their wording may count, but only at low sureness, and it
// must not pile up into a phrase-density or brand finding.
describe('phishing-phrase on real service notices', () => {
  const folder = join(import.meta.dirname, 'notices');
  for (const name of readdirSync(folder).sort()) {
    it(`${name}: counts little`, () => {
      const report = analyze(loadFixture(join(folder, name)));
      const phishing = report.findings.filter((finding) => finding.rule === 'phishing-phrase');
      const rules = new Set(report.findings.filter((finding) => finding.points > 0).map((finding) => finding.rule));
      expect(phishing.every((finding) => finding.points <= 0.75), JSON.stringify(phishing)).toBe(true);
      expect(rules.has('phrase-density')).toBe(false);
      expect(rules.has('brand-link-mismatch')).toBe(false);
      expect(report.score).toBeLessThan(2.5);
    });
  }
});
