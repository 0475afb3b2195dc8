/**
 * The whole weight fit, from a corpus folder to the text of core/score/weights.ts: read every
 * message's rule hits, fit the points toward the rules' priors with hyperparameters chosen by
 * leave-one-group-out (fit.ts), measure three ways (nested grouped cross-validation, nested
 * ordinary k-fold, in-sample), and render the file. `npm run fit` prints it; the corpus-backed test
 * runs it to check that the committed file is a fresh fit and that the grouped figures hold.
 */
import { createHash } from 'node:crypto';
import { rules as allRules } from '../../core/index.ts';
import type { Rule } from '../../core/rules/rule.ts';
import { loadAllParts, type CorpusMessage, type Part } from './corpus.ts';
import { extractFeatures, scoreOf, type MessageFeatures } from './features.ts';
import { cohortsOf, computeFigures, fireCounts, groupFigures, type Figures, type GroupSummary, type Scored, TARGETS } from './figures.ts';
import {
  anchorOf,
  calibrationTable,
  fitSelected,
  groupOf,
  nestedFolds,
  nestedGrouped,
  sampleWeights,
  sourceOf,
  writtenPoints,
  type CalibrationBin,
  type FitProblem,
  type FitSettings,
  type HeldOut,
  type RuleSpec,
  type Selected,
} from './fit.ts';
import type { Column } from './logistic.ts';

/** A rule must fire on at least this many messages to be fitted: never fit one message's behaviour. */
export const MIN_SUPPORT = 5;

export const DEFAULT_SETTINGS: FitSettings = {
  folds: 5,
  seed: 'spamrisk-fit-v2',
  lambdas: [10, 3, 1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001],
  maxRulePoints: [3, 4],
  probabilityAtThreshold: 0.9,
  threshold: 5,
};

export type RuleStatus = 'risk' | 'reassuring' | 'zero' | 'advice' | 'too-few-hits';

export interface RuleOutcome {
  readonly id: string;
  /**
   * risk / reassuring: fitted (≥ 0 / between the prior and 0); zero: fitted to 0 points; advice:
   * prior 0, not fitted; too-few-hits: fires on too few corpus messages to judge, prior kept
   */
  readonly status: RuleStatus;
  readonly prior: number;
  /** points per unit of strength as written */
  readonly points: number;
  readonly fitted: boolean;
  /** lowest and highest points over the grouped cross-validation's fits (one per held-out group) */
  readonly groupedRange: readonly [number, number];
  /** messages it fires on, in the whole corpus */
  readonly support: number;
  readonly rates: readonly { readonly cohort: string; readonly rate: number }[];
}

/** A figure measured three ways. */
export interface Headline {
  readonly name: string;
  readonly kind: 'auc' | 'rate';
  /** higher is better (AUC, recall) or lower (false positives) */
  readonly better: 'higher' | 'lower';
  readonly grouped: number;
  readonly folds: number;
  readonly inSample: number;
  /** the figure's target, when issue #11 sets one */
  readonly target?: number;
}

export interface FitRunOptions {
  readonly corpus: string;
  readonly threads?: number;
  /** parsed-message cache (input-cache.ts); null parses every time */
  readonly cacheDir?: string | null;
  /** experiment: priors other than the rules' default `weight` (id → points) */
  readonly priors?: ReadonlyMap<string, number>;
  readonly settings?: FitSettings;
  readonly onProgress?: (done: number, total: number) => void;
  /** the rules to fit (default: every rule of the analyzer) */
  readonly rules?: readonly Rule[];
}

export interface FitRun {
  readonly settings: FitSettings;
  readonly rules: readonly Rule[];
  readonly specs: readonly RuleSpec[];
  readonly parts: readonly Part[];
  readonly messages: readonly CorpusMessage[];
  readonly rows: readonly MessageFeatures[];
  /** messages left out because they could not be read */
  readonly skipped: number;
  readonly problem: FitProblem;
  readonly final: Selected;
  readonly grouped: readonly HeldOut[];
  readonly folds: readonly HeldOut[];
  readonly points: Float64Array;
  readonly scores: { readonly grouped: Float64Array; readonly folds: Float64Array; readonly inSample: Float64Array };
  readonly figures: { readonly grouped: Figures; readonly folds: Figures; readonly inSample: Figures };
  readonly groups: { readonly grouped: GroupSummary; readonly folds: GroupSummary; readonly inSample: GroupSummary };
  readonly headline: readonly Headline[];
  readonly calibration: readonly CalibrationBin[];
  readonly outcomes: readonly RuleOutcome[];
  readonly fingerprint: string;
  readonly timing: { readonly hitsSeconds: number; readonly fitSeconds: number };
}

/** Prior of each rule: the experiment's override, else the rule's default `weight`. */
export function specsOf(rules: readonly Rule[], support: readonly number[], priors?: ReadonlyMap<string, number>): RuleSpec[] {
  return rules.map((rule, r) => {
    const prior = priors?.get(rule.id) ?? rule.weight;
    const role = prior === 0 || support[r]! < MIN_SUPPORT ? 'fixed' : prior < 0 ? 'reassuring' : 'risk';
    return { id: rule.id, prior, cap: rule.cap, role };
  });
}

/**
 * What the written file depends on: the settings, every rule's id, prior and cap, and every corpus
 * message's rule strengths. Equal fingerprints mean a fresh fit writes the same file.
 */
export function fitFingerprint(settings: FitSettings, specs: readonly RuleSpec[], messages: readonly CorpusMessage[], rows: readonly MessageFeatures[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ settings, minSupport: MIN_SUPPORT, rules: specs.map((spec) => [spec.id, spec.prior, spec.cap]) }));
  messages.forEach((message, i) => {
    const row = rows[i]!;
    hash.update(`\n${message.part.name}/${message.file}\t${message.label}\t${row.error === null ? [...row.strengths].join(',') : 'unreadable'}`);
  });
  return hash.digest('hex').slice(0, 16);
}

const HEADLINES: readonly { name: string; kind: 'auc' | 'rate'; better: 'higher' | 'lower'; of: (figures: Figures) => number | undefined; target?: number }[] = [
  { name: 'AUC spam vs ham (SpamAssassin)', kind: 'auc', better: 'higher', of: (f) => f.auc.find((a) => a.name === 'spamassassin: spam vs ham')?.auc, target: TARGETS.aucSpamHam },
  { name: 'AUC spam vs commercial ham (hard_ham)', kind: 'auc', better: 'higher', of: (f) => f.auc.find((a) => a.name === 'spamassassin: spam vs hard_ham')?.auc, target: TARGETS.aucSpamHardHam },
  { name: 'AUC phishing-modern vs ham', kind: 'auc', better: 'higher', of: (f) => f.auc.find((a) => a.name.startsWith('phishing-modern vs all ham'))?.auc, target: TARGETS.aucPhishingHam },
  { name: 'AUC phishing-modern vs legit-modern', kind: 'auc', better: 'higher', of: (f) => f.auc.find((a) => a.name === 'phishing-modern vs legit-modern')?.auc },
  { name: 'AUC SpamAssassin spam vs legit-modern', kind: 'auc', better: 'higher', of: (f) => f.auc.find((a) => a.name === 'spamassassin spam vs legit-modern')?.auc },
  { name: 'recall at 5.0, SpamAssassin spam', kind: 'rate', better: 'higher', of: (f) => f.atThreshold.find((t) => t.name === 'spamassassin: spam vs ham')?.confusion.recall },
  { name: 'recall at 5.0, phishing-modern', kind: 'rate', better: 'higher', of: (f) => f.atThreshold.find((t) => t.name === 'phishing-modern vs all ham')?.confusion.recall },
  { name: 'false positives at 5.0, SpamAssassin ham', kind: 'rate', better: 'lower', of: (f) => rate(f, 'spamassassin ham'), target: TARGETS.falsePositiveRate },
  { name: 'false positives at 5.0, hard_ham', kind: 'rate', better: 'lower', of: (f) => rate(f, '  hard_ham') },
  { name: 'false positives at 5.0, legit-modern', kind: 'rate', better: 'lower', of: (f) => rate(f, 'legit-modern'), target: TARGETS.falsePositiveRate },
];

function rate(figures: Figures, name: string): number | undefined {
  const figure = figures.falsePositives.find((candidate) => candidate.name === name);
  return figure ? figure.flagged / figure.total : undefined;
}

export function headlinesOf(grouped: Figures, folds: Figures, inSample: Figures): Headline[] {
  return HEADLINES.flatMap((line) => {
    const values = [line.of(grouped), line.of(folds), line.of(inSample)];
    if (values.some((value) => value === undefined)) return [];
    return [{ name: line.name, kind: line.kind, better: line.better, grouped: values[0]!, folds: values[1]!, inSample: values[2]!, ...(line.target !== undefined ? { target: line.target } : {}) }];
  });
}

export async function runFit(options: FitRunOptions): Promise<FitRun> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const rules = options.rules ?? allRules;
  const corpus = loadAllParts(options.corpus);
  const features = await extractFeatures(
    corpus.messages.map((message) => message.path),
    {
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  const started = performance.now();
  const kept = corpus.messages.flatMap((message, i) => (features.rows[i]!.error === null ? [{ message, row: features.rows[i]! }] : []));
  const messages = kept.map((entry) => entry.message);
  const rows = kept.map((entry) => entry.row);

  const support = rules.map((_, r) => rows.reduce((sum, row) => sum + (row.fired[r] ? 1 : 0), 0));
  const specs = specsOf(rules, support, options.priors);
  const columns: Column[] = rules.map((_, r) => {
    const at: number[] = [];
    const values: number[] = [];
    rows.forEach((row, i) => {
      if (row.strengths[r] !== 0) {
        at.push(i);
        values.push(row.strengths[r]!);
      }
    });
    return { rows: Int32Array.from(at), values: Float64Array.from(values) };
  });
  const y = Uint8Array.from(messages, (m) => (m.label === 'spam' ? 1 : 0));
  const problem: FitProblem = {
    data: { n: messages.length, columns, y, weights: new Float64Array(messages.length).fill(1) },
    rules: specs,
    sources: messages.map(sourceOf),
    groups: messages.map(groupOf),
    strata: messages.map((m) => `${m.part.name}/${m.group}`),
  };

  const final = fitSelected(problem, Array.from({ length: messages.length }, (_, i) => i), settings);
  const grouped = nestedGrouped(problem, settings);
  const folds = nestedFolds(problem, settings);
  const points = writtenPoints(specs, final.model);
  const heldOutScores = (fits: readonly HeldOut[]): Float64Array => {
    const out = new Float64Array(messages.length);
    for (const fit of fits) {
      const written = writtenPoints(specs, fit.model);
      for (const i of fit.test) out[i] = scoreOf(rows[i]!.strengths, written);
    }
    return out;
  };
  const scores = {
    grouped: heldOutScores(grouped),
    folds: heldOutScores(folds),
    inSample: Float64Array.from(rows, (row) => scoreOf(row.strengths, points)),
  };
  const scored = (of: Float64Array): Scored[] => messages.map((message, i) => ({ message, score: of[i]!, hasHtml: message.hasHtml ?? rows[i]!.hasHtml }));
  const figuresOf = (of: Float64Array) => computeFigures(scored(of), settings.threshold);
  const groupsOf = (of: Float64Array) =>
    groupFigures(messages.map((message, i) => ({ group: problem.groups[i]!, label: message.label, score: of[i]! })), settings.threshold);
  const figures = { grouped: figuresOf(scores.grouped), folds: figuresOf(scores.folds), inSample: figuresOf(scores.inSample) };
  const groups = { grouped: groupsOf(scores.grouped), folds: groupsOf(scores.folds), inSample: groupsOf(scores.inSample) };
  const { weights } = sampleWeights(messages);
  const calibration = calibrationTable([...scores.grouped], y, weights);

  const cohorts = cohortsOf(corpus.parts);
  const { counts, sizes } = fireCounts(messages, rows.map((row) => row.fired), rules.length, cohorts);
  const groupedPoints = grouped.map((fit) => writtenPoints(specs, fit.model));
  const outcomes: RuleOutcome[] = specs.map((spec, r) => {
    const fitted = spec.role !== 'fixed';
    const range = groupedPoints.map((p) => p[r]!);
    const status: RuleStatus = !fitted ? (spec.prior === 0 ? 'advice' : 'too-few-hits') : points[r] === 0 ? 'zero' : spec.role;
    return {
      id: spec.id,
      status,
      prior: spec.prior,
      points: points[r]!,
      fitted,
      groupedRange: [Math.min(...range), Math.max(...range)],
      support: support[r]!,
      rates: cohorts.map((cohort, c) => ({ cohort: cohort.name, rate: counts[r]![c]! / sizes[c]! })),
    };
  });

  return {
    settings,
    rules,
    specs,
    parts: corpus.parts,
    messages,
    rows,
    skipped: corpus.messages.length - messages.length,
    problem,
    final,
    grouped,
    folds,
    points,
    scores,
    figures,
    groups,
    headline: headlinesOf(figures.grouped, figures.folds, figures.inSample),
    calibration,
    outcomes,
    fingerprint: fitFingerprint(settings, specs, messages, rows),
    timing: { hitsSeconds: features.wallMs / 1000, fitSeconds: (performance.now() - started) / 1000 },
  };
}

/** The fitted model in score units: P(spam) = 1 / (1 + e^−(intercept + perPoint × score)) at a 50/50 prior. */
export function scoreModelOf(run: Pick<FitRun, 'settings' | 'final'>): { intercept: number; perPoint: number } {
  const anchor = anchorOf(run.settings);
  const perPoint = run.final.model.perPoint;
  return { intercept: anchor.logit - perPoint * anchor.threshold, perPoint };
}
