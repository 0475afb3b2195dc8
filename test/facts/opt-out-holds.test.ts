import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultData } from '../../core/data/index.ts';
import { holds, optOutVocabulary } from '../../core/facts/opt-out.ts';
import { safeDecode } from '../../core/links/inspect.ts';
import { foldDiacritics } from '../../core/text/stem.ts';

/** The reading before optout36: the text, then (past ASCII or decoded) its fold. */
function oldHolds(pattern: RegExp | null, text: string, decode: boolean): boolean {
  if (pattern === null || text === '') return false;
  if (pattern.test(text)) return true;
  const decoded = decode ? safeDecode(text) : text;
  return (decoded !== text || /[^\x00-\x7f]/.test(decoded)) && pattern.test(foldDiacritics(decoded));
}

describe('the opt-out search of an address or a link text (holds)', () => {
  const vocabulary = optOutVocabulary(defaultData.languages);
  const { phrases, addresses } = vocabulary;

  it('has an ASCII vocabulary (or the one search of the fold would not be sound)', () => {
    expect(vocabulary.ascii).toBe(true);
    expect(phrases?.flags).toBe('i');
    expect(addresses?.flags).toBe('i');
    expect(optOutVocabulary([{ ...defaultData.languages[0]!, optOut: { phrases: [{ phrase: 'отписаться' }], addressParts: [], label: 'x' } } as never]).ascii).toBe(false);
  });

  const cases = (pattern: RegExp | null, text: string, decode: boolean): void => {
    expect(holds(pattern, text, decode, true), JSON.stringify(text)).toBe(oldHolds(pattern, text, decode));
  };

  it('reads as before beside, before and inside a word, for each code point of the BMP and each one past it that folds', () => {
    // Past the BMP only code points that decompose or are marks can fold to anything but themselves.
    const differing: string[] = [];
    let checked = 0;
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (code > 0xffff && char.normalize('NFD') === char && !/\p{M}/u.test(char)) continue;
      for (const text of [`${char}unsub`, `unsub${char}`, `un${char}sub`, `u${char}nsubscribe here`]) {
        if (holds(addresses, text, true, true) !== oldHolds(addresses, text, true)) differing.push(text);
        if (holds(phrases, text, false, true) !== oldHolds(phrases, text, false)) differing.push(text);
        checked++;
      }
    }
    expect(differing).toEqual([]);
    expect(checked).toBeGreaterThan(250_000);
    // and a lone surrogate, which no normalisation changes
    cases(addresses, 'un\ud800sub', true);
  });

  it('reads generated addresses and link texts as before', () => {
    const parts = [
      ...['unsub', 'UNSUB', 'opt', 'out', 'opt-out', 'optout', 'désabonner', 'dés', 'abonner', 'abmelden', 'straße', 'remove', 'preferences', 'préférences'],
      ...['u', 'n', 's', 'b', 'e', ' ', '-', '_', '%', '%75', '%C3%A9', '%zz', '/', '.', 'http://', '?x=1&'],
      ...['ü', 'é', 'ß', 'ẞ', '\u0301', '\u0308', '\u200b', '\u00ad', 'K', 'Å', ';', 'ſ', 'ı', 'İ', 'ｕ', 'ｎ', 'и', 'й', '日本', '。', '\ud83d\ude00', 'ǖ', 'ő', 'Ω'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), fc.boolean(), (chosen, decode) => {
        const text = chosen.join('');
        cases(addresses, text, decode);
        cases(phrases, text, decode);
      }),
      { seed: 20261207, numRuns: 30_000 },
    );
  });

  it('finds the words of the vocabulary, folded or not, and nothing in text without them', () => {
    expect(holds(addresses, 'https://x.example/d%C3%A9sabonner', true, true)).toBe(true);
    expect(holds(addresses, 'https://x.example/désabonner', true, true)).toBe(true);
    expect(holds(addresses, 'https://x.example/UNSUB', true, true)).toBe(true);
    expect(holds(phrases, 'Se désabonner', false, true)).toBe(true);
    expect(holds(phrases, 'un\u0301subscribe', false, true)).toBe(true);
    expect(holds(addresses, 'http://bücher1.de/p', true, true)).toBe(false);
    expect(holds(phrases, 'ｕｎｓｕｂｓｃｒｉｂｅ', false, true)).toBe(false);
  });
});
