import { describe, expect, it } from 'vitest';
import {
  datasetFromRows,
  fitPoints,
  logits,
  objective,
  scores,
  seededRandom,
  stratifiedFolds,
  subset,
  type Anchor,
  type Dataset,
  type PointsFitOptions,
  type PointsModel,
} from '../../scripts/eval/logistic.ts';
import { sigmoid } from '../../scripts/eval/metrics.ts';

const ANCHOR: Anchor = { threshold: 5, logit: Math.log(9) };
const logit = (p: number) => Math.log(p / (1 - p));

/** Rows of one binary feature: `spamWith` of `withCount` rows with x = 1 are spam, `spamWithout` of `withoutCount` with x = 0. */
function binaryFeature(withCount: number, spamWith: number, withoutCount: number, spamWithout: number) {
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < withCount; i++) {
    rows.push([1]);
    y.push(i < spamWith ? 1 : 0);
  }
  for (let i = 0; i < withoutCount; i++) {
    rows.push([0]);
    y.push(i < spamWithout ? 1 : 0);
  }
  return { rows, y };
}

/** ∂objective/∂pⱼ and ∂objective/∂κ, to check the optimality (KKT) conditions. */
function gradient(data: Dataset, model: PointsModel, options: Pick<PointsFitOptions, 'lambda' | 'prior' | 'anchor'>) {
  const z = logits(data, model, options.anchor);
  const s = scores(data, model.points);
  const total = data.weights.reduce((sum, w) => sum + w, 0);
  const points = data.columns.map((column, j) => {
    let g = options.lambda * (model.points[j]! - (options.prior[j] ?? 0));
    for (let k = 0; k < column.rows.length; k++) {
      const i = column.rows[k]!;
      g += (data.weights[i]! / total) * (sigmoid(z[i]!) - data.y[i]!) * model.perPoint * column.values[k]!;
    }
    return g;
  });
  let kappa = 0;
  for (let i = 0; i < data.n; i++) kappa += (data.weights[i]! / total) * (sigmoid(z[i]!) - data.y[i]!) * (s[i]! - options.anchor.threshold);
  return { points, kappa };
}

function randomData(seed: string, n = 400) {
  const random = seededRandom(seed);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const spam = random() < 0.5 ? 1 : 0;
    // features 0–1 lean spam, 2 leans ham, 3 is noise, 4 never fires; strengths up to 3
    const chance = [spam ? 0.6 : 0.1, spam ? 0.3 : 0.15, spam ? 0.1 : 0.4, 0.3, 0];
    rows.push(chance.map((c) => (random() < c ? Math.ceil(random() * 3) : 0)));
    y.push(spam);
  }
  return datasetFromRows(rows, y, rows.map(() => 0.5 + random()));
}

describe('fitPoints', () => {
  it('finds the closed-form maximum-likelihood answer for one binary feature when nothing pulls', () => {
    // x = 0: 2 spam of 10 → a + κ(0 − 5) = logit(0.2); x = 1: 9 of 10 → a + κ(p − 5) = logit(0.9)
    const { rows, y } = binaryFeature(10, 9, 10, 2);
    const model = fitPoints(datasetFromRows(rows, y), { lambda: 0, prior: [1], anchor: ANCHOR, tolerance: 1e-11, maxSweeps: 100000 });
    expect(model.converged).toBe(true);
    const kappa = (Math.log(9) - logit(0.2)) / 5;
    expect(model.perPoint).toBeCloseTo(kappa, 5);
    expect(model.points[0]).toBeCloseTo((logit(0.9) - logit(0.2)) / kappa, 4);
  });

  it('keeps the prior of a rule that never fires, and of every rule under a very strong pull', () => {
    const data = randomData('prior');
    const prior = [2, 0.5, 1, 0.7, 1.3];
    const free = fitPoints(data, { lambda: 1e-3, prior, anchor: ANCHOR });
    expect(free.points[4]).toBe(1.3); // feature 4 has no hits
    const held = fitPoints(data, { lambda: 1e9, prior, anchor: ANCHOR });
    held.points.forEach((points, j) => expect(points).toBeCloseTo(prior[j]!, 6));
  });

  it('moves a rule with evidence away from its prior, further as the pull weakens, in the direction of the evidence', () => {
    const data = randomData('moves');
    const prior = [0.5, 0.5, 0.5, 0.5, 0.5];
    const moves = [1, 0.1, 0.01, 0.001].map((lambda) => fitPoints(data, { lambda, prior, anchor: ANCHOR }).points);
    for (let k = 1; k < moves.length; k++) expect(moves[k]![0]).toBeGreaterThan(moves[k - 1]![0]!); // strong spam sign rises
    expect(moves.at(-1)![0]).toBeGreaterThan(1.5);
    expect(moves.at(-1)![2]).toBe(0); // the ham sign falls to its bound, never below
    expect(moves[0]![2]).toBeLessThan(0.5);
  });

  it('keeps points inside their bounds', () => {
    const data = randomData('bounds');
    const model = fitPoints(data, { lambda: 0.01, prior: [1, 1, 1, 1, 1], lower: [0, 0, 0.2, 0, 0], upper: [1.2, 5, 5, 5, 5], anchor: ANCHOR });
    expect(model.points[0]).toBe(1.2); // the strong spam sign stops at its upper bound
    expect(model.points[2]).toBe(0.2); // the ham sign stops at its lower bound
  });

  it('pulls toward the prior, not toward 0', () => {
    const data = randomData('pull');
    // the noise feature (fires on 30 % of both) ends nearer its prior than 0 under a fair pull …
    const toPrior = fitPoints(data, { lambda: 0.3, prior: [1, 1, 1, 1, 1], anchor: ANCHOR });
    expect(toPrior.points[3]).toBeGreaterThan(0.5);
    // … and lower when the prior is 0
    const toZero = fitPoints(data, { lambda: 0.3, prior: [0, 0, 0, 0, 0], anchor: ANCHOR });
    expect(toZero.points[3]).toBeLessThan(toPrior.points[3]!);
  });

  it('meets the optimality conditions: zero gradient inside the bounds, pointing outwards at a bound, and for κ', () => {
    const data = randomData('kkt');
    const options = { lambda: 3e-3, prior: [1, 1, 1, 1, 1], anchor: ANCHOR };
    const model = fitPoints(data, { ...options, tolerance: 1e-12, maxSweeps: 100000 });
    expect(model.converged).toBe(true);
    const g = gradient(data, model, options);
    model.points.forEach((points, j) => {
      if (points > 0) expect(Math.abs(g.points[j]!), `feature ${j}`).toBeLessThan(1e-6);
      else expect(g.points[j]!, `feature ${j}`).toBeGreaterThan(-1e-6);
    });
    expect(Math.abs(g.kappa)).toBeLessThan(1e-6);
    // and nothing nearby (inside the bounds) does better
    const best = objective(data, model, options);
    for (let j = 0; j < 4; j++) {
      for (const step of [-0.01, 0.01]) {
        const points = Float64Array.from(model.points);
        points[j] = Math.max(0, points[j]! + step);
        expect(objective(data, { points, perPoint: model.perPoint }, options)).toBeGreaterThanOrEqual(best - 1e-12);
      }
    }
    for (const step of [-0.01, 0.01]) {
      expect(objective(data, { points: model.points, perPoint: model.perPoint + step }, options)).toBeGreaterThanOrEqual(best - 1e-12);
    }
  });

  it('anchors the threshold: a message scoring exactly the threshold gets the anchor probability', () => {
    const data = randomData('anchor');
    const model = fitPoints(data, { lambda: 0.01, prior: [1, 1, 1, 1, 1], anchor: ANCHOR });
    const atThreshold = datasetFromRows([[5 / model.points[0]!, 0, 0, 0, 0]], [1]);
    expect(sigmoid(logits(atThreshold, model, ANCHOR)[0]!)).toBeCloseTo(0.9, 12);
  });

  it('treats a sample weight of 2 like a duplicated row', () => {
    const rows = [[1, 0], [1, 1], [0, 1], [0, 0], [1, 0], [0, 0]];
    const y = [1, 1, 0, 0, 0, 1];
    const options = { lambda: 0.01, prior: [1, 1], anchor: ANCHOR, tolerance: 1e-12, maxSweeps: 100000 };
    const weighted = fitPoints(datasetFromRows(rows, y, [2, 1, 1, 1, 1, 1]), options);
    const duplicated = fitPoints(datasetFromRows([rows[0]!, ...rows], [1, ...y]), options);
    expect(weighted.perPoint).toBeCloseTo(duplicated.perPoint, 6);
    expect(weighted.points[0]).toBeCloseTo(duplicated.points[0]!, 6);
    expect(weighted.points[1]).toBeCloseTo(duplicated.points[1]!, 6);
  });

  it('is deterministic, and a warm start reaches the same answer', () => {
    const data = randomData('same');
    const options = { lambda: 0.003, prior: [1, 1, 1, 1, 1], anchor: ANCHOR, tolerance: 1e-12, maxSweeps: 100000 };
    const a = fitPoints(data, options);
    expect([...fitPoints(data, options).points]).toEqual([...a.points]);
    const warm = fitPoints(data, { ...options, start: fitPoints(data, { ...options, lambda: 0.1 }) });
    warm.points.forEach((points, j) => expect(points).toBeCloseTo(a.points[j]!, 6));
  });

  it('subset keeps the chosen rows, renumbered, with the weights given', () => {
    const data = datasetFromRows([[1], [0], [2], [3]], [1, 0, 1, 0], [1, 2, 3, 4]);
    const part = subset(data, [2, 3]);
    expect(part.n).toBe(2);
    expect([...part.columns[0]!.rows]).toEqual([0, 1]);
    expect([...part.columns[0]!.values]).toEqual([2, 3]);
    expect([...part.y]).toEqual([1, 0]);
    expect([...part.weights]).toEqual([3, 4]);
    expect([...subset(data, [2, 3], [7, 8]).weights]).toEqual([7, 8]);
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
