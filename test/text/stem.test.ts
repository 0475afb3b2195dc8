import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStemmer, STEMMED_LANGUAGES } from '../../core/text/stem.ts';
import { tokenize } from '../../core/text/tokenize.ts';

describe('createStemmer', () => {
  it('stems the same with or without a memory, in every language, for words seen once or again', () => {
    const text = 'Winners WINNING gratuité Gratuitement Angebote angeboten ofertas ofertas relational 2024 don’t';
    for (const language of STEMMED_LANGUAGES) {
      const remembering = createStemmer(language);
      const forgetful = createStemmer(language, false);
      const words = [...tokenize(text)].map((token) => token.norm);
      for (const word of [...words, ...words]) expect(forgetful(word)).toBe(remembering(word));
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (word) => {
        expect(createStemmer('en', false)(word)).toBe(createStemmer('en')(word));
      }),
      { seed: 20261204, numRuns: 500 },
    );
  });

  it('folds diacritics and passes numbers through', () => {
    const stem = createStemmer('fr', false);
    expect(stem('gratuité')).not.toMatch(/[^\x00-\x7f]/);
    expect(stem('2024')).toBe('2024');
  });
});
