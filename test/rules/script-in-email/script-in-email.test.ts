import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('script-in-email', import.meta.dirname);

describe('script-in-email edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('script-in-email');

  it('reads only real event names as handlers', () => {
    const html = '<table><tr><td oneworld="1" onion="2" online="3">Hello there</td></tr></table>';
    expect(rule.check(analyzer.context({ html }))).toEqual([]);
  });

  it('points at the handler attribute, not the whole tag', () => {
    const html = '<img src="https://example.com/a.png" alt="" onerror="alert(1)">';
    const [hit] = rule.check(analyzer.context({ html }));
    expect(hit?.evidence).toBe('onerror="alert(1)"');
  });
});
