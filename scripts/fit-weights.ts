/**
 * `npm run fit`: fits each rule's points from its hits on the labeled corpus, pulled toward the
 * rule's prior (its default points), and writes core/score/weights.ts, to be reviewed like code
 * (issues #3 and #11, DESIGN §5, docs/evaluation.md).
 *
 * λ (the pull) and the most points one rule may give are chosen by leave-one-group-out
 * cross-validation over the corpus's sources; the figures printed and written are nested grouped
 * cross-validation (each source scored by a fit that never saw it), next to nested ordinary k-fold
 * and in-sample figures, with the gap between them (scripts/eval/fit-run.ts, scripts/eval/fit.ts).
 *
 *   npm run fit                          fit on ../shared/corpus and write core/score/weights.ts
 *   npm run fit -- --dry-run             print only
 *   npm run fit -- --check               exit 1 when core/score/weights.ts differs from a fresh fit
 *   npm run fit -- --corpus DIR          another corpus root (with the same parts)
 *   npm run fit -- --priors FILE.json    experiment: other priors ({ "rule-id": points }); never writes
 *
 * SPAMRISK_CORPUS overrides the default corpus folder. Exit codes: 0 done, 1 --check found a
 * difference, 2 usage or corpus error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SETTINGS, runFit, scoreModelOf, type FitRun } from './eval/fit-run.ts';
import { DEFAULT_CORPUS, REPO_ROOT } from './eval/paths.ts';
import { fixed, formatFigures, percent, progress, table } from './eval/report.ts';
import { renderWeightsFile, weightsFileInputOf } from './eval/weights-file.ts';
import type { FitSettings } from './eval/fit.ts';
import type { GroupSummary } from './eval/figures.ts';
import { commandLine, usageFailure } from './usage.ts';

const WEIGHTS_FILE = join(REPO_ROOT, 'core/score/weights.ts');
const USAGE = 'usage: npm run fit -- [--dry-run | --check] [--corpus DIR] [--priors FILE.json] [--threads N] [--no-cache] [--probability 0.9]';

/** A rule whose points move at least this far from its prior is listed for review. */
const FAR = 0.5;

const fail: (message: string) => never = usageFailure(USAGE);

function readPriors(path: string): Map<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`--priors: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail(`--priors: ${path} must hold an object { "rule-id": points }`);
  const priors = new Map<string, number>();
  for (const [id, points] of Object.entries(parsed)) {
    if (typeof points !== 'number' || !Number.isFinite(points)) fail(`--priors: ${id} must be a number of points`);
    priors.set(id, points);
  }
  return priors;
}

function groupTable(summary: GroupSummary, run: FitRun | null): string[] {
  const hyperOf = (group: string) => run?.grouped.find((fit) => fit.name === group)?.hyper;
  return table([
    ['held-out group', 'label', 'messages', 'AUC vs other label', 'at 5.0', ...(run ? ['λ', 'limit'] : [])],
    ...summary.groups.map((group) => {
      const hyper = hyperOf(group.group);
      return [
        group.group,
        group.label,
        String(group.size),
        fixed(group.auc),
        `${percent(group.flagged / group.size)} ${group.label === 'spam' ? 'recall' : 'false pos.'}`,
        ...(run ? [hyper ? String(hyper.lambda) : '', hyper ? String(hyper.maxRulePoints) : ''] : []),
      ];
    }),
    ['mean', '', '', fixed(summary.auc.mean), ''],
    [`worst`, '', '', `${fixed(summary.auc.worst.auc)} ${summary.auc.worst.group}`, ''],
    ...(summary.recall ? [['recall at 5.0, mean / worst', '', '', '', `${percent(summary.recall.mean)} / ${percent(summary.recall.worst.flagged / summary.recall.worst.size)} ${summary.recall.worst.group}`]] : []),
    ...(summary.falsePositives
      ? [['false positives at 5.0, mean / worst', '', '', '', `${percent(summary.falsePositives.mean)} / ${percent(summary.falsePositives.worst.flagged / summary.falsePositives.worst.size)} ${summary.falsePositives.worst.group}`]]
      : []),
  ]);
}

function report(run: FitRun): string[] {
  const { settings } = run;
  const out: string[] = [];
  const fitted = run.outcomes.filter((o) => o.fitted).length;
  out.push(`spamrisk fit: ${run.messages.length} messages${run.skipped ? ` (${run.skipped} unreadable, left out)` : ''}, ${run.rules.length} rules, ${fitted} fitted`);
  out.push(`  rule hits in ${fixed(run.timing.hitsSeconds, 1)} s, fits and cross-validation in ${fixed(run.timing.fitSeconds, 1)} s`);

  const path = run.final.path;
  out.push('', 'Hyperparameters by leave-one-group-out over the whole corpus: mean log-loss of each held-out group (lower is better); * chosen: the strongest pull within one standard error (paired by group) of the lowest mean');
  out.push(
    ...table([
      ['λ', 'limit', 'mean', ...path.groups],
      ...path.hypers.map((hyper, h) => [
        `${String(hyper.lambda)}${h === path.best ? ' *' : ''}`,
        String(hyper.maxRulePoints),
        fixed(path.criterion[h]!, 4),
        ...path.losses[h]!.map((loss) => fixed(loss, 4)),
      ]),
    ]),
  );
  out.push(
    `  chosen: λ = ${run.final.hyper.lambda}, at most ${run.final.hyper.maxRulePoints} points from one rule (unless its prior gives more); ` +
      `each nested run chose: ${run.grouped.map((fit) => `${fit.name} ${fit.hyper.lambda}/${fit.hyper.maxRulePoints}`).join(', ')}`,
  );
  const model = scoreModelOf(run);
  out.push(
    '',
    `Scale: 5.0 points is where P(spam) = ${percent(settings.probabilityAtThreshold, 0)} at a 50/50 prior; each point adds ${fixed(model.perPoint, 3)} to the log-odds ` +
      `(odds × ${fixed(Math.exp(model.perPoint), 2)}), so a message with no finding is spam ${percent(1 / (1 + Math.exp(-model.intercept)))} of the time`,
  );

  out.push('', 'GROUPED (nested leave-one-group-out: each group scored by a fit that never saw it; λ and the limit chosen without it too)');
  out.push(...groupTable(run.groups.grouped, run));
  out.push('');
  out.push(...formatFigures(run.figures.grouped).map((line) => `  ${line}`));

  out.push('', 'ORDINARY 5-fold cross-validation (nested; every source in training), for comparison');
  out.push(...groupTable(run.groups.folds, null));

  out.push('', 'Three ways: grouped (what counts), ordinary 5-fold, in-sample (the written points on the corpus they were fitted on)');
  out.push(
    ...table([
      ['', 'grouped', 'ordinary CV', 'in-sample', 'in-sample − grouped', 'target'],
      ...run.headline.map((line) => {
        const show = (v: number) => (line.kind === 'auc' ? fixed(v) : percent(v));
        const gap = line.inSample - line.grouped;
        const target = line.target === undefined ? '' : `${line.better === 'higher' ? '≥' : '≤'} ${line.kind === 'auc' ? line.target : percent(line.target, 0)} ${(line.better === 'higher' ? line.grouped >= line.target : line.grouped <= line.target) ? 'met' : 'MISSED'}`;
        return [line.name, show(line.grouped), show(line.folds), show(line.inSample), line.kind === 'auc' ? `${gap >= 0 ? '+' : ''}${fixed(gap)}` : `${gap >= 0 ? '+' : ''}${fixed(gap * 100, 1)} pt`, target];
      }),
    ]),
  );

  out.push('', 'Calibration (grouped cross-validated scores; spam share weighted as in the fit, made monotone)');
  out.push(
    ...table([
      ['score', 'spam', 'ham', 'observed', 'spam share'],
      ...run.calibration.map((bin) => [rangeLabel(bin.from, bin.to), String(bin.spam), String(bin.ham), percent(bin.observed), percent(bin.spamShare)]),
    ]),
  );

  const cohorts = run.outcomes[0]?.rates.map((rate) => rate.cohort) ?? [];
  out.push('', 'Rules: prior, points written, their range over the grouped fits, and the share of each cohort they fire on');
  out.push(
    ...table([
      ['rule', 'status', 'prior', 'points', 'moved', 'grouped', ...cohorts],
      ...run.outcomes
        .slice()
        .sort((a, b) => b.points - b.prior - (a.points - a.prior) || a.id.localeCompare(b.id))
        .map((o) => [
          o.id,
          o.status,
          fixed(o.prior, 2),
          o.fitted ? fixed(o.points, 2) : '–',
          o.fitted ? `${o.points - o.prior >= 0 ? '+' : ''}${fixed(o.points - o.prior, 2)}` : '',
          o.fitted ? `${fixed(o.groupedRange[0], 2)}–${fixed(o.groupedRange[1], 2)}` : '',
          ...o.rates.map((rate) => percent(rate.rate)),
        ]),
    ]),
  );
  const far = run.outcomes.filter((o) => o.fitted && (o.points === 0 || Math.abs(o.points - o.prior) >= FAR));
  out.push(
    '',
    far.length > 0
      ? `Moved ${FAR} points or more from the prior, or to 0 (review; docs/evaluation.md says why each moved): ${far.map((o) => `${o.id} ${fixed(o.prior, 2)} → ${fixed(o.points, 2)}`).join(', ')}`
      : `No rule moved ${FAR} points or more from its prior, and none to 0.`,
  );
  const unfitted = run.outcomes.filter((o) => !o.fitted);
  if (unfitted.length > 0) out.push(`Not fitted, the prior applies: ${unfitted.map((o) => `${o.id} (${o.status === 'advice' ? 'advice' : `${o.support} hits`})`).join(', ')}`);
  return out;
}

function rangeLabel(from: number, to: number): string {
  if (from === Number.NEGATIVE_INFINITY) return `< ${to}`;
  if (to === Number.POSITIVE_INFINITY) return `≥ ${from}`;
  return `${from} – ${to}`;
}

async function main(): Promise<void> {
  const { values } = commandLine(USAGE, {
    options: {
      'dry-run': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      priors: { type: 'string' },
      threads: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      probability: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  let probability = DEFAULT_SETTINGS.probabilityAtThreshold;
  if (values.probability !== undefined) {
    probability = Number(values.probability);
    if (!(probability > 0.5 && probability < 1)) fail(`--probability expects a share between 0.5 and 1, got \`${values.probability}\``);
  }
  const settings: FitSettings = { ...DEFAULT_SETTINGS, probabilityAtThreshold: probability };
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(threads >= 1)) fail(`--threads expects a number ≥ 1, got \`${values.threads}\``);
  const priors = values.priors === undefined ? undefined : readPriors(values.priors);

  const bar = progress('rule hits');
  let run: FitRun;
  try {
    run = await runFit({
      corpus: values.corpus ?? DEFAULT_CORPUS,
      settings,
      ...(threads !== undefined ? { threads } : {}),
      ...(values['no-cache'] ? { cacheDir: null } : {}),
      ...(priors ? { priors } : {}),
      onProgress: bar.update,
    });
  } catch (error) {
    bar.end();
    fail(error instanceof Error ? error.message : String(error));
  }
  bar.end();
  const out = report(run);
  if (priors) {
    const unknown = [...priors.keys()].filter((id) => !run.rules.some((rule) => rule.id === id));
    if (unknown.length > 0) out.push(`--priors: no such rule: ${unknown.join(', ')}`);
  }

  const content = renderWeightsFile(weightsFileInputOf(run));
  const current = readFileSync(WEIGHTS_FILE, 'utf8');
  const where = relative(process.cwd(), WEIGHTS_FILE);
  if (values.check) {
    out.push('', current === content ? `${where} is up to date.` : `${where} differs from a fresh fit: run \`npm run fit\`.`);
    process.stdout.write(`${out.join('\n')}\n`);
    process.exitCode = current === content ? 0 : 1;
    return;
  }
  if (priors) out.push('', `(--priors is an experiment: ${where} not written; change the rules' \`weight\` to change a prior)`);
  else if (values['dry-run']) out.push('', `(dry run: ${where} not written)`);
  else if (current === content) out.push('', `${where} unchanged.`);
  else {
    writeFileSync(WEIGHTS_FILE, content);
    out.push('', `wrote ${where}: review the diff.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
