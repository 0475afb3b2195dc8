// The look-alike and leet maps come from wordlists/global/ (generated into core/data/characters.ts);
// isLeetSymbol answers the tokenizer's hot path without a lookup, so it must name exactly the
// symbols of the leet list: a symbol added to one and not the other would be mapped but never kept
// inside a word, or kept but never mapped.
import { describe, expect, it } from 'vitest';
import { confusableLetters, leet } from '../../core/data/characters.ts';
import { CONFUSABLE_LETTERS, LEET, isLeetSymbol } from '../../core/text/characters.ts';
import { tokenize } from '../../core/text/tokenize.ts';

const ALPHANUMERIC = /^[\p{L}\p{M}\p{N}]$/u;

describe('character maps from the wordlists', () => {
  it('hold every entry of the generated lists, and nothing else', () => {
    expect([...CONFUSABLE_LETTERS]).toEqual(confusableLetters.map(({ from, to }) => [from, to]));
    expect([...LEET]).toEqual(leet.map(({ from, to }) => [from, to]));
  });

  it('every symbol of the leet list is a leet symbol', () => {
    const symbols = [...LEET.keys()].filter((char) => !ALPHANUMERIC.test(char));
    expect(symbols.length).toBeGreaterThan(0);
    for (const char of symbols) expect([char, isLeetSymbol(char.codePointAt(0) ?? 0)]).toEqual([char, true]);
  });

  it('every leet symbol is in the leet list', () => {
    const symbols: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isLeetSymbol(code)) symbols.push(String.fromCharCode(code));
    expect(symbols.length).toBeGreaterThan(0);
    for (const char of symbols) expect([char, LEET.has(char)]).toEqual([char, true]);
  });

  it('the tokenizer reads the lists: Cyrillic look-alikes and leet symbols come out as the Latin word', () => {
    const norms = (text: string) => {
      const tokens = tokenize(text);
      return Array.from({ length: tokens.length }, (_, index) => tokens.norm(index));
    };
    expect(norms('раураl')).toEqual(['paypal']);
    expect(norms('fr€e c@sh')).toEqual(['free', 'cash']);
  });
});
