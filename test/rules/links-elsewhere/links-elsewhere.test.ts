import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('links-elsewhere', import.meta.dirname);

describe('links-elsewhere', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('links-elsewhere');
  const lure = loadFixture(`${import.meta.dirname}/fail/parcel-lure.json`);

  it('names the one destination, the From domain and how many links go there', () => {
    const [hit, ...more] = rule.check(analyzer.context(lure));
    expect(more).toEqual([]);
    expect(hit?.evidence).toBe('https://parcel-release.example/track?id=88');
    expect(hit?.message).toContain('(2 links) goes to `parcel-release.example`, none to `kaufhaus-marktplatz.example`');
  });

  it('is silent on plain-text mail, which mailing lists and people write', () => {
    const text = { ...lure, html: undefined, text: 'Your parcel could not be delivered: https://parcel-release.example/track?id=88' };
    expect(rule.check(analyzer.context(text))).toEqual([]);
  });
});
