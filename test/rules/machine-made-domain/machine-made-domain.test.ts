import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule, withLinkCopies } from '../test-rule.ts';

testRule('machine-made-domain', import.meta.dirname);

describe('machine-made-domain details', () => {
  const analyzer = createAnalyzer();
  const hits = (html: string) => ruleById('machine-made-domain').check(analyzer.context({ html }));
  const kinds = (html: string) =>
    hits(html).map((hit) => (/long run of digits/.test(hit.message) ? 'hex' : /seven consonants/.test(hit.message) ? 'consonants' : /mixed at random/.test(hit.message) ? 'mixed' : hit.message));

  it('names why the label looks generated: digits, consonants, or a digit-letter mix', () => {
    expect(kinds('<a href="http://a1b2c3d4e5.example/">x</a>')).toEqual(['hex']);
    expect(kinds('<a href="http://bcdfgjklm.example/">x</a>')).toEqual(['consonants']);
    expect(kinds('<a href="http://offer7deals9now.example/">x</a>')).toEqual(['mixed']);
  });

  it('follows SpamAssassin URI_HEX: hex with three letters a–f in a row is a word, not a number', () => {
    expect(hits('<a href="http://decade12345.example/">x</a>')).toEqual([]);
    expect(hits('<a href="http://1234abcdef.example/">x</a>')).toEqual([]);
  });

  it('counts h and y as vowels (URI_NOVOWEL), so German and Welsh names pass', () => {
    expect(hits('<a href="http://www.schwartzschild.example/">x</a>')).toEqual([]);
    expect(hits('<a href="http://www.llwynypia.example/">x</a>')).toEqual([]);
  });

  it('leaves out the public suffix, IP addresses and short numbered names', () => {
    expect(hits('<a href="http://192.168.123.234/">x</a>')).toEqual([]);
    expect(hits('<a href="http://shop2024.example/">x</a>')).toEqual([]);
  });

  it('reports one finding per domain', () => {
    expect(hits('<a href="http://bcdfgjklm.example/a">x</a> <a href="http://www.bcdfgjklm.example/b">y</a>')).toHaveLength(1);
  });
});

describe('machine-made-domain reports a domain once, by the links fact\'s numbers or by a Set', () => {
  // Three generated registrable names, one under two hosts and three hrefs (one repeated), between
  // readable ones.
  const html = [
    'http://bcdfgjklm.example/a',
    'http://www.readable.example/',
    'http://www.bcdfgjklm.example/b',
    'http://a1b2c3d4e5.example/',
    'http://bcdfgjklm.example/a',
    'http://offer7deals9now.example/x?y=1',
    'http://mail.bcdfgjklm.example/c',
    'http://shop.readable.example/',
  ]
    .map((href) => `<a href="${href}">link</a>`)
    .join(' ');
  const context = createAnalyzer().context({ html });
  const copies = withLinkCopies(context);
  const rule = ruleById('machine-made-domain');

  it('numbers the parsed links, not the copies', () => {
    expect(context.facts.links.domains).not.toBeNull();
    expect(copies.facts.links.domains).toBeNull();
  });

  it('finds the first link to each of the three names, on the parsed message and on its copies', () => {
    for (const hits of [rule.check(context), rule.check(copies)]) {
      expect(hits.map((hit) => hit.evidence)).toEqual(['http://bcdfgjklm.example/a', 'http://a1b2c3d4e5.example/', 'http://offer7deals9now.example/x?y=1']);
    }
    expect(rule.check(copies)).toEqual(rule.check(context));
  });
});
