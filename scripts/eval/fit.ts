/**
 * From rule strengths to points (DESIGN §5, issue #11): a logistic fit in points, regularised
 * toward each rule's prior (its default points), whose hyperparameters are chosen by
 * leave-one-group-out cross-validation, so that they are judged by how the rules carry over to a
 * source or era the fit has not seen. Pure: no I/O.
 *
 * - Groups are the corpus's sources: SpamAssassin `spam` and `spam_2`, `easy_ham` (+ `easy_ham_2`)
 *   and `hard_ham`, `phishing-modern`, `legit-modern`. Each is all spam or all ham, so a held-out
 *   group is scored by a fit that never saw it and ranked against the held-out scores of the other
 *   label's groups: every message gets one score from a fit without its own group.
 * - Hyperparameters: λ (how far evidence may pull a rule from its prior) and the most points one
 *   rule may give a message (a rule whose prior says more keeps its prior as its limit). They are
 *   chosen by the mean, over held-out groups, of the group's log-loss (each source counts once
 *   whatever its size), with the one-standard-error rule: the strongest pull whose mean is within
 *   one standard error (of the per-group differences) of the lowest.
 * - Sample weights are recomputed for every training set: each source ∝ √size, spam and ham equal
 *   in total, so that the anchor "5.0 points = P(spam) 0.9" always assumes a 50/50 prior.
 * - Published grouped figures are nested: for each held-out group, the hyperparameters are chosen
 *   by leave-one-group-out on the other groups only.
 */
import type { CorpusMessage } from './corpus.ts';
import { fitPoints, logits, scores, stratifiedFolds, subset, type Anchor, type Dataset, type PointsModel } from './logistic.ts';
import { softplus } from './metrics.ts';

/** How a rule enters the fit. */
export interface RuleSpec {
  readonly id: string;
  /** its default points per unit of strength: where the fit starts and what it is pulled to */
  readonly prior: number;
  /** most units of strength it counts per message (the rule's `cap`) */
  readonly cap: number;
  /**
   * risk: points ≥ 0, pulled to the prior; reassuring (negative prior): points between the prior
   * and 0, pulled to the prior like every other rule, so that evidence can only shrink the reward
   * toward 0, never enlarge it; fixed: kept at the prior (advice rules, and rules that fire too
   * rarely on the corpus to be judged)
   */
  readonly role: 'risk' | 'reassuring' | 'fixed';
}

export interface FitProblem {
  /** rule strengths by column (one per `rules` entry), labels; its weights are not used */
  readonly data: Dataset;
  readonly rules: readonly RuleSpec[];
  /** per row: the source its sample weight is shared within */
  readonly sources: readonly string[];
  /** per row: the group held out together in grouped cross-validation */
  readonly groups: readonly string[];
  /** per row: the stratum its ordinary k-fold is dealt from */
  readonly strata: readonly string[];
}

export interface Hyper {
  readonly lambda: number;
  /** most points one rule may give a message, unless its prior gives more */
  readonly maxRulePoints: number;
}

export interface FitSettings {
  readonly folds: number;
  readonly seed: string;
  readonly lambdas: readonly number[];
  readonly maxRulePoints: readonly number[];
  /** P(spam) at the threshold under a 50/50 prior */
  readonly probabilityAtThreshold: number;
  /** the score that means "likely filtered" */
  readonly threshold: number;
}

export function anchorOf(settings: Pick<FitSettings, 'probabilityAtThreshold' | 'threshold'>): Anchor {
  const p = settings.probabilityAtThreshold;
  return { threshold: settings.threshold, logit: Math.log(p / (1 - p)) };
}

export function hypersOf(settings: Pick<FitSettings, 'lambdas' | 'maxRulePoints'>): Hyper[] {
  return settings.maxRulePoints.flatMap((maxRulePoints) => settings.lambdas.map((lambda) => ({ lambda, maxRulePoints })));
}

/** Bounds and pull of every rule under a hyperparameter setting. */
export function boundsOf(rules: readonly RuleSpec[], maxRulePoints: number) {
  const lower = new Float64Array(rules.length);
  const upper = new Float64Array(rules.length);
  const center = new Float64Array(rules.length);
  rules.forEach((rule, j) => {
    if (rule.role === 'fixed') {
      lower[j] = upper[j] = center[j] = rule.prior;
    } else if (rule.role === 'reassuring') {
      // Pulled to its prior, as a risk rule is (issue #11: a rule without evidence keeps its prior).
      // Pulled to 0 instead, a reassuring rule lost its prior under the strong pull that grouped
      // cross-validation picks, however clearly it separated ham from spam.
      lower[j] = rule.prior;
      upper[j] = 0;
      center[j] = rule.prior;
    } else {
      lower[j] = 0;
      upper[j] = Math.max(maxRulePoints, rule.prior * rule.cap) / rule.cap;
      center[j] = rule.prior;
    }
  });
  return { lower, upper, center };
}

/**
 * Sample weights of `rows`: each source's total ∝ √(its size among the rows), then spam and ham
 * scaled to equal totals, the mean weight 1. (A legit-modern or hard_ham message then counts about
 * three times a SpamAssassin spam.)
 */
export function balancedWeights(sources: readonly string[], labels: ArrayLike<number>, rows: readonly number[]): Float64Array {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(sources[row]!, (counts.get(sources[row]!) ?? 0) + 1);
  const raw = rows.map((row) => 1 / Math.sqrt(counts.get(sources[row]!)!));
  const totals = [0, 0];
  rows.forEach((row, k) => (totals[labels[row]!]! += raw[k]!));
  const half = rows.length / 2;
  return Float64Array.from(rows, (row, k) => (totals[labels[row]!]! > 0 ? (raw[k]! * half) / totals[labels[row]!]! : 0));
}

/** Fits on `rows` (weights balanced among them). */
export function fitRows(problem: FitProblem, rows: readonly number[], hyper: Hyper, settings: FitSettings, start?: PointsModel): PointsModel {
  const sorted = [...rows].sort((a, b) => a - b);
  const data = subset(problem.data, sorted, balancedWeights(problem.sources, problem.data.y, sorted));
  const { lower, upper, center } = boundsOf(problem.rules, hyper.maxRulePoints);
  return fitPoints(data, { lambda: hyper.lambda, prior: center, lower, upper, anchor: anchorOf(settings), ...(start ? { start } : {}) });
}

/** Log-odds and unrounded scores of `rows` under a model, in the order given. */
export function predict(problem: FitProblem, rows: readonly number[], model: PointsModel, settings: FitSettings) {
  const data = subset(problem.data, rows);
  return { z: logits(data, model, anchorOf(settings)), score: scores(data, model.points) };
}

/** Mean log-loss of rows given their log-odds (each row counting once). */
function meanLoss(z: ArrayLike<number>, y: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += softplus(z[k]!) - y[k]! * z[k]!;
  return z.length > 0 ? sum / z.length : Number.NaN;
}

export interface GroupedPath {
  readonly hypers: readonly Hyper[];
  /** held-out groups, sorted */
  readonly groups: readonly string[];
  /** [hyper][group]: the group's mean log-loss under a fit without it (NaN: cannot be held out, see below) */
  readonly losses: readonly (readonly number[])[];
  /** [hyper]: the mean of the groups' losses, the criterion */
  readonly criterion: readonly number[];
  readonly best: number;
}

/**
 * Leave-one-group-out over the groups of `rows`, for every hyperparameter setting: each group is
 * predicted by a fit on the other groups of `rows`. Warm-started along λ (strong to weak) per group.
 * A group whose removal would leave no spam or no ham to fit on is not held out (NaN), and the
 * criterion is the mean over the others.
 */
export function groupedPath(problem: FitProblem, rows: readonly number[], settings: FitSettings): GroupedPath {
  const hypers = hypersOf(settings);
  const groups = [...new Set(rows.map((row) => problem.groups[row]!))].sort();
  const losses = hypers.map(() => groups.map(() => Number.NaN));
  const labelled = (part: readonly number[], label: number) => part.some((row) => problem.data.y[row] === label);
  groups.forEach((group, g) => {
    const train = rows.filter((row) => problem.groups[row] !== group);
    const test = rows.filter((row) => problem.groups[row] === group);
    // A group can be held out only if spam and ham are both left to fit on.
    if (!labelled(train, 0) || !labelled(train, 1)) return;
    const labels = Uint8Array.from(test, (row) => problem.data.y[row]!);
    for (const maxRulePoints of settings.maxRulePoints) {
      let start: PointsModel | undefined;
      const order = hypers.map((hyper, h) => ({ hyper, h })).filter(({ hyper }) => hyper.maxRulePoints === maxRulePoints);
      order.sort((a, b) => b.hyper.lambda - a.hyper.lambda);
      for (const { hyper, h } of order) {
        start = fitRows(problem, train, hyper, settings, start);
        losses[h]![g] = meanLoss(predict(problem, test, start, settings).z, labels);
      }
    }
  });
  const held = groups.filter((_, g) => !Number.isNaN(losses[0]![g]!));
  if (held.length === 0) throw new Error(`leave-one-group-out needs groups that can be held out with spam and ham left to fit on (groups: ${groups.join(', ')})`);
  const criterion = losses.map((perGroup) => perGroup.reduce((sum, loss) => (Number.isNaN(loss) ? sum : sum + loss), 0) / held.length);
  let lowest = 0;
  criterion.forEach((value, h) => {
    if (value < criterion[lowest]! - 1e-12) lowest = h;
  });
  // The one-standard-error rule (Hastie, Tibshirani & Friedman, ESL §7.10), with the error paired
  // by group: a setting whose mean loss exceeds the lowest by no more than the standard error of
  // its per-group differences from it is as good as the data can tell, and among those the
  // strongest pull to the priors wins, then the lower limit. A weaker pull must beat the priors
  // by more than the groups disagree about it, not by a rounding's worth of mean log-loss.
  let best = lowest;
  hypers.forEach((a, h) => {
    if (!withinOneStandardError(losses[h]!, losses[lowest]!)) return;
    const b = hypers[best]!;
    if (a.lambda > b.lambda || (a.lambda === b.lambda && a.maxRulePoints < b.maxRulePoints)) best = h;
  });
  return { hypers, groups, losses, criterion, best };
}

/**
 * Whether the mean of `candidate − lowest` over the groups both hold (not NaN) is at most one
 * standard error of those differences (sample standard deviation over √groups); with one group,
 * only an equal loss is.
 */
export function withinOneStandardError(candidate: readonly number[], lowest: readonly number[]): boolean {
  const differences = candidate.map((loss, g) => loss - lowest[g]!).filter((difference) => !Number.isNaN(difference));
  const k = differences.length;
  if (k === 0) return false;
  const mean = differences.reduce((sum, d) => sum + d, 0) / k;
  if (mean <= 1e-12) return true;
  if (k < 2) return false;
  const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (k - 1);
  return mean <= Math.sqrt(variance / k) + 1e-12;
}

export interface Selected {
  readonly path: GroupedPath;
  readonly hyper: Hyper;
  readonly model: PointsModel;
}

/** Hyperparameters chosen by leave-one-group-out among `rows`, then the fit on all of `rows` with them. */
export function fitSelected(problem: FitProblem, rows: readonly number[], settings: FitSettings): Selected {
  const path = groupedPath(problem, rows, settings);
  const hyper = path.hypers[path.best]!;
  return { path, hyper, model: fitRows(problem, rows, hyper, settings) };
}

export interface HeldOut extends Selected {
  /** what was held out: a group's name, or `fold k` */
  readonly name: string;
  /** rows held out from this fit */
  readonly test: readonly number[];
}

function heldOut(problem: FitProblem, settings: FitSettings, name: string, inTest: (row: number) => boolean): HeldOut {
  const all = Array.from({ length: problem.data.n }, (_, row) => row);
  const train = all.filter((row) => !inTest(row));
  return { name, ...fitSelected(problem, train, settings), test: all.filter(inTest) };
}

/**
 * Nested leave-one-group-out: each group is predicted by a fit on the other groups, whose
 * hyperparameters were chosen by leave-one-group-out among those other groups alone.
 */
export function nestedGrouped(problem: FitProblem, settings: FitSettings): HeldOut[] {
  return [...new Set(problem.groups)].sort().map((group) => heldOut(problem, settings, group, (row) => problem.groups[row] === group));
}

/**
 * Ordinary stratified k-fold, for comparison: each fold is predicted by a fit on the other folds
 * (hyperparameters chosen by leave-one-group-out within them), so every source is in training.
 */
export function nestedFolds(problem: FitProblem, settings: FitSettings): HeldOut[] {
  const folds = stratifiedFolds(problem.strata, settings.folds, `${settings.seed}/folds`);
  return Array.from({ length: settings.folds }, (_, fold) => heldOut(problem, settings, `fold ${fold + 1}`, (row) => folds[row] === fold));
}

/** Rounds points to a step (0.05 by default, steps of at least 0.01): numbers a reviewer can read. */
export function roundPoints(value: number, step = 0.05): number {
  const rounded = Number((Math.round(value / step) * step).toFixed(2));
  return rounded === 0 ? 0 : rounded; // never −0
}

/** The points a fit writes: fixed rules exactly their prior, the others rounded to 0.05. */
export function writtenPoints(rules: readonly RuleSpec[], model: Pick<PointsModel, 'points'>): Float64Array {
  return Float64Array.from(rules, (rule, j) => (rule.role === 'fixed' ? rule.prior : roundPoints(model.points[j]!)));
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
  scoresOfRows: readonly number[],
  labels: ArrayLike<number>,
  weights: ArrayLike<number>,
  edges: readonly number[] = CALIBRATION_EDGES,
): CalibrationBin[] {
  const bins = edges.slice(0, -1).map((from, index) => ({ from, to: edges[index + 1]!, spam: 0, ham: 0, spamWeight: 0, weight: 0 }));
  scoresOfRows.forEach((score, row) => {
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
 * The sample-weight source of a corpus message: the manifest group with its `_2` suffix dropped
 * for the two-label part (spam_2 is more of SpamAssassin's spam), else the part.
 */
export function sourceOf(message: Pick<CorpusMessage, 'group' | 'part'>): string {
  return message.part.role === 'mixed' ? message.group.replace(/_\d+$/, '') : message.part.name;
}

/**
 * The group a message is held out with in grouped cross-validation: SpamAssassin's `spam` and
 * `spam_2` apart (two collections of different years), `easy_ham` with `easy_ham_2` (the same
 * lists), `hard_ham`; a one-label part (phishing-modern, legit-modern) is one group.
 */
export function groupOf(message: Pick<CorpusMessage, 'group' | 'part'>): string {
  if (message.part.role !== 'mixed') return message.part.name;
  return message.group === 'easy_ham_2' ? 'easy_ham' : message.group;
}

/** Sample weights of a whole corpus, and each source's size and weight per message (for the report). */
export function sampleWeights(messages: readonly Pick<CorpusMessage, 'label' | 'group' | 'part'>[]): { weights: Float64Array; sources: Map<string, { count: number; each: number }> } {
  const sources = messages.map(sourceOf);
  const labels = Uint8Array.from(messages, (message) => (message.label === 'spam' ? 1 : 0));
  const weights = balancedWeights(sources, labels, messages.map((_, row) => row));
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source, (counts.get(source) ?? 0) + 1);
  const summary = new Map<string, { count: number; each: number }>();
  sources.forEach((source, row) => summary.set(source, { count: counts.get(source)!, each: weights[row]! }));
  return { weights, sources: summary };
}
