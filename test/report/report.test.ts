import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../core/schema/report.schema.json' with { type: 'json' };
import { assembleReport, DEFAULT_THRESHOLD, EMPTY_STATS, levelOf, mediumFrom, shorten, thresholdOf } from '../../core/index.ts';
import type { Finding } from '../../core/index.ts';
import { shortenJoined } from '../../core/report/report.ts';
import { seededRandom } from '../../scripts/eval/logistic.ts';

const finding = (rule: string, points: number): Finding => ({ rule, category: 'other', points, message: `${rule} message`, suggestion: 'fix it', evidence: rule });

describe('the report assembler', () => {
  it('levels a score against the threshold: half of it is medium', () => {
    expect(DEFAULT_THRESHOLD).toBe(5);
    expect([0, 2.4, 2.5, 4.9, 5, 12].map((score) => levelOf(score))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(levelOf(4, 8)).toBe('medium');
    expect(levelOf(3.9, 8)).toBe('low');
    expect(mediumFrom(7)).toBe(3.5);
  });

  it('is documented as it behaves: 2.5 and 5 at the default threshold only, medium from half of another', () => {
    // -t 30 puts 24.1 at medium (a user read README's "medium < 5 ≤ high" as fixed points).
    expect(levelOf(24.1, 30)).toBe('medium');
    expect(mediumFrom(DEFAULT_THRESHOLD)).toBe(2.5);
    const said = /at the default threshold 5; with another threshold,\s+medium from half of it/;
    expect(schema.properties.level.description).toMatch(said);
    for (const doc of ['README.md', 'docs/cli.md']) {
      const text = readFileSync(new URL(`../../${doc}`, import.meta.url), 'utf8');
      for (const levels of text.match(/`low` < 2\.5 ≤ `medium` < 5 ≤ `high`[^|]*/g) ?? []) expect(levels, doc).toMatch(said);
      expect(text, doc).toMatch(said);
    }
  });

  it('takes a threshold only when it is a finite number above 0', () => {
    expect(thresholdOf(7.5)).toBe(7.5);
    for (const wrong of [0, -1, Number.NaN, Infinity, '7', null, undefined]) expect(thresholdOf(wrong)).toBe(DEFAULT_THRESHOLD);
  });

  it('rounds points to tenths, sorts by points keeping the given order among equals, and scores their sum', () => {
    const report = assembleReport({ findings: [finding('a', 0.1), finding('b', 1.26), finding('c', 0.1), finding('d', 0.2)], threshold: 1.5 });
    expect(report.findings.map((f) => [f.rule, f.points])).toEqual([['b', 1.3], ['d', 0.2], ['a', 0.1], ['c', 0.1]]);
    expect(report.score).toBe(1.7);
    expect(report.level).toBe('high');
    expect(report.threshold).toBe(1.5);
    expect(report.version).toBe(1);
    expect(report.stats).toEqual(EMPTY_STATS);
    expect(report.stats).not.toBe(EMPTY_STATS);
  });

  it('shortens evidence to one line, cut at the end or in the middle', () => {
    expect(shorten('  a\n\n b  ')).toBe('a b');
    expect(shorten('x'.repeat(100))).toBe(`${'x'.repeat(79)}…`);
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
    expect(shorten('abcdefghij', 5, 'middle')).toBe('ab…ij');
  });

  it('shortens pieces as it would their join, reading no more of them than it needs', () => {
    const kinds = ['a', 'bc', ' ', '', '\n\t ', '\u00a0', '😀', 'x'.repeat(40), ' '.repeat(300), 'word '.repeat(30)];
    // seeded mulberry32 (an LCG in doubles rounds past 2^53 and soon returns only multiples of 512)
    const random = seededRandom('report.test.ts:7');
    const next = (): number => Math.floor(random() * 2 ** 32);
    for (let trial = 0; trial < 3000; trial++) {
      const pieces = Array.from({ length: next() % 200 }, () => kinds[next() % kinds.length] ?? '');
      const separator = [' ', '', '\n', '-'][next() % 4] ?? ' ';
      const max = [1, 2, 5, 10, 79, 80, 81, 200][next() % 8] ?? 80;
      expect(shortenJoined(pieces, separator, max), JSON.stringify([pieces.length, separator, max])).toBe(shorten(pieces.join(separator), max));
    }
    // An emoji across the cut, a piece after 400 characters of whitespace.
    const emoji = ['x'.repeat(78), '😀', 'tail'];
    expect(shortenJoined(emoji, '')).toBe(shorten(emoji.join('')));
    expect(shortenJoined([' '.repeat(400), ' ', 'late'])).toBe('late');

    let read = 0;
    function* many(): Generator<string> {
      for (let index = 0; index < 1_000_000; index++) {
        read++;
        yield index % 2 ? 'word' : '   ';
      }
    }
    expect(shortenJoined(many())).toBe(shorten(Array.from({ length: 200 }, (_, index) => (index % 2 ? 'word' : '   ')).join(' ')));
    expect(read).toBeLessThan(1000);
  });

  it('shortens a long text as it would flattened whole, whatever whitespace its ends hold', () => {
    // What shorten must agree with: the whole text flattened, then cut.
    const flatCut = (text: string, max: number, cut: 'end' | 'middle'): string => {
      const flat = text.replace(/\s+/g, ' ').trim();
      if (flat.length <= max) return flat;
      // never half an emoji: a cut inside a surrogate pair keeps one unit less
      const characters = Array.from(flat);
      const head = (n: number) => {
        let out = '';
        for (const character of characters) {
          if (out.length + character.length > n) break;
          out += character;
        }
        return out;
      };
      const tail = (n: number) => {
        let out = '';
        for (let i = characters.length - 1; i >= 0 && out.length + characters[i]!.length <= n; i--) out = characters[i]! + out;
        return out;
      };
      if (cut === 'end') return `${head(max - 1)}…`;
      const half = Math.floor((max - 1) / 2);
      return `${head(half)}…${tail(half)}`;
    };
    const pieces = ['a', 'bc', ' ', '  ', '\n\t ', '\u00a0', '\u2028', '\ufeff', '😀', 'x'.repeat(40), ' '.repeat(300)];
    // seeded mulberry32 (an LCG in doubles rounds past 2^53 and soon returns only multiples of 512)
    const random = seededRandom('report.test.ts:11');
    const next = (): number => Math.floor(random() * 2 ** 32);
    for (let trial = 0; trial < 3000; trial++) {
      const text = Array.from({ length: next() % 120 }, () => pieces[next() % pieces.length] ?? '').join('');
      const max = [1, 2, 3, 5, 10, 60, 80, 200][next() % 8] ?? 80;
      const cut = next() % 2 ? 'end' : 'middle';
      expect(shorten(text, max, cut), JSON.stringify([text.slice(0, 80), text.length, max, cut])).toBe(flatCut(text, max, cut));
    }
    expect(shorten(`  ${'word '.repeat(200_000)}  `, 10, 'middle')).toBe('word…word');
    // Text that fits once its long whitespace is flattened is not cut.
    for (const cut of ['end', 'middle'] as const) {
      expect(shorten(`abc${' '.repeat(1000)}`, 3, cut)).toBe('abc');
      expect(shorten(`${' '.repeat(1000)}abc`, 3, cut)).toBe('abc');
      expect(shorten(`ab${' '.repeat(1000)}c`, 3, cut)).toBe(cut === 'end' ? 'ab…' : 'a…c');
    }
  });
});

describe('shorten never splits a character', () => {
  // A lone surrogate is half an emoji: it renders as a replacement box and is invalid in JSON consumers that check.
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  it.each([
    ['a short text', 0],
    ['a long text read from its ends', 600],
  ])('cut at every position of %s, at the end and in the middle', (_, padding) => {
    for (let k = 0; k < 100; k++) {
      const text = `${'a'.repeat(k)}😀${'😀 b'.repeat(30)}${' w'.repeat(padding)}${'c😀'.repeat(k % 7)}`;
      for (const cut of ['end', 'middle'] as const) {
        const short = shorten(text, 80, cut);
        expect(short, `k=${k} cut=${cut}`).not.toMatch(lone);
        expect(short.length).toBeLessThanOrEqual(80);
      }
    }
  });
});
