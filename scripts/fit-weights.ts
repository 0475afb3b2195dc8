/**
 * `npm run fit`: fits each rule's points from its hits on the labeled corpus (issue #3, DESIGN §5)
 * and writes core/score/weights.ts, to be reviewed like code.
 *
 * Features: per message and rule, x = ruleStrength(rule, hits), the capped strength the scorer
 * counts. Model: L2-regularised logistic regression (scripts/eval/logistic.ts), weights ≥ 0 for
 * risk rules and ≤ 0 for reassuring rules (negative default weight); rules with default 0
 * (advice) and rules that fire on fewer than MIN_SUPPORT messages keep their defaults and are
 * listed. Training set: the SpamAssassin set + phishing-modern + legit-modern (as ham). λ is chosen
 * by seeded, stratified 5-fold cross-validation; 5.0 points is put where P(spam) ≥ 0.9 and, if that
 * is stricter, where at most 1 % of each ham part scores 5.0 or more (scripts/eval/fit.ts). The
 * figures printed and written are from nested cross-validation.
 *
 *   npm run fit                      fit on ../shared/corpus and write core/score/weights.ts
 *   npm run fit -- --dry-run         print only
 *   npm run fit -- --check           exit 1 when core/score/weights.ts differs from a fresh fit
 *   npm run fit -- --corpus DIR      another corpus root (with the same parts)
 *
 * Exit codes: 0 done, 1 --check found a difference, 2 usage or corpus error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD, rules } from '../core/index.ts';
import { loadAllParts, type CorpusMessage } from './eval/corpus.ts';
import { extractFeatures, scoreOf, type MessageFeatures } from './eval/features.ts';
import { cohortsOf, computeFigures, fireCounts, type Scored } from './eval/figures.ts';
import { calibrationTable, fitScaled, nestedCrossValidation, roundPoints, sampleWeights, type FitProblem, type FitSettings } from './eval/fit.ts';
import type { Column } from './eval/logistic.ts';
import { DEFAULT_CORPUS, REPO_ROOT } from './eval/paths.ts';
import { fixed, formatFigures, percent, progress, table } from './eval/report.ts';
import { renderWeightsFile, type RuleOutcome } from './eval/weights-file.ts';

/** A rule must fire on at least this many messages to be fitted: never fit one message's behaviour. */
const MIN_SUPPORT = 5;

const DEFAULT_SETTINGS: FitSettings = {
  folds: 5,
  seed: 'spamrisk-fit-v1',
  lambdas: [1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1],
  probabilityAtThreshold: 0.9,
  maxFalsePositiveRate: 0.01,
  threshold: DEFAULT_THRESHOLD,
};

const WEIGHTS_FILE = join(REPO_ROOT, 'core/score/weights.ts');
const USAGE = 'usage: npm run fit -- [--dry-run | --check] [--corpus DIR] [--threads N] [--no-cache] [--max-fp-rate 0.01] [--probability 0.9]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

type Status = RuleOutcome['status'];

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        'dry-run': { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        threads: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'max-fp-rate': { type: 'string' },
        probability: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const share = (value: string | undefined, name: string, fallback: number): number => {
    if (value === undefined) return fallback;
    const parsedValue = Number(value);
    if (!(parsedValue > 0 && parsedValue < 1)) fail(`--${name} expects a share between 0 and 1, got \`${value}\``);
    return parsedValue;
  };
  const SETTINGS: FitSettings = {
    ...DEFAULT_SETTINGS,
    maxFalsePositiveRate: share(values['max-fp-rate'], 'max-fp-rate', DEFAULT_SETTINGS.maxFalsePositiveRate),
    probabilityAtThreshold: share(values.probability, 'probability', DEFAULT_SETTINGS.probabilityAtThreshold),
  };
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(threads >= 1)) fail(`--threads expects a number ≥ 1, got \`${values.threads}\``);

  let corpus;
  try {
    corpus = loadAllParts(values.corpus ?? DEFAULT_CORPUS);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const bar = progress('rule hits');
  const features = await extractFeatures(
    corpus.messages.map((message) => message.path),
    { ...(threads !== undefined ? { threads } : {}), ...(values['no-cache'] ? { cacheDir: null } : {}), onProgress: bar.update },
  );
  bar.end();
  const started = performance.now();
  const startedCpu = process.cpuUsage();

  const kept: { message: CorpusMessage; row: MessageFeatures }[] = [];
  corpus.messages.forEach((message, index) => {
    const row = features.rows[index]!;
    if (row.error === null) kept.push({ message, row });
  });
  const messages = kept.map((entry) => entry.message);
  const rows = kept.map((entry) => entry.row);
  const skipped = corpus.messages.length - kept.length;

  // Which rules the fit may move.
  const support = rules.map((_, r) => rows.reduce((sum, row) => sum + (row.fired[r] ? 1 : 0), 0));
  const status: Status[] = rules.map((rule, r) =>
    rule.weight === 0 ? 'advice' : support[r]! < MIN_SUPPORT ? 'too-few-hits' : rule.weight < 0 ? 'reassuring' : 'risk',
  );
  const fitted = rules.map((_, r) => r).filter((r) => status[r] === 'risk' || status[r] === 'reassuring');

  const { weights: sampleWeight, sources } = sampleWeights(messages);
  const columns: Column[] = fitted.map((r) => {
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
  const problem: FitProblem = {
    data: { n: messages.length, columns, y: Uint8Array.from(messages, (m) => (m.label === 'spam' ? 1 : 0)), weights: sampleWeight },
    strata: messages.map((m) => `${m.part.name}/${m.group}`),
    lower: fitted.map((r) => (status[r] === 'reassuring' ? Number.NEGATIVE_INFINITY : 0)),
    upper: fitted.map((r) => (status[r] === 'reassuring' ? 0 : Number.POSITIVE_INFINITY)),
    falsePositiveGroups: corpus.parts
      .map((part) => messages.flatMap((m, i) => (m.part === part && m.label === 'ham' ? [i] : [])))
      .filter((group) => group.length > 0),
  };

  // Points of every rule for one fit: fitted rules from the fit (rounded), the rest their defaults.
  const pointsOf = (fitPoints: Float64Array): Float64Array => {
    const points = Float64Array.from(rules, (rule) => rule.weight);
    fitted.forEach((r, j) => (points[r] = roundPoints(fitPoints[j]!)));
    return points;
  };

  const outer = nestedCrossValidation(problem, SETTINGS);
  const cvScores = new Float64Array(messages.length);
  const foldPoints = outer.map(({ fit }) => pointsOf(fit.points));
  outer.forEach(({ test }, fold) => {
    for (const i of test) cvScores[i] = scoreOf(rows[i]!.strengths, foldPoints[fold]!);
  });
  const final = fitScaled(problem, Array.from({ length: messages.length }, (_, i) => i), SETTINGS, `${SETTINGS.seed}/final`);
  const finalPoints = pointsOf(final.points);
  const scoredWith = (scores: ArrayLike<number>): Scored[] =>
    messages.map((message, i) => ({ message, score: scores[i]!, hasHtml: message.hasHtml ?? rows[i]!.hasHtml }));
  const cvFigures = computeFigures(scoredWith(cvScores), SETTINGS.threshold);
  const inSampleFigures = computeFigures(scoredWith(rows.map((row) => scoreOf(row.strengths, finalPoints))), SETTINGS.threshold);
  const calibration = calibrationTable([...cvScores], problem.data.y, sampleWeight);
  const fitSeconds = (performance.now() - started) / 1000;
  const fitCpuSeconds = process.cpuUsage(startedCpu).user / 1e6;

  // Per-rule diagnostics.
  const cohorts = cohortsOf(corpus.parts);
  const { counts, sizes } = fireCounts(messages, rows.map((row) => row.fired), rules.length, cohorts);
  const outcomes: RuleOutcome[] = rules.map((rule, r) => {
    const j = fitted.indexOf(r);
    const isFitted = j >= 0;
    const points = finalPoints[r]!;
    const folds = foldPoints.map((p) => p[r]!);
    return {
      id: rule.id,
      status: isFitted && points === 0 ? 'zero' : status[r]!,
      defaultWeight: rule.weight,
      points,
      fitted: isFitted,
      foldRange: [Math.min(...folds), Math.max(...folds)],
      support: support[r]!,
      rates: cohorts.map((cohort, c) => ({ cohort: cohort.name, rate: counts[r]![c]! / sizes[c]! })),
    };
  });

  const out: string[] = [];
  out.push(`spamrisk fit: ${messages.length} messages${skipped ? ` (${skipped} unreadable, left out)` : ''}, ${rules.length} rules, ${fitted.length} fitted`);
  out.push(`  rule hits in ${fixed(features.wallMs / 1000, 1)} s, fit in ${fixed(fitSeconds, 1)} s (${fixed(fitCpuSeconds, 1)} s CPU)`);
  out.push('  sample weights (each source ∝ √size, spam and ham totals equal):');
  out.push(...table([...sources].sort().map(([source, { count, each }]) => [source, `${count} messages`, `× ${fixed(each, 2)} each`]), '    '));
  out.push('', `Regularisation (5-fold CV on the whole corpus, weighted log-loss; seed ${SETTINGS.seed})`);
  out.push(
    ...table([
      ['λ', ...SETTINGS.lambdas.map((lambda) => lambda.toExponential(0))],
      ['log-loss', ...final.losses.map((loss) => fixed(loss, 4))],
    ]),
  );
  out.push(`  chosen λ = ${final.lambda.toExponential(0)}; per outer fold: ${outer.map(({ fit }) => fit.lambda.toExponential(0)).join(', ')}`);
  out.push(
    '',
    `Scale: points = ${fixed(final.scale, 3)} × weight; 5.0 points = logit ${fixed(final.model.intercept + final.cut, 2)} ` +
      `(P(spam) ${percent(1 / (1 + Math.exp(-(final.model.intercept + final.cut))))} at a 50/50 prior), set by ` +
      (final.cutBy === 'probability' ? `P(spam) ≥ ${SETTINGS.probabilityAtThreshold}` : `false positives ≤ ${percent(SETTINGS.maxFalsePositiveRate, 0)} in CV`),
  );
  out.push(`  per outer fold: ${outer.map(({ fit }) => `${fixed(fit.scale, 2)} (${fit.cutBy})`).join(', ')}`);
  out.push('', 'CROSS-VALIDATED (nested 5-fold: λ and scale chosen inside each training part; points rounded as written)');
  out.push(...formatFigures(cvFigures).map((line) => `  ${line}`));
  out.push('', 'In-sample (the written weights on the whole corpus), for comparison only');
  out.push(...table(inSampleFigures.auc.map((figure) => [figure.name, fixed(figure.auc)])));
  out.push('', 'Calibration (cross-validated scores; spam share weighted as in the fit, made monotone)');
  out.push(
    ...table([
      ['score', 'spam', 'ham', 'observed', 'spam share'],
      ...calibration.map((bin) => [rangeLabel(bin.from, bin.to), String(bin.spam), String(bin.ham), percent(bin.observed), percent(bin.spamShare)]),
    ]),
  );
  out.push('', 'Rules: status, points, and the share of each cohort they fire on');
  out.push(
    ...table([
      ['rule', 'status', 'default', 'fitted', 'folds', ...cohorts.map((cohort, c) => `${cohort.name} (${sizes[c]})`)],
      ...outcomes
        .slice()
        .sort((a, b) => b.points - a.points || a.id.localeCompare(b.id))
        .map((o) => [
          o.id,
          o.status,
          fixed(o.defaultWeight, 2),
          o.fitted ? fixed(o.points, 2) : '–',
          o.fitted ? `${fixed(o.foldRange[0], 2)}–${fixed(o.foldRange[1], 2)}` : '',
          ...o.rates.map((rate) => percent(rate.rate)),
        ]),
    ]),
  );
  const zero = outcomes.filter((o) => o.status === 'zero').map((o) => o.id);
  const unfitted = outcomes.filter((o) => !o.fitted).map((o) => `${o.id} (${o.status})`);
  if (zero.length > 0) out.push('', `Fitted to 0 points, candidates for review (they add nothing the other rules do not): ${zero.join(', ')}`);
  if (unfitted.length > 0) out.push('', `Not fitted, default points apply: ${unfitted.join(', ')}`);

  const content = renderWeightsFile({
    corpus: corpus.parts.map((part) => {
      const own = messages.filter((m) => m.part === part);
      const spam = own.filter((m) => m.label === 'spam').length;
      return { name: part.name, spam, ham: own.length - spam };
    }),
    settings: SETTINGS,
    minSupport: MIN_SUPPORT,
    lambda: final.lambda,
    scale: final.scale,
    intercept: final.model.intercept,
    cutBy: final.cutBy,
    cv: cvFigures,
    outcomes,
    calibration,
  });
  const current = readFileSync(WEIGHTS_FILE, 'utf8');
  const where = relative(process.cwd(), WEIGHTS_FILE);
  if (values.check) {
    out.push('', current === content ? `${where} is up to date.` : `${where} differs from a fresh fit: run \`npm run fit\`.`);
    process.stdout.write(`${out.join('\n')}\n`);
    process.exitCode = current === content ? 0 : 1;
    return;
  }
  if (values['dry-run']) out.push('', `(dry run: ${where} not written)`);
  else if (current === content) out.push('', `${where} unchanged.`);
  else {
    writeFileSync(WEIGHTS_FILE, content);
    out.push('', `wrote ${where}: review the diff.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function rangeLabel(from: number, to: number): string {
  if (from === Number.NEGATIVE_INFINITY) return `< ${to}`;
  if (to === Number.POSITIVE_INFINITY) return `≥ ${from}`;
  return `${from} – ${to}`;
}

await main();
