import { describe, expect, it } from 'vitest';
import type { Part } from '../../scripts/eval/corpus.ts';
import {
  balancedWeights,
  boundsOf,
  calibrationTable,
  fitRows,
  fitSelected,
  groupedPath,
  groupOf,
  withinOneStandardError,
  nestedFolds,
  nestedGrouped,
  predict,
  roundPoints,
  sampleWeights,
  sourceOf,
  writtenPoints,
  type FitProblem,
  type FitSettings,
  type RuleSpec,
} from '../../scripts/eval/fit.ts';
import { datasetFromRows, seededRandom } from '../../scripts/eval/logistic.ts';
import { softplus } from '../../scripts/eval/metrics.ts';

const SETTINGS: FitSettings = {
  folds: 3,
  seed: 'test',
  lambdas: [1, 0.1, 0.01, 0.001],
  maxRulePoints: [3, 4],
  probabilityAtThreshold: 0.9,
  threshold: 5,
};

/**
 * Five groups, each all spam or all ham: spamA and spamB (spam), hamA, hamB and hamC (ham). Rules:
 * 0 `sign` fires on most spam of both groups and little ham (evidence that carries over);
 * 1 `quirk` fires on spamA and on hamC only (evidence that depends on the source);
 * 2 `silent` never fires; 3 `advice` (prior 0) fires everywhere; 4 `reassuring` (prior −1)
 * fires on ham (by default; `reassuringOn` sets its rates).
 */
function groupedProblem(seed = 'grouped', reassuringOn = { spam: 0.05, ham: 0.4 }): FitProblem {
  const random = seededRandom(seed);
  const groups = { spamA: 1, spamB: 1, hamA: 0, hamB: 0, hamC: 0 } as const;
  const rows: number[][] = [];
  const y: number[] = [];
  const names: string[] = [];
  for (const [group, label] of Object.entries(groups)) {
    for (let i = 0; i < 120; i++) {
      const sign = random() < (label ? 0.7 : 0.05) ? 1 : 0;
      const quirk = random() < (group === 'spamA' || group === 'hamC' ? 0.6 : 0) ? 1 : 0;
      const advice = random() < 0.5 ? 1 : 0;
      const reassuring = random() < (label ? reassuringOn.spam : reassuringOn.ham) ? 1 : 0;
      rows.push([sign, quirk, 0, advice, reassuring]);
      y.push(label);
      names.push(group);
    }
  }
  const rules: RuleSpec[] = [
    { id: 'sign', prior: 1, cap: 1, role: 'risk' },
    { id: 'quirk', prior: 0.5, cap: 1, role: 'risk' },
    { id: 'silent', prior: 1.5, cap: 2, role: 'fixed' },
    { id: 'advice', prior: 0, cap: 1, role: 'fixed' },
    { id: 'reassuring', prior: -1, cap: 1, role: 'reassuring' },
  ];
  return { data: datasetFromRows(rows, y), rules, sources: names, groups: names, strata: names };
}

describe('boundsOf', () => {
  it('caps a risk rule at the limit unless its prior gives more, holds fixed rules, and keeps reassuring rules between their prior and 0', () => {
    const rules: RuleSpec[] = [
      { id: 'phrase', prior: 0.8, cap: 3, role: 'risk' },
      { id: 'strong', prior: 2, cap: 3, role: 'risk' },
      { id: 'advice', prior: 0, cap: 1, role: 'fixed' },
      { id: 'good', prior: -1, cap: 1, role: 'reassuring' },
    ];
    const { lower, upper, center } = boundsOf(rules, 3);
    expect([...lower]).toEqual([0, 0, 0, -1]);
    expect(upper[0]).toBeCloseTo(1, 12); // 3 points over 3 units
    expect(upper[1]).toBe(2); // 6 points allowed: its prior says so
    expect([upper[2], upper[3]]).toEqual([0, 0]);
    expect([...center]).toEqual([0.8, 2, 0, -1]); // every fitted rule, reassuring too, is pulled to its prior
  });
});

describe('balancedWeights', () => {
  it('gives spam and ham equal totals with mean weight 1, each source ∝ √size', () => {
    const sources = [...Array(400).fill('a'), ...Array(100).fill('b'), ...Array(100).fill('c'), ...Array(25).fill('d')] as string[];
    const labels = [...Array(500).fill(1), ...Array(125).fill(0)] as number[];
    const rows = sources.map((_, i) => i);
    const w = balancedWeights(sources, labels, rows);
    const total = (label: number) => rows.reduce((sum, i) => sum + (labels[i] === label ? w[i]! : 0), 0);
    expect(total(1)).toBeCloseTo(total(0), 9);
    expect(total(1) + total(0)).toBeCloseTo(rows.length, 9);
    // within spam: a message of b (100) counts twice one of a (400)
    expect(w[450]! / w[0]!).toBeCloseTo(2, 9);
    // only the rows given count
    const some = rows.filter((i) => sources[i] !== 'c');
    const w2 = balancedWeights(sources, labels, some);
    expect(w2.length).toBe(some.length);
    expect(w2.reduce((a, b) => a + b, 0)).toBeCloseTo(some.length, 9);
  });
});

describe('fitRows', () => {
  const problem = groupedProblem();
  const all = Array.from({ length: problem.data.n }, (_, i) => i);

  it('keeps fixed rules at their prior, puts 5.0 at P(spam) 0.9, and is deterministic', () => {
    const model = fitRows(problem, all, { lambda: 0.01, maxRulePoints: 4 }, SETTINGS);
    expect(model.points[2]).toBe(1.5);
    expect(model.points[3]).toBe(0);
    expect([...fitRows(problem, all, { lambda: 0.01, maxRulePoints: 4 }, SETTINGS).points]).toEqual([...model.points]);
    const { z, score } = predict(problem, all, model, SETTINGS);
    z.forEach((logit, i) => expect(logit).toBeCloseTo(Math.log(9) + model.perPoint * (score[i]! - 5), 9));
  });

  it('keeps a reassuring rule at its prior under a strong pull, never beyond it', () => {
    const pulled = fitRows(problem, all, { lambda: 100, maxRulePoints: 4 }, SETTINGS);
    expect(pulled.points[4]).toBeLessThan(-0.95); // the prior holds, as for a risk rule
    const free = fitRows(problem, all, { lambda: 0.001, maxRulePoints: 4 }, SETTINGS);
    expect(free.points[4]).toBeGreaterThanOrEqual(-1); // the evidence says more, the bound holds
  });

  it('shrinks a reassuring rule toward 0 when it fires on spam as often as on ham', () => {
    const even = groupedProblem('grouped', { spam: 0.3, ham: 0.3 });
    const free = fitRows(even, all, { lambda: 0.001, maxRulePoints: 4 }, SETTINGS);
    expect(free.points[4]).toBeGreaterThan(-0.5);
    expect(free.points[4]).toBeLessThanOrEqual(0);
  });
});

describe('groupedPath', () => {
  const problem = groupedProblem();
  const all = Array.from({ length: problem.data.n }, (_, i) => i);
  const path = groupedPath(problem, all, SETTINGS);

  it('scores each group with a fit that never saw it', () => {
    expect(path.groups).toEqual(['hamA', 'hamB', 'hamC', 'spamA', 'spamB']);
    const h = path.hypers.findIndex((hyper) => hyper.lambda === 0.01 && hyper.maxRulePoints === 4);
    const g = path.groups.indexOf('hamC');
    const train = all.filter((row) => problem.groups[row] !== 'hamC');
    const test = all.filter((row) => problem.groups[row] === 'hamC');
    const { z } = predict(problem, test, fitRows(problem, train, path.hypers[h]!, SETTINGS), SETTINGS);
    const loss = z.reduce((sum, logit) => sum + softplus(logit), 0) / z.length; // all ham
    expect(path.losses[h]![g]).toBeCloseTo(loss, 4);
    expect(path.criterion[h]).toBeCloseTo(path.losses[h]!.reduce((a, b) => a + b, 0) / 5, 12);
  });

  it('prefers a strong pull when a rule’s evidence depends on the source', () => {
    // Without hamC, `quirk` looks like a spam sign (spamA has it, no other ham does); fitted freely, it then
    // flags hamC. The held-out loss of hamC grows as the pull weakens.
    const g = path.groups.indexOf('hamC');
    const at = (lambda: number) => path.losses[path.hypers.findIndex((hyper) => hyper.lambda === lambda && hyper.maxRulePoints === 4)]![g]!;
    expect(at(0.001)).toBeGreaterThan(at(1));
    // chosen: within one standard error of the lowest mean, and no stronger pull is
    const lowest = path.criterion.indexOf(Math.min(...path.criterion));
    expect(withinOneStandardError(path.losses[path.best]!, path.losses[lowest]!)).toBe(true);
    for (const [h, hyper] of path.hypers.entries()) {
      if (hyper.lambda > path.hypers[path.best]!.lambda) expect(withinOneStandardError(path.losses[h]!, path.losses[lowest]!)).toBe(false);
    }
  });

  it('keeps the priors when a weaker pull wins on the mean by less than the groups disagree', () => {
    // a mean 0.0005 above the lowest, one group 0.028 better and three 0.01 worse: within one standard error
    expect(withinOneStandardError([0.3, 0.31, 0.2, 0.502], [0.29, 0.3, 0.19, 0.53])).toBe(true);
    // the same gain on every group is beyond it
    expect(withinOneStandardError([0.3, 0.31, 0.2, 0.5], [0.29, 0.3, 0.19, 0.49])).toBe(false);
    expect(withinOneStandardError([0.3], [0.29])).toBe(false);
    expect(withinOneStandardError([0.3, Number.NaN], [0.3, 0.1])).toBe(true);
  });

  it('moves off the priors when the evidence against a prior holds in every group', () => {
    // `sign` fires on most spam of every group and little ham, but its prior is nearly 0: each held-out
    // group is scored better by a weak pull, so the rule is chosen to move.
    const understated: FitProblem = { ...problem, rules: problem.rules.map((rule) => (rule.id === 'sign' ? { ...rule, prior: 0.05 } : rule)) };
    const moved = groupedPath(understated, all, SETTINGS);
    expect(moved.hypers[moved.best]!.lambda).toBeLessThan(1);
  });

  it('breaks ties toward the stronger pull and the lower limit', () => {
    const fixed: FitProblem = { ...problem, rules: problem.rules.map((rule) => ({ ...rule, role: 'fixed' as const })) };
    const tied = groupedPath(fixed, all, SETTINGS);
    expect(tied.hypers[tied.best]).toEqual({ lambda: 1, maxRulePoints: 3 });
  });

  it('refuses a corpus where no group can be held out with spam and ham left to fit on', () => {
    const two: FitProblem = { ...problem, groups: problem.data.y.reduce<string[]>((out, label) => [...out, label ? 'spam' : 'ham'], []) };
    expect(() => groupedPath(two, all, SETTINGS)).toThrow(/held out/);
  });
});

describe('nestedGrouped and nestedFolds', () => {
  const problem = groupedProblem('nested');
  const n = problem.data.n;

  it('hold out every row exactly once; a held-out group is absent from its own hyperparameter choice', () => {
    const grouped = nestedGrouped(problem, SETTINGS);
    expect(grouped.map((fit) => fit.name)).toEqual(['hamA', 'hamB', 'hamC', 'spamA', 'spamB']);
    expect(grouped.flatMap((fit) => fit.test).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const fit of grouped) {
      expect(fit.test.every((row) => problem.groups[row] === fit.name)).toBe(true);
      expect(fit.path.groups).not.toContain(fit.name);
    }
    const folds = nestedFolds(problem, SETTINGS);
    expect(folds).toHaveLength(3);
    expect(folds.flatMap((fit) => fit.test).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('fitSelected fits all rows with the hyperparameters leave-one-group-out chose', () => {
    const all = Array.from({ length: n }, (_, i) => i);
    const selected = fitSelected(problem, all, SETTINGS);
    expect(selected.hyper).toEqual(selected.path.hypers[selected.path.best]);
    expect([...selected.model.points]).toEqual([...fitRows(problem, all, selected.hyper, SETTINGS).points]);
  });
});

describe('roundPoints and writtenPoints', () => {
  it('rounds to 0.05 and never writes −0', () => {
    expect(roundPoints(1.234)).toBe(1.25);
    expect(roundPoints(1.224)).toBe(1.2);
    expect(roundPoints(2.975)).toBe(3);
    expect(Object.is(roundPoints(-0.01), 0)).toBe(true);
    expect(roundPoints(0.33, 0.1)).toBe(0.3);
  });

  it('writes fixed rules at exactly their prior, the others rounded', () => {
    const rules: RuleSpec[] = [
      { id: 'a', prior: 0.33, cap: 1, role: 'fixed' },
      { id: 'b', prior: 1, cap: 1, role: 'risk' },
    ];
    expect([...writtenPoints(rules, { points: Float64Array.from([0.5, 1.234]) })]).toEqual([0.33, 1.25]);
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

describe('corpus sources and groups', () => {
  const part = (name: string, role: Part['role']): Part => ({ name, folder: `/${name}`, role, companion: false });
  const main = part('spamassassin', 'mixed');
  const legit = part('legit-modern', 'ham-only');
  const phishing = part('phishing-modern', 'spam-only');

  it('holds spam and spam_2 apart, easy_ham with easy_ham_2, and each one-label part as one group', () => {
    expect(groupOf({ part: main, group: 'spam' })).toBe('spam');
    expect(groupOf({ part: main, group: 'spam_2' })).toBe('spam_2');
    expect(groupOf({ part: main, group: 'easy_ham_2' })).toBe('easy_ham');
    expect(groupOf({ part: main, group: 'hard_ham' })).toBe('hard_ham');
    expect(groupOf({ part: phishing, group: 'phishing_pot' })).toBe('phishing-modern');
    expect(groupOf({ part: legit, group: 'legit-modern' })).toBe('legit-modern');
    expect(sourceOf({ part: main, group: 'spam_2' })).toBe('spam');
  });

  it('sampleWeights: spam and ham equal totals, each source ∝ √size (group suffixes `_2` joined)', () => {
    const messages = [
      ...Array.from({ length: 400 }, () => ({ label: 'spam' as const, group: 'spam', part: main })),
      ...Array.from({ length: 100 }, () => ({ label: 'spam' as const, group: 'spam_2', part: main })),
      ...Array.from({ length: 100 }, () => ({ label: 'spam' as const, group: 'phishing_pot', part: phishing })),
      ...Array.from({ length: 400 }, () => ({ label: 'ham' as const, group: 'easy_ham', part: main })),
      ...Array.from({ length: 25 }, () => ({ label: 'ham' as const, group: 'legit-modern', part: legit })),
    ];
    const { weights, sources } = sampleWeights(messages);
    const total = (label: string) => messages.reduce((sum, m, i) => sum + (m.label === label ? weights[i]! : 0), 0);
    expect(total('spam')).toBeCloseTo(total('ham'), 9);
    expect(sources.get('spam')!.count).toBe(500);
    expect(sources.get('legit-modern')!.each / sources.get('easy_ham')!.each).toBeCloseTo(4, 9);
    expect(sources.get('phishing-modern')!.each / sources.get('spam')!.each).toBeCloseTo(Math.sqrt(5), 9);
  });
});
