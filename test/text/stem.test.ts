import { describe, expect, it } from 'vitest';
import { createStemmer } from '../../core/text/stem.ts';

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
