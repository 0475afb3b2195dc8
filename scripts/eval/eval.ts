/**
 * `npm run eval -- [folder]`: runs the analyzer over a labeled corpus and prints how well its score
 * separates spam from legitimate mail (issue #3, DESIGN §5).
 *
 *   npm run eval                                   all parts of ../shared/corpus
 *   npm run eval -- ../shared/corpus               the SpamAssassin set only
 *   npm run eval -- ../shared/corpus/phishing-modern   phishing vs the SpamAssassin ham
 *   npm run eval -- ../shared/corpus/legit-modern  false positives on modern legitimate mail
 *
 * Options: --threshold N (default 5), --threads N (default one per core; 1 = no worker thread),
 * --rules (every rule, not the
 * top ten on ham), --list N (false positives listed, default 15), --no-cache (parse every .eml
 * again instead of reusing node_modules/.cache/spamrisk-eval).
 * Exit codes: 0 done, 2 usage or corpus error. Figures are in-sample when the weights in
 * core/score/weights.ts were fitted on the same corpus; the fit prints the cross-validated ones.
 */
import { relative } from 'node:path';
import { DEFAULT_THRESHOLD, rules } from '../../core/index.ts';
import { fittedWeights } from '../../core/score/weights.ts';
import { loadCorpus, type CorpusMessage } from './corpus.ts';
import { effectiveWeights, extractFeatures, scoreOf, type MessageFeatures } from './features.ts';
import { COMMERCIAL_HAM, cohortsOf, computeFigures, fireCounts, type Scored } from './figures.ts';
import { REPO_ROOT } from './paths.ts';
import { fixed, formatFigures, percent, progress, table } from './report.ts';
import { commandLine, numberOption, usageFailure } from '../usage.ts';

const USAGE = 'usage: npm run eval -- [corpus folder] [--threshold 5] [--threads N] [--rules] [--list 15] [--no-cache]';

const fail: (message: string) => never = usageFailure(USAGE);

async function main(): Promise<void> {
  const { values, positionals } = commandLine(USAGE, {
    allowPositionals: true,
    options: {
      threshold: { type: 'string' },
      threads: { type: 'string' },
      rules: { type: 'boolean', default: false },
      list: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1) fail('name one corpus folder (or none for all of ../shared/corpus).');
  const threshold = numberOption(fail, values.threshold, 'threshold', DEFAULT_THRESHOLD);
  const listed = numberOption(fail, values.list, 'list', 15);

  let corpus;
  try {
    corpus = loadCorpus(positionals[0]);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const bar = progress('scoring');
  const features = await extractFeatures(
    corpus.messages.map((message) => message.path),
    {
      ...(values.threads !== undefined ? { threads: numberOption(fail, values.threads, 'threads', 1) } : {}),
      ...(values['no-cache'] ? { cacheDir: null } : {}),
      onProgress: bar.update,
    },
  );
  bar.end();

  const weights = effectiveWeights(rules, fittedWeights);
  const kept: { message: CorpusMessage; row: MessageFeatures }[] = [];
  const failed: { message: CorpusMessage; error: string }[] = [];
  corpus.messages.forEach((message, index) => {
    const row = features.rows[index]!;
    if (row.error !== null) failed.push({ message, error: row.error });
    else kept.push({ message, row });
  });
  const scored: Scored[] = kept.map(({ message, row }) => ({
    message,
    score: scoreOf(row.strengths, weights),
    hasHtml: message.hasHtml ?? row.hasHtml,
  }));

  const out: string[] = [];
  const seconds = features.wallMs / 1000;
  const busySeconds = features.rows.reduce((sum, row) => sum + row.ms, 0) / 1000;
  out.push(`spamrisk eval: ${corpus.messages.length} messages, ${rules.length} rules, threshold ${threshold.toFixed(1)}`);
  for (const part of corpus.parts) {
    const own = corpus.messages.filter((message) => message.part === part);
    const spam = own.filter((message) => message.label === 'spam').length;
    out.push(`  ${relative(process.cwd(), part.folder) || '.'}  (${part.name}${part.companion ? ', its ham only' : ''}): ${spam} spam, ${own.length - spam} ham`);
  }
  out.push(
    `  ${fixed(corpus.messages.length / seconds, 0)} messages/s (${fixed(seconds, 1)} s on ${features.threads} thread${features.threads > 1 ? 's' : ''}; ` +
      `${fixed(corpus.messages.length / busySeconds, 0)} messages/s per thread, read + MIME parse + analysis)`,
  );
  const fittedCount = rules.filter((rule) => fittedWeights.has(rule.id)).length;
  out.push(
    fittedCount > 0
      ? `  weights: ${fittedCount} of ${rules.length} rules from core/score/weights.ts, fitted on ../shared/corpus: on it these figures are in-sample (\`npm run fit\` prints cross-validated ones)`
      : '  weights: the rules\' defaults (core/score/weights.ts is empty)',
  );
  if (failed.length > 0) {
    out.push(`  ${failed.length} message(s) could not be read and are left out:`);
    for (const { message, error } of failed.slice(0, 10)) out.push(`    ${message.file}: ${error}`);
  }
  out.push('', ...formatFigures(computeFigures(scored, threshold)));

  // The rules that fire most on legitimate mail while carrying points: where false positives come from.
  const cohorts = cohortsOf(corpus.parts);
  const { counts, sizes } = fireCounts(kept.map((entry) => entry.message), kept.map((entry) => entry.row.fired), rules.length, cohorts);
  const hamCohorts = cohorts.map((cohort, index) => ({ cohort, index })).filter(({ cohort }) => cohort.label === 'ham' && cohort.name !== COMMERCIAL_HAM);
  const hamCount = hamCohorts.reduce((sum, { index }) => sum + sizes[index]!, 0);
  const ranked = rules
    .map((rule, index) => ({ rule, index, ham: hamCohorts.reduce((sum, { index: c }) => sum + counts[index]![c]!, 0) }))
    .sort((a, b) => b.ham - a.ham || a.rule.id.localeCompare(b.rule.id));
  const scoring = ranked.filter((entry) => entry.ham > 0 && weights[entry.index] !== 0);
  const shown = values.rules ? ranked : scoring.slice(0, 10);
  out.push(
    '',
    values.rules
      ? 'Every rule: share of messages it fires on'
      : `The ten rules with points that fire most on ham (${hamCount} messages; false-positive suspects): share of messages they fire on`,
  );
  out.push(
    ...table([
      ['rule', ...cohorts.map((cohort, c) => `${cohort.name} (${sizes[c]})`), 'points/unit'],
      ...shown.map(({ rule, index }) => [
        rule.id,
        ...cohorts.map((_, c) => percent(counts[index]![c]! / sizes[c]!)),
        `${fixed(weights[index]!, 2)}${fittedWeights.has(rule.id) ? '' : ' (default)'}`,
      ]),
    ]),
  );
  if (shown.length === 0) out.push('  (no rule with points fires on ham)');
  if (!values.rules) {
    const silent = ranked.filter((entry) => entry.ham > 0 && weights[entry.index] === 0).slice(0, 10);
    if (silent.length > 0) {
      out.push(`  Also firing on ham, with 0 points: ${silent.map((entry) => `${entry.rule.id} ${percent(entry.ham / hamCount)}`).join(', ')}`);
    }
  }

  const errors = new Map<number, number>();
  for (const { row } of kept) for (const rule of row.ruleErrors) errors.set(rule, (errors.get(rule) ?? 0) + 1);
  if (errors.size > 0) {
    out.push('', 'Rules that threw (the analyzer turns that into 0-point advice):');
    for (const [rule, count] of [...errors].sort((a, b) => b[1] - a[1])) out.push(`  ${rules[rule]!.id}: ${count} messages`);
  }

  const falsePositives = kept
    .map((entry, index) => ({ ...entry, score: scored[index]!.score }))
    .filter((entry) => entry.message.label === 'ham' && entry.score >= threshold)
    .sort((a, b) => b.score - a.score || a.message.path.localeCompare(b.message.path));
  if (falsePositives.length > 0 && listed > 0) {
    out.push('', `False positives, highest first (${Math.min(listed, falsePositives.length)} of ${falsePositives.length}):`);
    for (const { message, row, score } of falsePositives.slice(0, listed)) {
      const top = rules
        .map((rule, index) => ({ id: rule.id, points: Math.round(weights[index]! * row.strengths[index]! * 10) / 10 }))
        .filter((entry) => entry.points !== 0)
        .sort((a, b) => b.points - a.points)
        .slice(0, 4)
        .map((entry) => `${entry.id} ${entry.points}`);
      const where = relative(REPO_ROOT, message.path);
      out.push(`  ${score.toFixed(1).padStart(5)}  ${where}${message.filedAsSpam ? ' (filed as spam)' : ''}  ${top.join(', ')}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
