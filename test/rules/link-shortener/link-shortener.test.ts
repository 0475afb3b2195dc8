import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('link-shortener', import.meta.dirname);

describe('link-shortener details', () => {
  const analyzer = createAnalyzer();
  const evidence = (html: string): string[] => ruleById('link-shortener').check(analyzer.context({ html })).map((hit) => hit.evidence);

  it('matches a listed host and its subdomains, once per URL', () => {
    expect(evidence('<a href="https://bit.ly/abc">a</a> <a href="https://bit.ly/abc">again</a>')).toEqual(['https://bit.ly/abc']);
    expect(evidence('<a href="https://go.bit.ly/abc">a</a>')).toEqual(['https://go.bit.ly/abc']);
  });

  it('does not match a host that merely contains a shortener name', () => {
    expect(evidence('<a href="https://bit.ly.example.com/abc">a</a> <a href="https://notbit.ly/abc">b</a>')).toEqual([]);
  });
});
