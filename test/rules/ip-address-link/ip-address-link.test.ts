import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('ip-address-link', import.meta.dirname);

describe('ip-address-link details', () => {
  const analyzer = createAnalyzer();
  const strengths = (href: string): number[] =>
    ruleById('ip-address-link')
      .check(analyzer.context({ html: `<p><a href="${href}">Open</a></p>` }))
      .map((hit) => hit.strength ?? 1);

  it('weighs disguised addresses higher and private ones lower', () => {
    expect(strengths('http://203.0.113.9/')).toEqual([1]);
    expect(strengths('http://0313.0.0161.011/')).toEqual([2]); // octal dotted quad
    expect(strengths('http://3405803777/')).toEqual([2]); // decimal
    expect(strengths('http://192.168.1.1/setup')).toEqual([0.5]);
    expect(strengths('https://example.com/203.0.113.9')).toEqual([]);
  });

  it('reports each host once', () => {
    const context = analyzer.context({ html: '<a href="http://203.0.113.9/a">a</a> <a href="http://203.0.113.9/b">b</a>' });
    expect(ruleById('ip-address-link').check(context)).toHaveLength(1);
  });
});
