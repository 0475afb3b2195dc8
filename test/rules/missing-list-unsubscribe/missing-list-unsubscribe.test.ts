import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('missing-list-unsubscribe', import.meta.dirname);

describe('missing-list-unsubscribe', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('missing-list-unsubscribe');

  const strip = (html: string) => html.replace(/ ?<a href="[^"]*unsubscribe[^"]*">[^<]*<\/a>/gi, '');
  const strength = (input: ReturnType<typeof loadFixture>) => rule.check(analyzer.context(input))[0]?.strength ?? 1;

  it('weighs a missing header more than a missing one-click', () => {
    const missing = loadFixture(join(import.meta.dirname, 'fail/no-header.json'));
    const noOneClick = loadFixture(join(import.meta.dirname, 'fail/no-one-click.json'));
    expect(strength({ ...missing, html: strip(missing.html ?? '') })).toBeGreaterThan(strength({ ...noOneClick, html: strip(noOneClick.html ?? '') }));
  });

  it('is advice without points when the body offers a visible unsubscribe link', () => {
    const missing = loadFixture(join(import.meta.dirname, 'fail/no-header.json'));
    expect(strength(missing)).toBe(0);
    expect(strength({ ...missing, html: strip(missing.html ?? '') })).toBe(1);
  });

  it('judges nothing without message headers (a draft)', () => {
    const input = loadFixture(join(import.meta.dirname, 'fail/no-header.json'));
    expect(rule.check(analyzer.context({ html: input.html ?? '' }))).toEqual([]);
  });
});
