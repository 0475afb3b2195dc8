import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { decodePunycodeLabel, unicodeHostname } from '../../../core/links/punycode.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('lookalike-domain', import.meta.dirname);

describe('lookalike-domain details', () => {
  const analyzer = createAnalyzer();
  const strengthOf = (href: string): number[] =>
    ruleById('lookalike-domain')
      .check(analyzer.context({ html: `<p>See <a href="${href}">this page</a> today.</p>` }))
      .map((hit) => hit.strength ?? 1);

  it('decodes punycode labels (RFC 3492 samples) and rejects garbage', () => {
    expect(decodePunycodeLabel('mnchen-3ya')).toBe('münchen');
    expect(decodePunycodeLabel('fiqs8s')).toBe('中国');
    expect(decodePunycodeLabel('pypal-4ve')).toBe('pаypal');
    expect(decodePunycodeLabel('zzzz')).toBeNull();
    expect(decodePunycodeLabel('a'.repeat(80))).toBeNull();
    expect(unicodeHostname('www.xn--e1afmkfd.xn--p1ai')).toBe('www.пример.рф');
  });

  it('weighs look-alikes heavily and a plain internationalised name lightly', () => {
    expect(strengthOf('http://xn--pypal-4ve.com/')).toEqual([2]); // Latin + Cyrillic
    expect(strengthOf('http://xn--80ak6aa92e.com/')).toEqual([2]); // аррӏе: all look-alike Cyrillic
    expect(strengthOf('http://𝟜.login.example/')).toEqual([2]); // compatibility digit
    expect(strengthOf('http://xn--e1afmkfd.xn--p1ai/')).toEqual([0.3]); // пример.рф: one script
    expect(strengthOf('https://example.com/xn--path')).toEqual([]);
  });
});
