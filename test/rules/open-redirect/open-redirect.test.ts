import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('open-redirect', import.meta.dirname);

describe('open-redirect details', () => {
  const analyzer = createAnalyzer();
  const strengths = (href: string): number[] =>
    ruleById('open-redirect')
      .check(analyzer.context({ html: `<p><a href="${href}">Open</a></p>` }))
      .map((hit) => hit.strength ?? 1);

  it('scores a listed redirector above a generic url= parameter', () => {
    expect(strengths('https://www.google.com/url?q=https%3A%2F%2Fevil.example.net%2F')).toEqual([1]);
    expect(strengths('https://portal.example.org/go?redirect=https://evil.example.net/')).toEqual([0.6]);
    expect(strengths('https://validator.example.org/check?uri=https://example.com/')).toEqual([0.6]);
  });

  it('ignores redirects that stay on the same site and parameters that are not targets', () => {
    expect(strengths('https://www.google.com/url?q=https://www.google.com/maps')).toEqual([]);
    expect(strengths('https://viewer.example.org/show?doc=https://example.com/file.pdf')).toEqual([]);
  });
});
