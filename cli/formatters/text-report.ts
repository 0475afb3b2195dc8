/**
 * What the text reports of every verb share: an input's headline (score, level, verdict), the
 * colour of a finding's points and its suggestion line, and the run around the per-input blocks:
 * --quiet, and the summary line at the end. Each verb's text formatter brings its own block.
 */
import type { Level } from '../../core/index.ts';
import { isFailure, type FileReport } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import { cliWords, type CliMessageId, type CliWords } from '../messages/index.ts';
import { failingScore, failingScoreAt, fails } from '../verdict.ts';
import type { Formatter } from './format.ts';

/** `8.0 high · fails (score ≥ 5.0)`, or `1.0 low · passes (fails at 5.0)`; in the run's language (`8,0 élevé · échoue (score ≥ 5,0)`). */
export function headline(report: FileReport['report'], palette: Palette, failing: boolean, failAt: number, words: CliWords): string {
  const label = `${words.points(report.score)} ${words.text('level', { level: report.level })}`;
  const level = failing ? palette.bold(palette.red(label)) : report.level === 'low' ? palette.green(label) : palette.yellow(label);
  const verdict = failing ? palette.red(words.text('fails', { failAt: words.points(failAt) })) : words.text('passes', { failAt: words.points(failAt) });
  return `${level} · ${verdict}`;
}

export function pointsColour(points: number, palette: Palette): (text: string) => string {
  return points >= 2 ? palette.red : points > 0 ? palette.yellow : palette.dim;
}

/** A finding's suggestion, under its message (`indent` lines it up with the message column). */
export function suggestionLine(indent: string, suggestion: string, palette: Palette): string {
  return `${indent}${palette.dim('→')} ${suggestion}`;
}

/** One input's lines in the report, in the run's words. */
export type FileBlock = (result: FileReport, palette: Palette, failing: boolean, failAt: number, words: CliWords) => string[];

/** The summary line's messages (cli/messages/), each with `count` and the verb's noun (files, domains). */
export interface SummaryWords {
  /** what was done to the inputs, with the counts by level: `2 files checked: 1 high, …` */
  readonly done: CliMessageId;
  /** what became of the inputs with an error: `1 file could not be read (errors on stderr)` */
  readonly failed: CliMessageId;
}

/**
 * The text report: a block per input (with --quiet, only those that fail), then a summary line
 * (with --quiet, only when something failed). Inputs with errors are counted; the errors
 * themselves go to stderr.
 */
export function textFormatter(fileBlock: FileBlock, summary: SummaryWords): Formatter {
  return ({ results, failOn, threshold, quiet, palette, locale }) => {
    const words = cliWords(locale);
    const reports = results.filter((result): result is FileReport => !isFailure(result));
    const errors = results.length - reports.length;
    const out: string[] = [];
    for (const result of reports) {
      const failed = fails(result.report, failOn);
      if (quiet && !failed) continue;
      out.push(...fileBlock(result, palette, failed, failingScore(result.report, failOn), words), '');
    }
    const failing = reports.filter((result) => fails(result.report, failOn)).length;
    if (quiet && failing === 0 && errors === 0) return out.join('\n');
    const count = (level: Level) => reports.filter((result) => result.report.level === level).length;
    const failAt = words.points(failingScoreAt(threshold, failOn));
    const parts = [words.text(summary.done, { count: reports.length, high: count('high'), medium: count('medium'), low: count('low') })];
    if (failing > 0) parts.push(palette.red(words.text(failOn === 'medium' ? 'failing-medium' : 'failing', { count: failing, failAt })));
    if (errors > 0) parts.push(palette.red(words.text(summary.failed, { count: errors })));
    const ok = failing === 0 && errors === 0;
    const mark = ok ? palette.green('✔') : palette.red('✖');
    out.push(`${mark} ${parts.join(' · ')}${ok ? ` · ${words.text('all-under', { failAt })}` : ''}`, '');
    return out.join('\n');
  };
}
