import { describe, expect, it } from 'vitest';
import { createPhraseMatcher, phraseKeys, tokenStems, type PhraseDefinition } from '../../core/phrases/matcher.ts';
import { createStemmer } from '../../core/text/stem.ts';
import { tokenize } from '../../core/text/tokenize.ts';

const def = (phrase: string, sureness = 1, language = 'en'): PhraseDefinition => ({ phrase, category: 'money', sureness, language });

function matches(text: string, phrases: PhraseDefinition[], language = 'en') {
  const matcher = createPhraseMatcher(language, phrases, createStemmer(language));
  const tokens = tokenize(text);
  return matcher.match(tokens, tokenStems(tokens, createStemmer(language))).map((hit) => [text.slice(hit.start, hit.end), hit.definition.phrase]);
}

describe('phrase matcher', () => {
  it('matches stems, case and look-alike spellings in one pass', () => {
    expect(matches('You are a WINNER! Winners get a CA$H bonus', [def('winner'), def('cash bonus')])).toEqual([
      ['WINNER', 'winner'],
      ['Winners', 'winner'],
      ['CA$H bonus', 'cash bonus'],
    ]);
  });

  it('prefers the longest phrase at a position and does not overlap hits', () => {
    expect(matches('act now and act now before it ends', [def('act now'), def('act now before'), def('now')])).toEqual([
      ['act now', 'act now'],
      ['act now before', 'act now before'],
    ]);
  });

  it('does not match inside a longer word or across a partial phrase', () => {
    expect(matches('freedom and free-ish, cash flow', [def('free'), def('cash bonus')])).toEqual([['free', 'free']]);
  });

  it('starts no phrase on a token `startsNot` names, asks it only of a token that starts one, and lets a phrase run across it', () => {
    const text = 'free gift, big free gift, free';
    const tokens = tokenize(text);
    const matcher = createPhraseMatcher('en', [def('free gift'), def('big free gift'), def('gift')], createStemmer('en'));
    const asked: number[] = [];
    const startsNot = (index: number) => {
      asked.push(index);
      return index === 0 || index === 5;
    };
    const columns = matcher.matchColumns(tokens, tokenStems(tokens, createStemmer('en')), startsNot);
    const hits = Array.from({ length: columns.length }, (_, at) => [columns.firsts[at], columns.lasts[at], matcher.definitions[columns.ids[at] ?? -1]?.phrase]);
    // "free" (0) starts nothing, so "gift" (1) does; "big free gift" (2-5) crosses token 3; the last "free" (5) starts nothing
    expect(hits).toEqual([[1, 2, 'gift'], [2, 5, 'big free gift']]);
    expect(asked).toEqual([0, 1, 2, 5]);
  });

  it('reads a typographic apostrophe as the lists\' ASCII one (word processors and phones type it)', () => {
    expect(matches('Gagnez de l’argent facilement', [def("gagnez de l'argent", 1, 'fr')], 'fr')).toEqual([['Gagnez de l’argent', "gagnez de l'argent"]]);
    expect(matches('You’re a winner', [def("you're a winner")])).toEqual([['You’re a winner', "you're a winner"]]);
  });

  it('stems and folds accents in other languages', () => {
    expect(matches('Offre GRATUITE et cadeaux gratuits', [def('gratuit', 1, 'fr'), def('cadeau gratuit', 1, 'fr')], 'fr')).toEqual([
      ['GRATUITE', 'gratuit'],
      ['cadeaux gratuits', 'cadeau gratuit'],
    ]);
  });

  it('keeps the surer of two entries with the same stems, whatever their order', () => {
    const a = createPhraseMatcher('en', [def('winner', 0.5), def('winners', 2)], createStemmer('en'));
    const b = createPhraseMatcher('en', [def('winners', 2), def('winner', 0.5)], createStemmer('en'));
    const tokens = tokenize('winner');
    expect(a.match(tokens, tokenStems(tokens, createStemmer('en')))[0]?.definition.sureness).toBe(2);
    expect(b.match(tokens, tokenStems(tokens, createStemmer('en')))[0]?.definition.sureness).toBe(2);
    expect(a.size).toBe(1);
  });

  it('uses the keys a definition brings instead of stemming its phrase again', () => {
    const stem = createStemmer('en');
    expect(phraseKeys('free gifts', stem)).toEqual(['free', 'gift']);
    // Keys that disagree with the phrase show which one the trie was built from.
    const matcher = createPhraseMatcher('en', [{ ...def('free gift'), keys: ['cash', 'bonu'] }], stem);
    expect(matches('a free gift', [{ ...def('free gift'), keys: ['free', 'gift'] }])).toEqual([['free gift', 'free gift']]);
    const tokens = tokenize('a cash bonus, a free gift');
    expect(matcher.match(tokens, tokenStems(tokens, stem)).map((hit) => hit.start)).toEqual([2]);
  });

  it('finds the phrase one word is: a one-word phrase by its stem, or several words written together', () => {
    const stem = createStemmer('en');
    const matcher = createPhraseMatcher('en', [def('winner'), def('order now'), def('cash bonus')], stem);
    expect(matcher.word('winners', stem)?.phrase).toBe('winner');
    expect(matcher.word('ordernow', stem)?.phrase).toBe('order now');
    expect(matcher.word('cash', stem)).toBeNull();
    expect(matcher.word('order', stem)).toBeNull();
  });

  it('keeps hits past the first thousands in order, however their density changes (columns made in chunks)', () => {
    // Sparse hits first (the column's first chunk is sized from them, far too small), then dense
    // ones, so the hits go on over several chunks joined at the end; then dense ones from the start.
    const matcher = createPhraseMatcher('en', [def('cash bonus'), def('act now')], createStemmer('en'));
    for (const [sparse, dense] of [[5000, 150_000], [0, 80_000]] as const) {
      const words: string[] = [];
      const expected: number[] = [];
      for (let i = 0; i < sparse; i++) {
        expected.push(words.length);
        words.push('cash', 'bonus', 'and', 'some', 'plain', 'words', 'that', 'say', 'nothing', 'much', 'at', 'all');
      }
      for (let i = 0; i < dense; i++) {
        expected.push(words.length);
        words.push('act', 'now');
      }
      const tokens = tokenize(words.join(' '));
      const hits = matcher.matchColumns(tokens, tokenStems(tokens, createStemmer('en')));
      expect(hits.length).toBe(sparse + dense);
      const firsts = Array.from({ length: hits.length }, (_, i) => hits.firsts[i]);
      const lasts = Array.from({ length: hits.length }, (_, i) => hits.lasts[i]);
      const phrases = new Set(Array.from({ length: hits.length }, (_, i) => hits.definitions[hits.ids[i] ?? -1]?.phrase));
      expect(firsts).toEqual(expected);
      expect(lasts).toEqual(expected.map((first) => first + 2));
      expect(phrases).toEqual(new Set(sparse > 0 ? ['cash bonus', 'act now'] : ['act now']));
    }
  });
});
