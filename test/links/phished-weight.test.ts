import { describe, expect, it } from 'vitest';
import { phishedWeight } from '../../core/links/phished-weight.ts';

/** A plain edit distance, insert and delete 1, replace 2: what rspamd's phishing plugin asks str_util.c for. */
function referenceDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((current[j - 1] as number) + 1, (previous[j] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 2));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** rspamd 3.4's weight (phishing.lua 245–291), written out again from the Lua for short names. */
function referenceWeight(shown: string, target: string): number {
  let [a, b] = [target, shown];
  const lastA = a.lastIndexOf('.');
  const lastB = b.lastIndexOf('.');
  if (lastA > 0 && lastB > 0 && a.slice(lastA) === b.slice(lastB)) [a, b] = [a.slice(0, lastA), b.slice(0, lastB)];
  const d = (2 * referenceDistance(a, b)) / (a.length + b.length);
  if (d <= 0.3) return 1;
  if (d <= 1) return Math.tanh(3 * (1 - d + 0.1));
  return /^[\x01-\x7f]*$/.test(target) !== /^[\x01-\x7f]*$/.test(shown) ? 1 : 0.5;
}

describe('phishedWeight (rspamd 3.4 PHISHING weight)', () => {
  it('weighs 1 up to a normalised distance of 0.3 and by tanh(3 (1.1 − d)) just past it', () => {
    // 14 letters, one swap (distance 2): d = 0.286.
    expect(phishedWeight('example.org', 'exampel.org')).toBe(1);
    // 20 + 20 letters, three changed (distance 6): d = 0.3 exactly.
    expect(phishedWeight('abcdefghijklmnopqrst.com', 'abcdefghijklmnopqXYZ.com')).toBe(1);
    // 19 + 19 letters, three changed: d = 0.316.
    expect(phishedWeight('abcdefghijklmnopqrs.com', 'abcdefghijklmnopXYZ.com')).toBeCloseTo(Math.tanh(3 * (1.1 - 12 / 38)), 12);
  });

  it('weighs wholly different names 0.5, or 1 when one is ASCII and the other is not', () => {
    expect(phishedWeight('paypal.com', 'zzqv.net')).toBe(0.5);
    expect(phishedWeight('paypal.com', 'пэйпал.com')).toBe(1);
    expect(phishedWeight('пэйпал.com', 'paypal.com')).toBe(1);
    expect(phishedWeight('почта.рф', 'банк.рф')).toBe(0.5);
  });

  it('agrees with a plain reimplementation of rspamd on many generated pairs', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = 'abcdeé.-1';
    const word = () =>
      Array.from({ length: 1 + Math.floor(random() * 12) }, () => letters[Math.floor(random() * (random() < 0.7 ? 5 : letters.length))]).join('');
    for (let n = 0; n < 3000; n++) {
      const shown = `${word()}.com`;
      const target = `${word()}${random() < 0.5 ? '.com' : '.net'}`;
      if (shown === target) continue;
      expect(phishedWeight(shown, target), `${shown} → ${target}`).toBeCloseTo(referenceWeight(shown, target), 12);
    }
  });

  it('fills at most the table cells of its budget, and counts a pair beyond it as different names', () => {
    // example / exampel: a 7 × 7 table and a pass over 14 letters.
    const short = { cells: 48 };
    expect(phishedWeight('example.org', 'exampel.org', short)).toBe(0.5);
    expect(short.cells).toBe(48);
    const enough = { cells: 100 };
    expect(phishedWeight('example.org', 'exampel.org', enough)).toBe(1);
    expect(enough.cells).toBe(100 - 14 - 49);
    // Names that share too few letters are told apart by the pass alone: no table.
    const unrelated = { cells: 100 };
    expect(phishedWeight('paypal.com', 'zzqv.com', unrelated)).toBe(0.5);
    expect(unrelated.cells).toBe(100 - 10);
    expect(phishedWeight('paypal.com', 'пэйпал.com', unrelated)).toBe(1);
    expect(unrelated.cells).toBe(100 - 10 - 12);
  });
});
