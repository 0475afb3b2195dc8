/**
 * The human report of `spamrisk explain`: per bounce, its outcome (score and level), then the main
 * cause set apart (category, rule, what happened, what to do, the server's own words), then the
 * other findings one line each. A summary line at the end, as `spamrisk check` prints it.
 */
import type { Finding } from '../../core/index.ts';
import { isFailure, type FileReport } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import { failingScore, fails } from '../verdict.ts';
import { formatPoints, type Formatter } from './format.ts';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function mainCause(finding: Finding, palette: Palette): string[] {
  const lines = [
    `  ${palette.bold('Main cause:')} ${palette.bold(String(finding.category))} · ${palette.cyan(finding.rule)} · ${formatPoints(finding.points)} points`,
    `    ${finding.message}`,
  ];
  if (finding.suggestion) lines.push(`    ${palette.bold('→ What to do:')} ${finding.suggestion}`);
  if (finding.evidence) lines.push(`    ${palette.dim('Evidence:')} ${finding.evidence}`);
  return lines;
}

function otherFindings(findings: readonly Finding[], palette: Palette): string[] {
  if (findings.length === 0) return [];
  const rows = findings.map((finding) => ({ points: formatPoints(finding.points), label: `${finding.category} ${finding.rule}`, finding }));
  const pointsWidth = Math.max(...rows.map((row) => row.points.length));
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const indent = ' '.repeat(4 + pointsWidth + 2 + labelWidth + 2);
  const lines = [`  ${palette.bold(`Also found (${findings.length}):`)}`];
  for (const { points, finding } of rows) {
    const colourPoints = finding.points >= 2 ? palette.red : finding.points > 0 ? palette.yellow : palette.dim;
    const label = `${String(finding.category)} ${palette.cyan(finding.rule)}`;
    const pad = ' '.repeat(labelWidth - `${finding.category} ${finding.rule}`.length);
    lines.push(`    ${colourPoints(points.padStart(pointsWidth))}  ${label}${pad}  ${finding.message}`);
    if (finding.suggestion) lines.push(`${indent}${palette.dim('→')} ${finding.suggestion}`);
  }
  return lines;
}

function fileBlock(result: FileReport, palette: Palette, failing: boolean, failAt: number): string[] {
  const { report } = result;
  const label = `${formatPoints(report.score)} ${report.level}`;
  const levelText = failing ? palette.bold(palette.red(label)) : report.level === 'low' ? palette.green(label) : palette.yellow(label);
  const verdict = failing ? palette.red(`fails (score ≥ ${formatPoints(failAt)})`) : `passes (fails at ${formatPoints(failAt)})`;
  const [main, ...others] = report.findings;
  const lines = [palette.bold(result.file), `  ${levelText} · ${verdict}${main ? ` · ${main.category}` : ''}`];
  if (!main) return [...lines, '  Nothing to explain.'];
  return [...lines, ...mainCause(main, palette), ...otherFindings(others, palette)];
}

export const formatExplainText: Formatter = ({ results, failOn, threshold, quiet, palette }) => {
  const out: string[] = [];
  const levels = { low: 0, medium: 0, high: 0 };
  let failing = 0;
  let errors = 0;
  let explained = 0;
  for (const result of results) {
    if (isFailure(result)) {
      errors++;
      continue;
    }
    explained++;
    levels[result.report.level]++;
    const failed = fails(result.report, failOn);
    if (failed) failing++;
    if (quiet && !failed) continue;
    out.push(...fileBlock(result, palette, failed, failingScore(result.report, failOn)), '');
  }
  if (quiet && failing === 0 && errors === 0) return out.join('\n');
  const failAt = failOn === 'medium' ? threshold / 2 : threshold;
  const parts = [`${plural(explained, 'file')} explained: ${levels.high} high, ${levels.medium} medium, ${levels.low} low`];
  if (failing > 0) parts.push(palette.red(`${failing} at or above ${formatPoints(failAt)}${failOn === 'medium' ? ' (medium)' : ''}`));
  if (errors > 0) parts.push(palette.red(`${plural(errors, 'file')} could not be read (errors on stderr)`));
  const ok = failing === 0 && errors === 0;
  out.push(`${ok ? palette.green('✔') : palette.red('✖')} ${parts.join(' · ')}${ok ? ` · all under ${formatPoints(failAt)}` : ''}`, '');
  return out.join('\n');
};
