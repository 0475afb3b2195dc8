import { describe, expect, it } from 'vitest';
import {
  datasetFromRows,
  fitLogistic,
  logits,
  objective,
  seededRandom,
  stratifiedFolds,
  subset,
  type Dataset,
  type LogisticModel,
} from '../../scripts/eval/logistic.ts';
import { rocAuc, sigmoid } from '../../scripts/eval/metrics.ts';

/** Rows of one binary feature: `spamWith` of `with` rows with x = 1 are spam, `spamWithout` of `without` with x = 0. */
function binaryFeature(withCount: number, spamWith: number, withoutCount: number, spamWithout: number) {
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < withCount; i++) rows.push([1]), y.push(i < spamWith ? 1 : 0);
  for (let i = 0; i < withoutCount; i++) rows.push([0]), y.push(i < spamWithout ? 1 : 0);
  return { rows, y };
}

/** ∂objective/∂wⱼ, to check the optimality (KKT) conditions. */
function gradient(data: Dataset, model: LogisticModel, lambda: number): number[] {
  const z = logits(data, model);
  const total = data.weights.reduce((sum, w) => sum + w, 0);
  return data.columns.map((column, j) => {
    let g = lambda * model.weights[j]!;
    for (let k = 0; k < column.rows.length; k++) {
      const i = column.rows[k]!;
      g += (data.weights[i]! / total) * (sigmoid(z[i]!) - data.y[i]!) * column.values[k]!;
    }
    return g;
  });
}

describe('fitLogistic', () => {
  it('finds the closed-form maximum-likelihood answer for one binary feature', () => {
    // x = 0: 3 spam of 10 → b = logit(0.3); x = 1: 8 of 10 → b + w = logit(0.8)
    const { rows, y } = binaryFeature(10, 8, 10, 3);
    const model = fitLogistic(datasetFromRows(rows, y), { lambda: 0, tolerance: 1e-10 });
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(Math.log(3 / 7), 6);
    expect(model.weights[0]).toBeCloseTo(Math.log(8 / 2) - Math.log(3 / 7), 6);
  });

  it('never gives a risk feature a negative weight: a ham sign is held at exactly 0', () => {
    // x = 1 on 9 ham and 1 spam: unconstrained, w would be negative
    const { rows, y } = binaryFeature(10, 1, 10, 5);
    const model = fitLogistic(datasetFromRows(rows, y), { lambda: 0 });
    expect(model.weights[0]).toBe(0);
    expect(model.intercept).toBeCloseTo(Math.log(6 / 14), 6); // the overall spam rate, 6 of 20
  });

  it('lets a feature marked reassuring (upper bound 0) go negative, and holds a spam sign at 0 there', () => {
    const reassuring = binaryFeature(10, 1, 10, 5);
    const negative = fitLogistic(datasetFromRows(reassuring.rows, reassuring.y), { lambda: 0, lower: [Number.NEGATIVE_INFINITY], upper: [0], tolerance: 1e-10 });
    expect(negative.weights[0]).toBeCloseTo(Math.log(1 / 9) - Math.log(5 / 5), 5);
    const spammy = binaryFeature(10, 9, 10, 5);
    const held = fitLogistic(datasetFromRows(spammy.rows, spammy.y), { lambda: 0, lower: [Number.NEGATIVE_INFINITY], upper: [0] });
    expect(held.weights[0]).toBe(0);
  });

  it('separates a separable toy set, with finite weights under L2', () => {
    // feature 0 marks every spam, feature 1 is noise on both sides
    const rows = [
      [1, 1], [1, 0], [1, 1], [1, 0], [1, 0],
      [0, 1], [0, 0], [0, 1], [0, 0], [0, 0],
    ];
    const y = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    const data = datasetFromRows(rows, y);
    const model = fitLogistic(data, { lambda: 0.01 });
    expect(model.converged).toBe(true);
    expect(model.weights[0]).toBeGreaterThan(2);
    expect(Number.isFinite(model.weights[0])).toBe(true);
    const z = [...logits(data, model)];
    expect(rocAuc(z.slice(0, 5), z.slice(5))).toBe(1);
    // stronger regularisation, smaller weight
    expect(fitLogistic(data, { lambda: 0.1 }).weights[0]).toBeLessThan(model.weights[0]!);
  });

  it('meets the optimality conditions on random data with bounds (zero gradient inside, pointing outwards at a bound)', () => {
    const random = seededRandom('kkt');
    const rows: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 300; i++) {
      const spam = random() < 0.5 ? 1 : 0;
      // features 0–1 lean spam, 2–3 lean ham, 4 is noise; strengths up to 3
      const p = [spam ? 0.6 : 0.1, spam ? 0.3 : 0.2, spam ? 0.1 : 0.5, spam ? 0.2 : 0.3, 0.3];
      rows.push(p.map((chance) => (random() < chance ? Math.ceil(random() * 3) : 0)));
      y.push(spam);
    }
    const data = datasetFromRows(rows, y, rows.map(() => 0.5 + random()));
    const lambda = 1e-3;
    const model = fitLogistic(data, { lambda, tolerance: 1e-10, maxSweeps: 10000 });
    const g = gradient(data, model, lambda);
    model.weights.forEach((w, j) => {
      expect(w).toBeGreaterThanOrEqual(0);
      if (w > 0) expect(Math.abs(g[j]!)).toBeLessThan(1e-6);
      else expect(g[j]!).toBeGreaterThan(-1e-6);
    });
    expect(model.weights[2]).toBe(0);
    expect(model.weights[0]).toBeGreaterThan(0);
    // and nothing nearby (inside the bounds) does better
    const best = objective(data, model, lambda);
    for (let j = 0; j < 5; j++) {
      for (const step of [-0.01, 0.01]) {
        const weights = Float64Array.from(model.weights);
        weights[j] = Math.max(0, weights[j]! + step);
        expect(objective(data, { weights, intercept: model.intercept }, lambda)).toBeGreaterThanOrEqual(best - 1e-12);
      }
    }
  });

  it('treats a sample weight of 2 like a duplicated row', () => {
    const rows = [[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]];
    const y = [1, 1, 0, 0, 0];
    const weighted = fitLogistic(datasetFromRows(rows, y, [2, 1, 1, 1, 1]), { lambda: 0.01, tolerance: 1e-10 });
    const duplicated = fitLogistic(datasetFromRows([rows[0]!, ...rows], [1, ...y]), { lambda: 0.01, tolerance: 1e-10 });
    expect(weighted.intercept).toBeCloseTo(duplicated.intercept, 6);
    expect(weighted.weights[0]).toBeCloseTo(duplicated.weights[0]!, 6);
    expect(weighted.weights[1]).toBeCloseTo(duplicated.weights[1]!, 6);
  });

  it('subset keeps the chosen rows, renumbered', () => {
    const data = datasetFromRows([[1], [0], [2], [3]], [1, 0, 1, 0], [1, 2, 3, 4]);
    const part = subset(data, [2, 3]);
    expect(part.n).toBe(2);
    expect([...part.columns[0]!.rows]).toEqual([0, 1]);
    expect([...part.columns[0]!.values]).toEqual([2, 3]);
    expect([...part.y]).toEqual([1, 0]);
    expect([...part.weights]).toEqual([3, 4]);
  });
});

describe('stratifiedFolds', () => {
  const strata = [...Array(23).fill('spam'), ...Array(11).fill('easy_ham'), ...Array(7).fill('hard_ham')] as string[];

  it('is deterministic for a seed and changes with it', () => {
    expect([...stratifiedFolds(strata, 5, 'a')]).toEqual([...stratifiedFolds(strata, 5, 'a')]);
    expect([...stratifiedFolds(strata, 5, 'a')]).not.toEqual([...stratifiedFolds(strata, 5, 'b')]);
  });

  it('spreads every stratum evenly, and the folds differ in size by at most one', () => {
    const folds = stratifiedFolds(strata, 5, 'seed');
    const sizes = [0, 0, 0, 0, 0];
    for (const fold of folds) {
      expect(fold).toBeGreaterThanOrEqual(0);
      expect(fold).toBeLessThan(5);
      sizes[fold]!++;
    }
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const stratum of new Set(strata)) {
      const perFold = [0, 0, 0, 0, 0];
      strata.forEach((s, row) => s === stratum && perFold[folds[row]!]!++);
      expect(Math.max(...perFold) - Math.min(...perFold)).toBeLessThanOrEqual(1);
    }
  });

  it('does not depend on the order in which strata first appear', () => {
    const reversed = [...strata].reverse();
    const a = stratifiedFolds(strata, 3, 's');
    const b = stratifiedFolds(reversed, 3, 's');
    const countsA = strata.map((s, row) => `${s}:${a[row]}`).sort();
    const countsB = reversed.map((s, row) => `${s}:${b[row]}`).sort();
    expect(countsA).toEqual(countsB);
  });

  it('refuses k < 2', () => {
    expect(() => stratifiedFolds(strata, 1, 's')).toThrow();
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    for (let i = 0; i < 100; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
