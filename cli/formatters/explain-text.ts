/**
 * The human report of `spamrisk explain`: per bounce, its outcome (score and level), then the main
 * cause set apart (category, rule, what happened, what to do, the server's own words), then the
 * other findings one line each. A summary line at the end, as `spamrisk check` prints it.
 */
import type { Finding } from '../../core/index.ts';
import type { FileReport } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import type { CliWords } from '../messages/index.ts';
import type { Formatter } from './format.ts';
import { headline, pointsColour, suggestionLine, textFormatter } from './text-report.ts';

function mainCause(finding: Finding, palette: Palette, words: CliWords): string[] {
  const lines = [
    `  ${palette.bold(words.text('main-cause'))} ${palette.bold(String(finding.category))} · ${palette.cyan(finding.rule)} · ${words.pointsWithWord(finding.points)}`,
    `    ${finding.message}`,
  ];
  if (finding.suggestion) lines.push(`    ${palette.bold(words.text('what-to-do'))} ${finding.suggestion}`);
  if (finding.evidence) lines.push(`    ${palette.dim(words.text('evidence'))} ${finding.evidence}`);
  return lines;
}

function otherFindings(findings: readonly Finding[], palette: Palette, words: CliWords): string[] {
  if (findings.length === 0) return [];
  const rows = findings.map((finding) => ({ points: words.points(finding.points), label: `${finding.category} ${finding.rule}`, finding }));
  const pointsWidth = Math.max(...rows.map((row) => row.points.length));
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const indent = ' '.repeat(4 + pointsWidth + 2 + labelWidth + 2);
  const lines = [`  ${palette.bold(words.text('also-found', { count: findings.length }))}`];
  for (const { points, finding } of rows) {
    const label = `${String(finding.category)} ${palette.cyan(finding.rule)}`;
    const pad = ' '.repeat(labelWidth - `${finding.category} ${finding.rule}`.length);
    lines.push(`    ${pointsColour(finding.points, palette)(points.padStart(pointsWidth))}  ${label}${pad}  ${finding.message}`);
    if (finding.suggestion) lines.push(suggestionLine(indent, finding.suggestion, palette));
  }
  return lines;
}

function fileBlock(result: FileReport, palette: Palette, failing: boolean, failAt: number, words: CliWords): string[] {
  const { report } = result;
  const [main, ...others] = report.findings;
  const lines = [palette.bold(result.file), `  ${headline(report, palette, failing, failAt, words)}${main ? ` · ${main.category}` : ''}`];
  if (!main) return [...lines, `  ${words.text('nothing-to-explain')}`];
  return [...lines, ...mainCause(main, palette, words), ...otherFindings(others, palette, words)];
}

export const formatExplainText: Formatter = textFormatter(fileBlock, { done: 'files-explained', failed: 'files-not-read' });
