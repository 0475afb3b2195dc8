import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules } from '../../../core/index.ts';
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

  // One fixture per kind the rule tells apart, with its strength and its words: a changed strength
  // or a kind judged as another fails here (check() and the columns are compared in hit-columns).
  // The rule's own hits (message ids and data), not ruleById's English.
  const rule = rules.find((candidate) => candidate.id === 'lookalike-domain');
  const verdictOf = (href: string): [number, string, unknown][] =>
    (rule?.check(analyzer.context({ html: `<p>See <a href="${href}">this page</a> today.</p>` })) ?? [])
      .map((hit) => {
        const why = ((hit as { data?: unknown }).data as { why: { messageId: string; data?: Record<string, unknown> } }).why;
        return [hit.strength ?? 1, why.messageId, why.data ?? null];
      });
  it.each([
    ['compatibility', 'http://login𝟜.example.com/', 2, 'compatibility', { normalized: 'login4' }],
    ['Latin mixed with a look-alike script', 'http://xn--pypal-4ve.com/', 2, 'mixed-scripts', { scripts: [{ messageId: 'script', data: { script: 'cyrillic' } }, { messageId: 'script', data: { script: 'latin' } }] }],
    ['Latin mixed with Han (a script the messages call other)', 'http://shop中国.example.com/', 1, 'mixed-scripts', { scripts: [{ messageId: 'script', data: { script: 'latin' } }, { messageId: 'script', data: { script: 'other' } }] }],
    ['Cyrillic mixed with Greek, no Latin', 'http://приμερ.example.com/', 1, 'mixed-scripts', { scripts: [{ messageId: 'script', data: { script: 'cyrillic' } }, { messageId: 'script', data: { script: 'greek' } }] }],
    ['all look-alike letters', 'http://xn--80ak6aa92e.com/', 2, 'all-lookalike', null],
    ['internationalised', 'http://xn--e1afmkfd.xn--p1ai/', 0.3, 'internationalised', null],
    ['an ideographic dot in an ASCII name', 'http://paypal\u3002com/', 2, 'ideographic-dot', { opens: 'paypal.com' }],
    ['a zero-width space', 'http://pay\u200bpal.com/', 2, 'invisible', { opens: 'paypal.com' }],
    ['an ideographic dot in a Japanese name: its labels judged', 'http://例え\u3002jp/', 0.3, 'internationalised', null],
  ])('%s: %s is strength %s, worded %s', (_, href, strength, id, values) => {
    expect(verdictOf(href)).toEqual([[strength, id, values]]);
  });

  it('words the first label of the greatest strength, whatever the order', () => {
    // пример (0.3) before shop中国 (1) before 𝟜 (2): the compatibility label is worded.
    expect(verdictOf('http://пример.shop中国.login𝟜.example.com/').map(([strength, id]) => [strength, id])).toEqual([[2, 'compatibility']]);
    // Two labels of strength 2: the first (all look-alike) is worded, not the later mixed one.
    expect(verdictOf('http://аррӏе.pаypal.com/').map(([strength, id]) => [strength, id])).toEqual([[2, 'all-lookalike']]);
  });
});
