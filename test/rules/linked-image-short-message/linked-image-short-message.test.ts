import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleStrength } from '../../../core/score/score.ts';
import { fixtureContext, ruleById, testRule } from '../test-rule.ts';

testRule('linked-image-short-message', import.meta.dirname);

// Decided on the sources (issue 11, docs/rules/image-only.md): a linked picture with next to no
// text fires this rule and image-only, as SpamAssassin fires HTML_SHORT_LINK_IMG_* and
// HTML_IMAGE_ONLY_* on one part; neither yields. Together they stay inside SpamAssassin's score set 0
// sums for a linked picture in under 1 KB of HTML (2.80 = 0.585 + 2.215 up to 3.895 = 1.680 + 2.215).
describe('linked-image-short-message beside image-only', () => {
  const points = (id: string, file: string): number => {
    const rule = ruleById(id);
    return ruleStrength(rule, rule.check(fixtureContext(join(import.meta.dirname, 'fail', file)))) * rule.weight;
  };

  it('both count on a linked banner with a line of text, within SpamAssassin\'s sum for the two rules', () => {
    const linked = points('linked-image-short-message', 'banner.html');
    const imageOnly = points('image-only', 'banner.html');
    expect(linked).toBeGreaterThan(0);
    expect(imageOnly).toBeGreaterThan(0);
    expect(linked + imageOnly).toBeGreaterThanOrEqual(2.8);
    expect(linked + imageOnly).toBeLessThanOrEqual(3.895);
  });
});
