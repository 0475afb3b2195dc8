import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('missing-unsubscribe', import.meta.dirname);

describe('missing-unsubscribe points', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('missing-unsubscribe');
  const hitsFor = (name: string) => rule.check(analyzer.context(loadFixture(join(import.meta.dirname, name))));

  it('scores bulk mail and only advises a personal note', () => {
    expect(hitsFor('fail/promo-newsletter-no-opt-out.html')[0]?.strength ?? 1).toBe(1);
    expect(hitsFor('fail/personal-note.txt')[0]?.strength).toBe(0);
  });

  it('suggests the opt-out wording in the language of the mail', () => {
    const [hit] = hitsFor('fail/french-promo.html');
    expect(hit?.suggestion).toContain('Se désabonner');
  });
});
