import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRegExpSpace } from '../../core/text/characters.ts';
import { TokenFlag, tokenize } from '../../core/text/tokenize.ts';

const norms = (text: string) => tokenize(text).map((token) => token.norm);

describe('tokenize', () => {
  it('splits on anything that is not a letter, mark or digit, keeping offsets', () => {
    const text = 'Hello, wörld! 42 times—café';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Hello', 'wörld', '42', 'times', 'café']);
    expect(norms(text)).toEqual(['hello', 'wörld', '42', 'times', 'café']);
  });

  it('keeps apostrophes inside words, the typographic one read as the ASCII one', () => {
    expect(norms("don't l’offre DON’T")).toEqual(["don't", "l'offre", "don't"]);
    const text = 'l’argent';
    const [token] = tokenize(text);
    expect(text.slice(token!.start, token!.end)).toBe('l’argent');
  });

  it('reads across zero-width and bidi characters inside a word and flags them', () => {
    const [token] = tokenize('fr\u200Bee');
    expect(token?.norm).toBe('free');
    expect(token && token.flags & TokenFlag.Invisible).toBeTruthy();
    const [bidi] = tokenize('via\u202Egra');
    expect(bidi?.norm).toBe('viagra');
  });

  it('does not join words across a long run of invisible characters or spaces', () => {
    expect(norms('a \u200C\u200C b')).toEqual(['a', 'b']);
    expect(norms(`x${'\u200B'.repeat(40)}y`)).toEqual(['x', 'y']);
  });

  it('undoes look-alike letters in mixed-script words', () => {
    const [token] = tokenize('pаypal'); // Cyrillic а
    expect(token?.norm).toBe('paypal');
    expect(token && token.flags & TokenFlag.Confusable).toBeTruthy();
    expect(token && token.flags & TokenFlag.MixedScript).toBeTruthy();
  });

  it('leaves genuine Cyrillic words alone unless every letter is a look-alike', () => {
    expect(norms('привет')).toEqual(['привет']);
    expect(norms('РАУРАL')[0]).toBe('paypal'); // all Cyrillic look-alikes
  });

  it('undoes digit and symbol swaps in words but not in numbers or codes', () => {
    expect(norms('V1agra fr€e $ave c@sh')).toEqual(['viagra', 'free', 'save', 'cash']);
    expect(norms('mp3 2024 4k 100')).toEqual(['mp3', '2024', '4k', '100']);
  });

  it('flags all-caps words of two or more letters', () => {
    const [shout, single, mixed] = tokenize('FREE I Free');
    expect(shout && shout.flags & TokenFlag.Upper).toBeTruthy();
    expect(single && single.flags & TokenFlag.Upper).toBeFalsy();
    expect(mixed && mixed.flags & TokenFlag.Upper).toBeFalsy();
  });

  it('folds full-width and mathematical letters (NFKC)', () => {
    expect(norms('ＦＲＥＥ 𝐟𝐫𝐞𝐞')).toEqual(['free', 'free']);
  });

  it('keeps astral characters intact and offsets in UTF-16 units', () => {
    const text = '😀 go 𝐟𝐫𝐞𝐞';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['go', '𝐟𝐫𝐞𝐞']);
  });
});

describe('TokenList (the column store behind tokenize)', () => {
  const text = 'FREE money, Free MONEY and fr\u200bee money: V1agra x';
  const tokens = tokenize(text);

  it('gives the same token by column, by get() and by iteration', () => {
    const iterated = [...tokens];
    expect(iterated).toHaveLength(tokens.length);
    iterated.forEach((token, index) => {
      expect(tokens.get(index)).toEqual(token);
      expect([tokens.start(index), tokens.end(index), tokens.norm(index), tokens.flags(index)]).toEqual([token.start, token.end, token.norm, token.flags]);
      expect(text.slice(token.start, token.end).replace('\u200b', '').toLowerCase().replace('1', 'i')).toBe(token.norm);
    });
    expect(iterated.map((token) => token.norm)).toEqual(['free', 'money', 'free', 'money', 'and', 'free', 'money', 'viagra', 'x']);
  });

  it('keeps the normal form of each spelling once, and flags per spelling', () => {
    expect(tokens.norms).toEqual(['free', 'money', 'free', 'money', 'and', 'free', 'viagra', 'x']);
    expect(Array.from(tokens.normIds)).toEqual([0, 1, 2, 3, 4, 5, 1, 6, 7]);
    expect(tokens.flags(0) & TokenFlag.Upper).toBeTruthy();
    expect(tokens.flags(2) & TokenFlag.Upper).toBeFalsy();
    expect(tokens.flags(5) & TokenFlag.Invisible).toBeTruthy();
    expect(tokens.flags(7) & TokenFlag.Leet).toBeTruthy();
  });

  it('answers undefined outside its range (no negative indexing) and slices like an array', () => {
    expect(tokens.get(-1)).toBeUndefined();
    expect(tokens.get(tokens.length)).toBeUndefined();
    expect(tokens.get(0.5)).toBeUndefined();
    expect(tokens.slice(1, 3).map((token) => token.norm)).toEqual(['money', 'free']);
    expect(tokens.slice(7).map((token) => token.norm)).toEqual(['viagra', 'x']);
    expect(tokens.filter((token) => token.norm === 'money').map((token) => token.start)).toEqual([5, 17, 33]);
    expect(tokens.some((token) => token.norm === 'x')).toBe(true);
    expect(tokens.some((token) => token.norm === 'y')).toBe(false);
  });

  it('grows past its first guess and trims to what it holds', () => {
    const long = 'a b '.repeat(40_000);
    const many = tokenize(long);
    expect(many.length).toBe(80_000);
    expect(many.starts).toBeInstanceOf(Int32Array); // past 4096 tokens the columns are typed
    expect(many.starts.length).toBe(80_000);
    expect(Array.isArray(tokenize('a few words').starts)).toBe(true);
    expect(many.start(79_999)).toBe(long.length - 2);
    expect(many.norms).toEqual(['a', 'b']);
  });

  it('switches to typed columns at the 4,097th token, not before or after (the loop pushes the head itself)', () => {
    const words = (count: number) => tokenize('w '.repeat(count));
    expect(Array.isArray(words(4096).starts)).toBe(true);
    expect(words(4097).starts).toBeInstanceOf(Int32Array);
    expect(words(4097).flagsOf).toBeInstanceOf(Uint8Array);
    expect(words(4097).starts.length).toBe(4097);
  });

  it('keeps every token, in order, across the typed chunks it fills past 4096 (65,536 a chunk)', () => {
    const words = ['free', 'money', 'now', 'x'];
    const count = 3 * 65_536 + 4096 + 7; // three full chunks and part of a fourth
    const text = Array.from({ length: count }, (_, index) => words[index % 4]).join(' ');
    const tokens = tokenize(text);
    expect(tokens.length).toBe(count);
    expect(tokens.starts.length).toBe(count);
    let at = 0;
    let wrong = 0;
    for (let index = 0; index < count; index++) {
      const word = words[index % 4] ?? '';
      if (tokens.start(index) !== at || tokens.end(index) !== at + word.length || tokens.norm(index) !== word) wrong++;
      at += word.length + 1;
    }
    expect(wrong).toBe(0);
  });

  // Past the head, the columns are sized from how dense the head's tokens were: a denser tail
  // goes on in chunks, a far sparser one is copied out. Both must keep every token.
  it.each([
    ['a sparse head then a dense tail', 'abcdefghijklmnopqrstuvwxyz '.repeat(4096) + 'a '.repeat(1_500_000)],
    ['a dense head then a sparse tail', 'a '.repeat(4096) + 'abcdefghijklmnopqrstuvwxyz '.repeat(10_000)],
    ['an even text', 'free money '.repeat(200_000)],
  ])('keeps every token of %s', (_, text) => {
    const tokens = tokenize(text);
    const expected = [...text.matchAll(/[a-z]+/g)];
    expect(tokens.length).toBe(expected.length);
    for (const column of [tokens.starts, tokens.ends, tokens.flagsOf, tokens.normIds]) expect(column.length).toBe(expected.length);
    let wrong = 0;
    expected.forEach((match, index) => {
      if (tokens.start(index) !== match.index || tokens.end(index) !== match.index + match[0].length || tokens.norm(index) !== match[0]) wrong++;
    });
    expect(wrong).toBe(0);
  });
});

describe('isRegExpSpace', () => {
  it('holds for exactly the code units `\\s` matches, every space of Unicode included', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });
});

describe('TokenList.indexFrom, indexEndingAfter and indexAt', () => {
  const pieces = fc.constantFrom('a', 'bc', 'Déf', '42', ' ', '  ', '.', '—', '😀', '\n', 'x-y', "don't", 'e\u200bf');
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('is the first token that starts at or after the offset (the count of tokens when none does), as a walk over them finds it', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -3, max: 80 }), (text, offset) => {
        const tokens = tokenize(text);
        let expected = 0;
        while (expected < tokens.length && tokens.start(expected) < offset) expected++;
        expect(tokens.indexFrom(offset)).toBe(expected);
      }),
      { seed: 35, numRuns: 3_000 },
    );
  });

  it('finds the first token that ends after the offset, and the token holding the offset (-1 between tokens), as a walk finds them', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -3, max: 80 }), (text, offset) => {
        const tokens = tokenize(text);
        let after = 0;
        while (after < tokens.length && tokens.end(after) <= offset) after++;
        expect(tokens.indexEndingAfter(offset)).toBe(after);
        let holding = -1;
        for (let index = 0; index < tokens.length; index++) if (tokens.start(index) <= offset && offset < tokens.end(index)) holding = index;
        expect(tokens.indexAt(offset)).toBe(holding);
      }),
      { seed: 37, numRuns: 3_000 },
    );
  });

  it('answers at the edges of a token: its start is in it, its end is not', () => {
    const tokens = tokenize('ab  cd');
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => tokens.indexAt(offset))).toEqual([0, 0, -1, -1, 1, 1, -1]);
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => tokens.indexEndingAfter(offset))).toEqual([0, 0, 1, 1, 1, 1, 2]);
    expect(tokenize('').indexAt(0)).toBe(-1);
  });
});
