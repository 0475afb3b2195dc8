import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

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
