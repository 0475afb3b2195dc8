import { describe, expect, it } from 'vitest';
import { defaultData } from '../../core/data/index.ts';
import { foldedNorms, languagesWritten, writtenPhrases, writtenStarts, type WrittenPhrases } from '../../core/phrases/languages.ts';
import { createPhraseMatcher } from '../../core/phrases/matcher.ts';
import { createStemmer } from '../../core/text/stem.ts';
import { tokenize } from '../../core/text/tokenize.ts';

/** The gate for one language alone. */
const mayHoldWritten = (written: WrittenPhrases, folded: readonly string[]): boolean => languagesWritten(writtenStarts([written]), 1, folded)[0] === 1;

const matcherOf = (language: string, phrases: string[]) =>
  createPhraseMatcher(language, phrases.map((phrase) => ({ phrase, category: 'test', sureness: 1, language })), createStemmer(language));

describe('writtenPhrases / writtenStarts / languagesWritten (the gate before a subject is read in a language not the mail\'s)', () => {
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

  it('answers for several languages at once what each answers alone, by its index', () => {
    const packs = defaultData.languages.filter((pack) => pack.phrases.length > 0);
    const written = packs.map((pack) => writtenPhrases(createPhraseMatcher(pack.language, pack.phrases.map((entry) => ({ ...entry, language: pack.language })), createStemmer(pack.language))));
    const starts = writtenStarts(written);
    // Subjects of two phrases' first words crossed (a phrase's first word, another's second), from every language.
    const words = written.flatMap((one) => one.words.filter((phrase) => phrase.length >= 2));
    let passed = 0;
    let checked = 0;
    for (let index = 0; index < words.length; index += 7) {
      const first = words[index] ?? [];
      const second = words[(index * 31 + 5) % words.length] ?? [];
      for (const folded of [[first[0] ?? '', first[1] ?? ''], ['re', first[0] ?? '', second[1] ?? '', 'x'], [second[0] ?? '', second[1] ?? '', first[0] ?? '']]) {
        const held = languagesWritten(starts, written.length, folded);
        written.forEach((one, language) => {
          checked++;
          expect(held[language] === 1, `${packs[language]?.language}: ${folded.join(' ')}`).toBe(mayHoldWritten(one, folded));
          if (held[language] === 1) passed++;
        });
      }
    }
    expect(packs.length).toBeGreaterThan(2);
    expect(passed).toBeGreaterThan(100);
    expect(passed).toBeLessThan(checked);
  });
});
