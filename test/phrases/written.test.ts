import { describe, expect, it } from 'vitest';
import { defaultData } from '../../core/data/index.ts';
import { foldedNorms, mayHoldWritten, writtenPhrases } from '../../core/phrases/languages.ts';
import { createPhraseMatcher } from '../../core/phrases/matcher.ts';
import { createStemmer } from '../../core/text/stem.ts';
import { tokenize } from '../../core/text/tokenize.ts';

const matcherOf = (language: string, phrases: string[]) =>
  createPhraseMatcher(language, phrases.map((phrase) => ({ phrase, category: 'test', sureness: 1, language })), createStemmer(language));

describe('writtenPhrases / mayHoldWritten (the gate before a subject is read in a language not the mail\'s)', () => {
  it('holds each phrase\'s words folded, by the matcher\'s index', () => {
    const written = writtenPhrases(matcherOf('es', ['último aviso', 'gratis']));
    expect(written.words).toEqual([['ultimo', 'aviso'], ['gratis']]);
  });

  it('passes a subject with the first two words of a phrase side by side, in any case or accents', () => {
    const written = writtenPhrases(matcherOf('es', ['último aviso de pago']));
    expect(mayHoldWritten(written, foldedNorms(tokenize('RE: Ultimo Aviso!')))).toBe(true);
    expect(mayHoldWritten(written, foldedNorms(tokenize('aviso último')))).toBe(false);
    expect(mayHoldWritten(written, foldedNorms(tokenize('último, pero aviso')))).toBe(false);
  });

  it('folds ß as ss, either side: a phrase listed with ß passes the subject in capitals, a phrase listed with ss the subject with ß', () => {
    const withEszett = writtenPhrases(matcherOf('de', ['heiße aktie']));
    const withSs = writtenPhrases(matcherOf('de', ['heisse aktie']));
    for (const subject of ['HEISSE AKTIE', 'Heiße Aktie', 'heisse aktie', 'HEIẞE AKTIE']) {
      expect(mayHoldWritten(withEszett, foldedNorms(tokenize(subject))), subject).toBe(true);
      expect(mayHoldWritten(withSs, foldedNorms(tokenize(subject))), subject).toBe(true);
    }
    expect(mayHoldWritten(withEszett, foldedNorms(tokenize('heise aktie')))).toBe(false);
  });

  it('never stops a subject that is a listed phrase of two words or more as written (every language of the data)', () => {
    let checked = 0;
    for (const pack of defaultData.languages) {
      const triggers = createPhraseMatcher(pack.language, pack.phrases.map((entry) => ({ ...entry, language: pack.language })), createStemmer(pack.language));
      const written = writtenPhrases(triggers);
      for (const definition of triggers.definitions) {
        const folded = foldedNorms(tokenize(`Re: ${definition.phrase.toUpperCase()} now`));
        if (tokenize(definition.phrase).length < 2) continue;
        checked++;
        expect(mayHoldWritten(written, folded), `${pack.language}: ${definition.phrase}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
