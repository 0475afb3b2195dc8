import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('missing-list-unsubscribe', import.meta.dirname);

describe('missing-list-unsubscribe', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('missing-list-unsubscribe');

  it('weighs a missing header more than a missing one-click', () => {
    const missing = rule.check(analyzer.context(loadFixture(join(import.meta.dirname, 'fail/no-header.json'))));
    const noOneClick = rule.check(analyzer.context(loadFixture(join(import.meta.dirname, 'fail/no-one-click.json'))));
    expect(missing[0]?.strength ?? 1).toBeGreaterThan(noOneClick[0]?.strength ?? 1);
  });

  it('judges nothing without message headers (a draft)', () => {
    const input = loadFixture(join(import.meta.dirname, 'fail/no-header.json'));
    expect(rule.check(analyzer.context({ html: input.html ?? '' }))).toEqual([]);
  });
});
