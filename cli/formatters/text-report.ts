/**
 * What the text reports of every verb share: an input's headline (score, level, verdict), the
 * colour of a finding's points and its suggestion line, and the run around the per-input blocks:
 * --quiet, and the summary line at the end. Each verb's text formatter brings its own block.
 */
import type { Level } from '../../core/index.ts';
import { isFailure, type FileReport } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import { failingScore, failingScoreAt, fails } from '../verdict.ts';
import { formatPoints, type Formatter } from './format.ts';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `8.0 high · fails (score ≥ 5.0)`, or `1.0 low · passes (fails at 5.0)`. */
export function headline(report: FileReport['report'], palette: Palette, failing: boolean, failAt: number): string {
  const label = `${formatPoints(report.score)} ${report.level}`;
  const level = failing ? palette.bold(palette.red(label)) : report.level === 'low' ? palette.green(label) : palette.yellow(label);
  const verdict = failing ? palette.red(`fails (score ≥ ${formatPoints(failAt)})`) : `passes (fails at ${formatPoints(failAt)})`;
  return `${level} · ${verdict}`;
}

export function pointsColour(points: number, palette: Palette): (text: string) => string {
  return points >= 2 ? palette.red : points > 0 ? palette.yellow : palette.dim;
}

/** A finding's suggestion, under its message (`indent` lines it up with the message column). */
export function suggestionLine(indent: string, suggestion: string, palette: Palette): string {
  return `${indent}${palette.dim('→')} ${suggestion}`;
}

/** One input's lines in the report. */
export type FileBlock = (result: FileReport, palette: Palette, failing: boolean, failAt: number) => string[];

export interface SummaryWords {
  /** what was done to each input: `2 files checked: …` */
  readonly done: string;
  /** what became of an input with an error: `1 file could not be read …` */
  readonly failed: string;
  /** what an input is: `file` unless said (`spamrisk domain` checks a domain) */
  readonly noun?: string;
}

/**
 * The text report: a block per input (with --quiet, only those that fail), then a summary line
 * (with --quiet, only when something failed). Inputs with errors are counted; the errors
 * themselves go to stderr.
 */
export function textFormatter(fileBlock: FileBlock, words: SummaryWords): Formatter {
  return ({ results, failOn, threshold, quiet, palette }) => {
    const reports = results.filter((result): result is FileReport => !isFailure(result));
    const errors = results.length - reports.length;
    const out: string[] = [];
    for (const result of reports) {
      const failed = fails(result.report, failOn);
      if (quiet && !failed) continue;
      out.push(...fileBlock(result, palette, failed, failingScore(result.report, failOn)), '');
    }
    const failing = reports.filter((result) => fails(result.report, failOn)).length;
    if (quiet && failing === 0 && errors === 0) return out.join('\n');
    const count = (level: Level) => reports.filter((result) => result.report.level === level).length;
    const failAt = failingScoreAt(threshold, failOn);
    const parts = [`${plural(reports.length, words.noun ?? 'file')} ${words.done}: ${count('high')} high, ${count('medium')} medium, ${count('low')} low`];
    if (failing > 0) parts.push(palette.red(`${failing} at or above ${formatPoints(failAt)}${failOn === 'medium' ? ' (medium)' : ''}`));
    if (errors > 0) parts.push(palette.red(`${plural(errors, words.noun ?? 'file')} ${words.failed} (errors on stderr)`));
    const ok = failing === 0 && errors === 0;
    const mark = ok ? palette.green('✔') : palette.red('✖');
    out.push(`${mark} ${parts.join(' · ')}${ok ? ` · all under ${formatPoints(failAt)}` : ''}`, '');
    return out.join('\n');
  };
}
