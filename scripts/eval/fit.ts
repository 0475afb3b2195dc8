/**
 * From rule strengths to points (DESIGN §5): a logistic fit whose regularisation is chosen by
 * stratified k-fold cross-validation, scaled so that 5.0 points sits where spam is clearly more
 * likely, with nested cross-validation for the figures we publish. Pure: no I/O.
 *
 * `fitScaled` on a set of rows:
 *  1. for every λ of the grid, k-fold CV on those rows (warm-started from the previous λ) → the
 *     out-of-fold log-loss; the λ with the lowest one wins;
 *  2. refit on all of those rows with it → weights w, intercept b;
 *  3. the threshold t, in unscaled score units u = Σ wⱼxⱼ (a message is flagged when u ≥ t), is the
 *     larger of  ln(p/(1−p)) − b  (5.0 means P(spam) ≥ p under the weighted training prior) and,
 *     for each false-positive group, the smallest t that flags at most `maxFalsePositiveRate` of
 *     the group in the out-of-fold scores of step 1;
 *  4. scale = 5 / t: points per unit of strength are scale × w.
 * The published figures come from `nestedCrossValidation`, which runs all of this inside each
 * outer fold, so neither λ nor the scale ever sees the messages it is judged on.
 */
import { fitLogistic, logits, stratifiedFolds, subset, type Dataset, type LogisticModel } from './logistic.ts';
import type { CorpusMessage } from './corpus.ts';
import { weightedLogLoss } from './metrics.ts';

export interface FitProblem {
  readonly data: Dataset;
  /** per row: the stratum its fold is dealt from (the corpus group) */
  readonly strata: readonly string[];
  /** per feature: bounds of its weight (risk rules [0, ∞), reassuring rules (−∞, 0]) */
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
  /** ham groups whose false-positive rate at the threshold is capped (row indices) */
  readonly falsePositiveGroups: readonly (readonly number[])[];
}

export interface FitSettings {
  readonly folds: number;
  readonly seed: string;
  /** regularisation strengths tried, any order */
  readonly lambdas: readonly number[];
  /** P(spam) at the threshold under the weighted training prior */
  readonly probabilityAtThreshold: number;
  /** most false positives allowed per group, as a share (0.01 = 1 %) */
  readonly maxFalsePositiveRate: number;
  /** the score that means "likely filtered" */
  readonly threshold: number;
}

export interface ScaledFit {
  readonly lambda: number;
  /** mean out-of-fold log-loss per λ, in `settings.lambdas` order */
  readonly losses: readonly number[];
  readonly model: LogisticModel;
  /** threshold in unscaled units and what set it */
  readonly cut: number;
  readonly cutBy: 'probability' | 'false-positives';
  readonly scale: number;
  /** scale × w: points per unit of strength, unrounded */
  readonly points: Float64Array;
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Out-of-fold logits and unscaled scores of `rows` for every λ (grid order), by k-fold CV. */
export function crossValidatedPath(problem: FitProblem, rows: readonly number[], settings: FitSettings, seed: string) {
  const { data } = problem;
  const folds = stratifiedFolds(rows.map((row) => problem.strata[row]!), settings.folds, seed);
  // Strong to weak regularisation, so each fit starts from a nearby solution.
  const order = settings.lambdas.map((lambda, index) => ({ lambda, index })).sort((a, b) => b.lambda - a.lambda);
  const z = settings.lambdas.map(() => new Float64Array(rows.length));
  const u = settings.lambdas.map(() => new Float64Array(rows.length));
  for (let fold = 0; fold < settings.folds; fold++) {
    const train: number[] = [];
    const test: number[] = [];
    rows.forEach((row, position) => (folds[position] === fold ? test : train).push(position));
    const trainData = subset(data, train.map((position) => rows[position]!));
    const testData = subset(data, test.map((position) => rows[position]!));
    let start: LogisticModel | undefined;
    for (const { lambda, index } of order) {
      start = fitLogistic(trainData, { lambda, lower: problem.lower, upper: problem.upper, ...(start ? { start } : {}) });
      const predicted = logits(testData, start);
      test.forEach((position, k) => {
        z[index]![position] = predicted[k]!;
        u[index]![position] = predicted[k]! - start!.intercept;
      });
    }
  }
  const y = Uint8Array.from(rows, (row) => data.y[row]!);
  const weights = Float64Array.from(rows, (row) => data.weights[row]!);
  const losses = z.map((logitsOfLambda) => weightedLogLoss(logitsOfLambda, y, weights));
  return { z, u, losses };
}

/**
 * The smallest cut in unscaled units that flags at most `rate` of each group's scores (a score is
 * flagged when ≥ cut); −∞ when no group constrains it.
 */
export function falsePositiveCut(groups: readonly (readonly number[])[], rate: number): number {
  let cut = Number.NEGATIVE_INFINITY;
  for (const scores of groups) {
    if (scores.length === 0) continue;
    const allowed = Math.floor(rate * scores.length);
    if (allowed >= scores.length) continue;
    const sorted = [...scores].sort((a, b) => b - a);
    const highestUnflagged = sorted[allowed]!;
    // Just above it: ties with it are unflagged too.
    cut = Math.max(cut, highestUnflagged + Math.max(Math.abs(highestUnflagged) * 1e-9, 1e-9));
  }
  return cut;
}

export function fitScaled(problem: FitProblem, rows: readonly number[], settings: FitSettings, seed: string): ScaledFit {
  const path = crossValidatedPath(problem, rows, settings, seed);
  let best = 0;
  path.losses.forEach((loss, index) => {
    const current = path.losses[best]!;
    // Lowest loss; on a tie, the stronger regularisation.
    if (loss < current - 1e-12 || (Math.abs(loss - current) <= 1e-12 && settings.lambdas[index]! > settings.lambdas[best]!)) best = index;
  });
  const lambda = settings.lambdas[best]!;
  const model = fitLogistic(subset(problem.data, [...rows].sort((a, b) => a - b)), { lambda, lower: problem.lower, upper: problem.upper });
  const byProbability = logit(settings.probabilityAtThreshold) - model.intercept;
  const position = new Map(rows.map((row, index) => [row, index]));
  const outOfFold = path.u[best]!;
  const groups = problem.falsePositiveGroups.map((group) =>
    group.filter((row) => position.has(row)).map((row) => outOfFold[position.get(row)!]!),
  );
  const byFalsePositives = falsePositiveCut(groups, settings.maxFalsePositiveRate);
  const cut = Math.max(byProbability, byFalsePositives, 1e-6);
  const scale = settings.threshold / cut;
  return {
    lambda,
    losses: path.losses,
    model,
    cut,
    cutBy: byFalsePositives > byProbability ? 'false-positives' : 'probability',
    scale,
    points: Float64Array.from(model.weights, (w) => w * scale),
  };
}

export interface OuterFold {
  readonly fit: ScaledFit;
  /** rows held out from this fold's fit */
  readonly test: readonly number[];
}

/** Each outer fold: `fitScaled` on the other folds (its own inner CV), judged on this one. */
export function nestedCrossValidation(problem: FitProblem, settings: FitSettings): OuterFold[] {
  const all = Array.from({ length: problem.data.n }, (_, row) => row);
  const folds = stratifiedFolds(problem.strata, settings.folds, `${settings.seed}/outer`);
  const outer: OuterFold[] = [];
  for (let fold = 0; fold < settings.folds; fold++) {
    const train = all.filter((row) => folds[row] !== fold);
    const test = all.filter((row) => folds[row] === fold);
    outer.push({ fit: fitScaled(problem, train, settings, `${settings.seed}/inner-${fold}`), test });
  }
  return outer;
}

/** Rounds points to a step (0.05 by default, steps of at least 0.01): numbers a reviewer can read. */
export function roundPoints(value: number, step = 0.05): number {
  const rounded = Number((Math.round(value / step) * step).toFixed(2));
  return rounded === 0 ? 0 : rounded; // never −0
}

export interface CalibrationBin {
  readonly from: number;
  readonly to: number;
  readonly spam: number;
  readonly ham: number;
  /** weighted share of spam among the bin's messages, as observed */
  readonly observed: number;
  /** the same, made non-decreasing in the score (pool-adjacent-violators), what a report quotes */
  readonly spamShare: number;
}

export const CALIBRATION_EDGES = [Number.NEGATIVE_INFINITY, 0.5, 1.5, 2.5, 3.5, 5, 6.5, 8, 10, Number.POSITIVE_INFINITY] as const;

/**
 * Score bins → share of spam among the messages scoring there, with sample weights (so that the
 * share is that of the weighted prior the fit assumes), made monotone by pool-adjacent-violators.
 * Empty bins are left out.
 */
export function calibrationTable(
  scores: readonly number[],
  labels: ArrayLike<number>,
  weights: ArrayLike<number>,
  edges: readonly number[] = CALIBRATION_EDGES,
): CalibrationBin[] {
  const bins = edges.slice(0, -1).map((from, index) => ({ from, to: edges[index + 1]!, spam: 0, ham: 0, spamWeight: 0, weight: 0 }));
  scores.forEach((score, row) => {
    const bin = bins.find((candidate) => score >= candidate.from && score < candidate.to);
    if (!bin) return;
    if (labels[row]) {
      bin.spam++;
      bin.spamWeight += weights[row]!;
    } else bin.ham++;
    bin.weight += weights[row]!;
  });
  const filled = bins.filter((bin) => bin.spam + bin.ham > 0);
  // Pool-adjacent-violators on the weighted shares.
  const blocks: { share: number; weight: number; count: number }[] = [];
  for (const bin of filled) {
    blocks.push({ share: bin.spamWeight / bin.weight, weight: bin.weight, count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.share > blocks[blocks.length - 1]!.share) {
      const last = blocks.pop()!;
      const previous = blocks.pop()!;
      const weight = previous.weight + last.weight;
      blocks.push({ share: (previous.share * previous.weight + last.share * last.weight) / weight, weight, count: previous.count + last.count });
    }
  }
  const smoothed = blocks.flatMap((block) => Array.from({ length: block.count }, () => block.share));
  return filled.map((bin, index) => ({
    from: bin.from,
    to: bin.to,
    spam: bin.spam,
    ham: bin.ham,
    observed: bin.spamWeight / bin.weight,
    spamShare: smoothed[index]!,
  }));
}

/**
 * Sample weights: each source's total weight grows with the square root of its size (so that
 * legit-modern's 142 and hard_ham's 150 messages count about three times as much each as a
 * SpamAssassin spam), then spam and ham are scaled to equal totals (a 50/50 training prior).
 * Sources: the manifest group with its `_2` suffix dropped, or the part for one-label parts.
 */
export function sampleWeights(messages: readonly Pick<CorpusMessage, 'label' | 'group' | 'part'>[]): { weights: Float64Array; sources: Map<string, { count: number; each: number }> } {
  const sourceOf = (message: Pick<CorpusMessage, 'group' | 'part'>): string => (message.part.role === 'mixed' ? message.group.replace(/_\d+$/, '') : message.part.name);
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(sourceOf(message), (counts.get(sourceOf(message)) ?? 0) + 1);
  const raw = messages.map((message) => 1 / Math.sqrt(counts.get(sourceOf(message))!));
  const totals = { spam: 0, ham: 0 };
  messages.forEach((message, row) => (totals[message.label] += raw[row]!));
  const half = messages.length / 2;
  const weights = Float64Array.from(messages, (message, row) => (raw[row]! * half) / totals[message.label]);
  const sources = new Map<string, { count: number; each: number }>();
  messages.forEach((message, row) => sources.set(sourceOf(message), { count: counts.get(sourceOf(message))!, each: weights[row]! }));
  return { weights, sources };
}
