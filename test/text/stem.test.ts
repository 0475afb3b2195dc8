import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStemmer, foldDiacritics, foldsAsItself, NOT_ITSELF } from '../../core/text/stem.ts';

describe('createStemmer', () => {
  // Expected stems from the reference Porter algorithm as natural's PorterStemmer gives them (the
  // port must match it): Porter's own examples for each step, and the edges of steps 1b and 5
  // (double consonants, a final e kept or dropped by the measure of the stem).
  const PORTER: Readonly<Record<string, string>> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat',
    feed: 'feed', agreed: 'agre', plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing',
    conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', hissing: 'hiss', fizzed: 'fizz',
    failing: 'fail', filing: 'file', happy: 'happi', sky: 'sky',
    relational: 'relat', conditional: 'condit', rational: 'ration', valenci: 'valenc', digitizer: 'digit',
    operator: 'oper', generalization: 'gener', triplicate: 'triplic', formative: 'form', electriciti: 'electr',
    hopeful: 'hope', goodness: 'good', revival: 'reviv', allowance: 'allow', inference: 'infer',
    airliner: 'airlin', adjustable: 'adjust', defensible: 'defens', irritant: 'irrit', replacement: 'replac',
    adoption: 'adopt', homologou: 'homolog', communism: 'commun', activate: 'activ', angulariti: 'angular',
    effective: 'effect', bowdler: 'bowdler',
    probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll', roller: 'roller',
    fall: 'fall', dress: 'dress',
  };

  it('stems English as the reference Porter algorithm does, with or without a memory', () => {
    for (const stem of [createStemmer('en'), createStemmer('en', false)]) {
      // Twice: the second pass is served from the memory when the stemmer keeps one.
      for (let pass = 0; pass < 2; pass += 1) {
        for (const [word, expected] of Object.entries(PORTER)) expect(stem(word), `${word}, pass ${pass + 1}`).toBe(expected);
      }
    }
  });

  it('gives the same stem from its memory as without one, in every language', () => {
    const words: Readonly<Record<string, readonly string[]>> = {
      fr: ['gratuitement', 'promotions', 'offertes'],
      de: ['kostenlosen', 'Angeboten', 'Gewinnspiele'],
      es: ['gratuitamente', 'ofertas', 'promociones'],
    };
    for (const [language, list] of Object.entries(words)) {
      const remembering = createStemmer(language);
      const fresh = createStemmer(language, false);
      for (let pass = 0; pass < 2; pass += 1) {
        for (const word of list) expect(remembering(word), `${language} ${word}`).toBe(fresh(word));
      }
    }
  });

  it('folds diacritics and passes numbers through', () => {
    const stem = createStemmer('fr', false);
    expect(stem('gratuité')).not.toMatch(/[^\x00-\x7f]/);
    expect(stem('2024')).toBe('2024');
  });
});

describe('foldDiacritics', () => {
  const slow = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

  it('folds accents away, as the normalisations do', () => {
    for (const word of ['gratuité', 'münchen', 'señor', 'Ёлка', 'й', 'e\u0301', 'が', 'ｐａｙ', 'пример', '日本。jp']) expect(foldDiacritics(word)).toBe(slow(word));
    expect(foldDiacritics('gratuité')).toBe('gratuite');
  });

  it('writes ß and ẞ as ss, as the German stemmer does: Straße, STRASSE and strasse fold alike', () => {
    const fold = (word: string) => foldDiacritics(word.toLowerCase());
    expect(fold('Straße')).toBe('strasse');
    expect(fold('STRASSE')).toBe('strasse');
    expect(fold('STRAẞE')).toBe('strasse');
    expect(foldDiacritics('ẞ')).toBe('ss');
    expect(fold('Größe')).toBe('grosse');
    expect(createStemmer('de')('straße')).toBe(createStemmer('de')('strasse'));
  });

  it('leaves as they are only units that no decomposition splits or ends with, and no mark', () => {
    // Every unit a canonical decomposition ends with (a unit after it could compose with it) or splits.
    const composing = new Set<number>();
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const parts = [...char.normalize('NFD')];
      if (parts.length === 1 && parts[0] === char) continue;
      composing.add(code);
      for (const part of parts.slice(1)) composing.add(part.codePointAt(0) ?? 0);
    }
    let checked = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (!foldsAsItself(code)) continue;
      const char = String.fromCharCode(code);
      expect(composing.has(code), `U+${code.toString(16)}`).toBe(false);
      expect(/\p{M}/u.test(char), `U+${code.toString(16)}`).toBe(false);
      expect(slow(`a${char}${char}b`)).toBe(`a${char}${char}b`);
      checked++;
    }
    expect(checked).toBeGreaterThan(21000);
    expect(foldsAsItself(0xfc)).toBe(false);
    expect(foldsAsItself(0x439)).toBe(false);
    expect(foldsAsItself(0x200b)).toBe(true);
    expect(foldsAsItself(0x2000)).toBe(false);
    // foldDiacritics finds the first unit to fold by a search of the same units
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (NOT_ITSELF.test(String.fromCharCode(code)) === foldsAsItself(code)) differing.push(code);
    expect(differing).toEqual([]);
  });

  describe('text of Latin-1 letters and units that fold as themselves, folded a letter at a time', () => {
    const full = (text: string): string => slow(text).replace(/[ßẞ]/gu, 'ss');
    const latin1 = Array.from({ length: 0x40 }, (_, i) => String.fromCharCode(0xc0 + i));
    const others = [...'aZ09 .-@/', ...'ЖжЁё', '\u00a0', '\u00bf', '\u200b', '\u200d', '\u2060', ...'日本', ...'ｐＡ１', '。'];

    it('each Latin-1 letter decomposes, if at all, to an ASCII letter and marks, and ends no decomposition', () => {
      const ends = new Set<number>();
      for (let code = 0; code <= 0x10ffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        for (const part of [...String.fromCodePoint(code).normalize('NFD')].slice(1)) ends.add(part.codePointAt(0) ?? 0);
      }
      for (const letter of latin1) {
        const [base = '', ...marks] = [...letter.normalize('NFD')];
        expect(base === letter || /^[A-Za-z]$/.test(base), letter).toBe(true);
        expect(marks.every((mark) => /\p{M}/u.test(mark)), letter).toBe(true);
        expect(ends.has(letter.charCodeAt(0)), letter).toBe(false);
      }
    });

    it('every pair, and generated words, as the normalisations fold them', () => {
      for (const a of [...latin1, ...others]) for (const b of latin1) for (const pair of [a + b, b + a]) expect(foldDiacritics(pair), pair).toBe(full(pair));
      fc.assert(
        // With units that take the normalisations' way too (a mark, `ő`, `ẞ`, `Й`).
        fc.property(fc.array(fc.constantFrom(...latin1, ...others, '\u0301', 'ő', 'ẞ', 'Й'), { maxLength: 12 }), (chars) => {
          const word = chars.join('');
          expect(foldDiacritics(word)).toBe(full(word));
        }),
        { seed: 20261206, numRuns: 5000 },
      );
      expect(foldDiacritics('Münchener Straße, señor, gratuité, Ærø')).toBe('Munchener Strasse, senor, gratuite, Ærø');
    });
  });
});
