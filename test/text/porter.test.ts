import english from 'natural/lib/natural/stemmers/porter_stemmer.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack as en } from '../../core/data/en.ts';
import { isPorterWord, stemEnglish } from '../../core/text/porter.ts';
import { tokenize } from '../../core/text/tokenize.ts';

const SEED = 20261203;

/** Suffixes each step of the Porter algorithm looks for, and stems that sit on its edges (measure 0, 1, ½, CVC endings, y). */
const SUFFIXES = [
  'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism',
  'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness',
  'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'al', 'er', 'ic', 'ou',
  'sion', 'tion', 'eed', 'ed', 'ing', 'sses', 'ies', 's', 'y', 'e', 'll',
];
const STEMS = [
  'b', 'by', 'bya', 'yb', 'ay', 'tr', 'tre', 'hop', 'fil', 'fail', 'sy', 'syzyg', 'xyy', 'y', 'a', 'e', 'str', 'cry', 'plai', 'ab',
  'generaliz', 'relat', 'condit', 'valen', 'digit', 'triplic', 'electr', 'sensibil', 'adopt', 'replac', 'oscill', 'control', 'roll',
  'ciz', 'bl', 'at', 'iz', 'ss', 'fuss', 'ow', 'box', 'tax',
];

function expectSame(words: Iterable<string>): void {
  const differ: string[] = [];
  for (const word of words) {
    if (!isPorterWord(word)) continue;
    const expected = english.stem(word);
    if (stemEnglish(word) !== expected) differ.push(`${word}: natural ${expected}, ours ${stemEnglish(word)}`);
  }
  expect(differ.slice(0, 20)).toEqual([]);
}

describe('stemEnglish (natural’s Porter stemmer without its regexes)', () => {
  it('stems like natural on the words of the English wordlists', () => {
    const words = new Set<string>();
    for (const list of [...en.phrases, ...en.optOut.phrases]) for (const token of tokenize(list.phrase)) words.add(token.norm);
    expect(words.size).toBeGreaterThan(500);
    expectSame(words);
  });

  it('stems like natural on every stem × suffix × suffix of the algorithm’s edges', () => {
    const words: string[] = [];
    for (const stem of STEMS) for (const first of SUFFIXES) for (const second of ['', ...SUFFIXES]) words.push(stem + first + second);
    expectSame(words);
  });

  it('stems like natural on random words', () => {
    const letters = fc.constantFrom(...'aeiouybcdlstnmrgzxwpkvfhjq', ..."aeiouyslt0129'-_.$@~[`", ...'éñß’\u0131\u0130Ee');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 16 }), (chars) => {
        const word = chars.join('');
        if (isPorterWord(word)) expect(stemEnglish(word)).toBe(english.stem(word));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('takes only words in lower case, without line breaks', () => {
    expect(['word', 'abc', "don't", 'w0rd', 'don’t', 'wörd', 'straße'].map(isPorterWord)).toEqual([true, true, true, true, true, true, true]);
    expect(['Word', 'wÖrd', '\u0130', 'a\nb', 'a\u2028b', ''].map(isPorterWord)).toEqual([false, false, false, false, false, false]);
  });
});
