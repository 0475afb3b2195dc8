import { describe, expect, it } from 'vitest';
import type { Part } from '../../scripts/eval/corpus.ts';
import {
  calibrationTable,
  crossValidatedPath,
  falsePositiveCut,
  fitScaled,
  nestedCrossValidation,
  roundPoints,
  sampleWeights,
  type FitProblem,
  type FitSettings,
} from '../../scripts/eval/fit.ts';
import { datasetFromRows, seededRandom } from '../../scripts/eval/logistic.ts';

const SETTINGS: FitSettings = {
  folds: 5,
  seed: 'test',
  lambdas: [1e-4, 1e-3, 1e-2, 1e-1],
  probabilityAtThreshold: 0.9,
  maxFalsePositiveRate: 0.01,
  threshold: 5,
};

/** 300 spam and 300 ham with four rules: two spam signs, one ham sign, one noise; ham rows 0–299 are one false-positive group. */
function syntheticProblem(seed = 'synthetic'): FitProblem {
  const random = seededRandom(seed);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 600; i++) {
    const spam = i >= 300 ? 1 : 0;
    const chances = [spam ? 0.7 : 0.05, spam ? 0.4 : 0.1, spam ? 0.05 : 0.3, 0.2];
    rows.push(chances.map((chance) => (random() < chance ? 1 + Math.floor(random() * 2) : 0)));
    y.push(spam);
  }
  return {
    data: datasetFromRows(rows, y),
    strata: y.map((label) => (label ? 'spam' : 'ham')),
    lower: [0, 0, 0, 0],
    upper: [Infinity, Infinity, Infinity, Infinity],
    falsePositiveGroups: [Array.from({ length: 300 }, (_, i) => i)],
  };
}

describe('falsePositiveCut', () => {
  it('flags at most the allowed share of each group', () => {
    const scores = Array.from({ length: 100 }, (_, i) => i);
    const cut = falsePositiveCut([scores], 0.01);
    expect(scores.filter((score) => score >= cut)).toEqual([99]);
  });

  it('keeps tied scores together (none flagged rather than some)', () => {
    const cut = falsePositiveCut([[5, 5, 5, 1]], 0.34);
    expect([5, 5, 5, 1].filter((score) => score >= cut)).toEqual([]);
  });

  it('takes the strictest group, and is −∞ when no group constrains', () => {
    const loose = Array.from({ length: 100 }, (_, i) => i / 100);
    expect(falsePositiveCut([loose, [3, 0]], 0.01)).toBeGreaterThan(3);
    expect(falsePositiveCut([], 0.01)).toBe(Number.NEGATIVE_INFINITY);
    expect(falsePositiveCut([[1, 2]], 1)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('fitScaled', () => {
  it('puts 5.0 points where P(spam) ≥ 0.9 and the false-positive cap holds out of fold', () => {
    const problem = syntheticProblem();
    const rows = Array.from({ length: 600 }, (_, i) => i);
    const fit = fitScaled(problem, rows, SETTINGS, 'seed');
    expect(SETTINGS.lambdas).toContain(fit.lambda);
    expect(fit.scale).toBeCloseTo(5 / fit.cut, 12);
    // 5.0 points is at least as far out as logit(0.9)
    expect(fit.model.intercept + fit.cut).toBeGreaterThanOrEqual(Math.log(9) - 1e-9);
    expect([...fit.points]).toEqual([...fit.model.weights].map((w) => w * fit.scale));
    // the spam signs get points, the ham sign none
    expect(fit.points[0]).toBeGreaterThan(0);
    expect(fit.points[2]).toBe(0);
    // out-of-fold ham scores at the chosen λ: at most 1 % reach the cut
    const path = crossValidatedPath(problem, rows, SETTINGS, 'seed');
    const hamScores = [...path.u[SETTINGS.lambdas.indexOf(fit.lambda)]!].slice(0, 300);
    expect(hamScores.filter((u) => u >= fit.cut).length).toBeLessThanOrEqual(3);
  });

  it('is deterministic', () => {
    const a = fitScaled(syntheticProblem(), Array.from({ length: 600 }, (_, i) => i), SETTINGS, 'seed');
    const b = fitScaled(syntheticProblem(), Array.from({ length: 600 }, (_, i) => i), SETTINGS, 'seed');
    expect([...a.points]).toEqual([...b.points]);
    expect(a.lambda).toBe(b.lambda);
  });
});

describe('nestedCrossValidation', () => {
  it('holds out every row exactly once, each fold fitted without it', () => {
    const outer = nestedCrossValidation(syntheticProblem(), SETTINGS);
    expect(outer).toHaveLength(5);
    const seen = outer.flatMap((fold) => fold.test).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 600 }, (_, i) => i));
    for (const fold of outer) expect(fold.fit.points.every((p) => p >= 0)).toBe(true);
  });
});

describe('roundPoints', () => {
  it('rounds to 0.05 and never writes −0', () => {
    expect(roundPoints(1.234)).toBe(1.25);
    expect(roundPoints(1.224)).toBe(1.2);
    expect(roundPoints(2.975)).toBe(3);
    expect(Object.is(roundPoints(-0.01), 0)).toBe(true);
    expect(roundPoints(0.33, 0.1)).toBe(0.3);
  });
});

describe('calibrationTable', () => {
  it('counts each bin and makes the spam share non-decreasing', () => {
    // bin [0.5, 1.5) has more spam than [1.5, 2.5): pooled into one share
    const scores = [0, 0, 0, 1, 1, 2, 2, 6, 6];
    const labels = [0, 0, 1, 1, 1, 1, 0, 1, 1];
    const table = calibrationTable(scores, labels, scores.map(() => 1));
    expect(table.map((bin) => [bin.from, bin.spam, bin.ham])).toEqual([
      [Number.NEGATIVE_INFINITY, 1, 2],
      [0.5, 2, 0],
      [1.5, 1, 1],
      [5, 2, 0],
    ]);
    expect(table.map((bin) => bin.observed)).toEqual([1 / 3, 1, 0.5, 1]);
    expect(table[1]!.spamShare).toBeCloseTo(0.75, 12);
    expect(table[2]!.spamShare).toBeCloseTo(0.75, 12);
    for (let i = 1; i < table.length; i++) expect(table[i]!.spamShare).toBeGreaterThanOrEqual(table[i - 1]!.spamShare);
  });

  it('weights the share', () => {
    const [bin] = calibrationTable([0, 0], [1, 0], [3, 1]);
    expect(bin!.spamShare).toBe(0.75);
  });
});

describe('sampleWeights', () => {
  const part = (name: string, role: Part['role']): Part => ({ name, folder: `/${name}`, role, companion: false });
  const main = part('spamassassin', 'mixed');
  const legit = part('legit-modern', 'ham-only');
  const phishing = part('phishing-modern', 'spam-only');
  const messages = [
    ...Array.from({ length: 400 }, () => ({ label: 'spam' as const, group: 'spam', part: main })),
    ...Array.from({ length: 100 }, () => ({ label: 'spam' as const, group: 'spam_2', part: main })),
    ...Array.from({ length: 100 }, () => ({ label: 'spam' as const, group: 'phishing_pot', part: phishing })),
    ...Array.from({ length: 400 }, () => ({ label: 'ham' as const, group: 'easy_ham', part: main })),
    ...Array.from({ length: 25 }, () => ({ label: 'ham' as const, group: 'legit-modern', part: legit })),
  ];

  it('gives spam and ham equal totals, each source ∝ √size (group suffixes `_2` joined)', () => {
    const { weights, sources } = sampleWeights(messages);
    const total = (label: string) => messages.reduce((sum, m, i) => sum + (m.label === label ? weights[i]! : 0), 0);
    expect(total('spam')).toBeCloseTo(total('ham'), 9);
    expect(total('spam') + total('ham')).toBeCloseTo(messages.length, 9);
    expect(sources.get('spam')!.count).toBe(500);
    // per message ∝ 1/√size: legit-modern (25) counts 4× an easy_ham (400), phishing (100) 2.24× a SpamAssassin spam (500)
    expect(sources.get('legit-modern')!.each / sources.get('easy_ham')!.each).toBeCloseTo(4, 9);
    expect(sources.get('phishing-modern')!.each / sources.get('spam')!.each).toBeCloseTo(Math.sqrt(5), 9);
  });
});
