/**
 * The human report: per file its score and level, then each finding with where it is in the file,
 * its points, rule, message and suggestion; a summary line at the end. Problems reading a file go
 * to stderr (the caller prints them); the summary counts them.
 */
import { isFailure, type FileReport } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import type { Position } from '../positions.ts';
import { failingScore, fails } from '../verdict.ts';
import { formatPoints, type Formatter } from './format.ts';

/** `12:5` in the file; for an .eml part that could not be mapped, where in the decoded part. */
export function formatPosition(position: Position | null): string {
  if (!position) return '-';
  switch (position.origin) {
    case 'file':
      return `${position.line}:${position.column}`;
    case 'html-part':
      return `html part ${position.line}:${position.column}`;
    case 'text-part':
      return `text part ${position.line}:${position.column}`;
    case 'subject':
      return `subject:${position.column}`;
  }
}

function levelLabel(report: FileReport['report'], palette: Palette, failing: boolean): string {
  const label = `${formatPoints(report.score)} ${report.level}`;
  if (failing) return palette.bold(palette.red(label));
  return report.level === 'low' ? palette.green(label) : palette.yellow(label);
}

function fileBlock(result: FileReport, palette: Palette, failing: boolean, failAt: number): string[] {
  const { report, positions } = result;
  const verdict = failing ? palette.red(`fails (score ≥ ${formatPoints(failAt)})`) : `passes (fails at ${formatPoints(failAt)})`;
  const count = report.findings.length;
  const lines = [`${palette.bold(result.file)}`, `  ${levelLabel(report, palette, failing)} · ${verdict} · ${count === 0 ? 'no findings' : count === 1 ? '1 finding' : `${count} findings`}`];
  if (count === 0) return lines;
  const rows = report.findings.map((finding, index) => ({
    where: formatPosition(positions[index] ?? null),
    points: formatPoints(finding.points),
    finding,
  }));
  const whereWidth = Math.max(...rows.map((row) => row.where.length));
  const pointsWidth = Math.max(...rows.map((row) => row.points.length));
  const ruleWidth = Math.max(...rows.map((row) => row.finding.rule.length));
  const indent = ' '.repeat(4 + whereWidth + 2 + pointsWidth + 2 + ruleWidth + 2);
  for (const { where, points, finding } of rows) {
    const colourPoints = finding.points >= 2 ? palette.red : finding.points > 0 ? palette.yellow : palette.dim;
    lines.push(
      `    ${palette.dim(where.padEnd(whereWidth))}  ${colourPoints(points.padStart(pointsWidth))}  ${palette.cyan(finding.rule.padEnd(ruleWidth))}  ${finding.message}`,
    );
    if (finding.suggestion) lines.push(`${indent}${palette.dim('→')} ${finding.suggestion}`);
  }
  return lines;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const formatText: Formatter = ({ results, failOn, threshold, quiet, palette }) => {
  const out: string[] = [];
  const levels = { low: 0, medium: 0, high: 0 };
  let failing = 0;
  let errors = 0;
  let checked = 0;
  for (const result of results) {
    if (isFailure(result)) {
      errors++;
      continue;
    }
    checked++;
    levels[result.report.level]++;
    const failed = fails(result.report, failOn);
    if (failed) failing++;
    if (quiet && !failed) continue;
    out.push(...fileBlock(result, palette, failed, failingScore(result.report, failOn)), '');
  }
  if (quiet && failing === 0 && errors === 0) return out.join('\n');
  const failAt = failOn === 'medium' ? threshold / 2 : threshold;
  const parts = [`${plural(checked, 'file')} checked: ${levels.high} high, ${levels.medium} medium, ${levels.low} low`];
  if (failing > 0) parts.push(palette.red(`${failing} at or above ${formatPoints(failAt)}${failOn === 'medium' ? ' (medium)' : ''}`));
  if (errors > 0) parts.push(palette.red(`${plural(errors, 'file')} could not be checked (errors on stderr)`));
  const ok = failing === 0 && errors === 0;
  const mark = ok ? palette.green('✔') : palette.red('✖');
  out.push(`${mark} ${parts.join(' · ')}${ok ? ` · all under ${formatPoints(failAt)}` : ''}`, '');
  return out.join('\n');
};
