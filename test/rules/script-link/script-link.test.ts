import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('script-link', import.meta.dirname);

describe('script-link values', () => {
  const analyzer = createAnalyzer();
  const strengths = (...hrefs: string[]): number[] =>
    ruleById('script-link')
      .check(
        analyzer.context({
          html: `<p>${hrefs.map((href) => `<a href="${href}">open</a>`).join(' ')}</p>`,
        }),
      )
      .map((hit) => hit.strength ?? 1);

  it('gives a document in a data: link rspamd DATA_URI_OBFU 2.0 points (1 unit), other data: and script links 0.5 (a quarter)', () => {
    expect(strengths('data:text/html;base64,PGgxPkhpPC9oMT4=')).toEqual([1]);
    expect(strengths('data:text/plain,Hello')).toEqual([1]);
    expect(strengths('data:image/png;base64,iVBORw0KGgo=')).toEqual([0.25]);
    expect(strengths('javascript:popUp(1)')).toEqual([0.25]);
    expect(strengths('vbscript:run')).toEqual([0.25]);
  });

  it('counts each kind once a message; later links of a kind are listed with no points', () => {
    expect(strengths('javascript:popUp(1)', 'javascript:popUp(2)', 'data:text/html,a', 'data:text/html,b', 'data:image/gif,x', 'data:image/gif,y')).toEqual([
      0.25, 0, 1, 0, 0.25, 0,
    ]);
  });
});
