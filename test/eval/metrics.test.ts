import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusionAt, rocAuc, sigmoid, softplus, weightedLogLoss } from '../../scripts/eval/metrics.ts';

/** AUC by its definition: over every (positive, negative) pair, 1 if the positive is higher, ½ on a tie. */
function pairwiseAuc(positives: number[], negatives: number[]): number {
  let sum = 0;
  for (const p of positives) for (const n of negatives) sum += p > n ? 1 : p === n ? 0.5 : 0;
  return sum / (positives.length * negatives.length);
}

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, ½ when every score ties', () => {
    expect(rocAuc([3, 4, 5], [0, 1, 2])).toBe(1);
    expect(rocAuc([0, 1], [2, 3, 4])).toBe(0);
    expect(rocAuc([1, 1, 1], [1, 1])).toBe(0.5);
  });

  it('counts ties as one half', () => {
    // pairs: (1,2) 0, (1,0) 1, (2,2) ½, (2,0) 1, (2,2) ½, (2,0) 1 → 4 of 6
    expect(rocAuc([1, 2, 2], [2, 0])).toBeCloseTo(4 / 6, 12);
  });

  it('is NaN when a side is empty', () => {
    expect(rocAuc([], [1])).toBeNaN();
    expect(rocAuc([1], [])).toBeNaN();
  });

  it('equals the pairwise definition on any scores (few distinct values, so ties abound)', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 6 }).map((value) => value / 2), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(scores, scores, (positives, negatives) => {
        expect(rocAuc(positives, negatives)).toBeCloseTo(pairwiseAuc(positives, negatives), 10);
      }),
      { seed: 20250301, numRuns: 200 },
    );
  });
});

describe('confusionAt', () => {
  it('flags scores at or above the threshold', () => {
    const c = confusionAt([5, 6, 4.9, 2], [5, 1, 0, 0, 0], 5);
    expect(c).toMatchObject({ tp: 2, fn: 2, fp: 1, tn: 4 });
    expect(c.precision).toBeCloseTo(2 / 3, 12);
    expect(c.recall).toBe(0.5);
    expect(c.falsePositiveRate).toBe(0.2);
  });

  it('has no precision when nothing is flagged, and no rate without messages', () => {
    const c = confusionAt([1], [], 5);
    expect(c.precision).toBeNaN();
    expect(c.recall).toBe(0);
    expect(c.falsePositiveRate).toBeNaN();
  });
});

describe('log-loss helpers', () => {
  it('softplus and sigmoid stay finite far out', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.log(2), 12);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });

  it('weightedLogLoss weights rows', () => {
    // logit 0 → loss ln 2 for either label; a confident right answer costs almost nothing
    expect(weightedLogLoss([0, 0], [1, 0], [1, 1])).toBeCloseTo(Math.log(2), 12);
    expect(weightedLogLoss([0, 50], [1, 1], [1, 3])).toBeCloseTo(Math.log(2) / 4, 12);
  });
});
