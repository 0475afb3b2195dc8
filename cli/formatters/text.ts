/**
 * The human report: per file its score and level, then each finding with where it is in the file,
 * its points, rule, message and suggestion; a summary line at the end. Problems reading a file go
 * to stderr (the caller prints them); the summary counts them.
 */
import type { FileReport } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import { ENGLISH, type CliWords } from '../messages/index.ts';
import type { Position } from '../positions.ts';
import type { Formatter } from './format.ts';
import { headline, pointsColour, suggestionLine, textFormatter } from './text-report.ts';

/** `12:5` in the file; for an .eml part that could not be mapped, where in the decoded part. */
export function formatPosition(position: Position | null, words: CliWords = ENGLISH): string {
  if (!position) return '-';
  switch (position.origin) {
    case 'file':
      return `${position.line}:${position.column}`;
    case 'html-part':
      return words.text('html-part', { place: `${position.line}:${position.column}` });
    case 'text-part':
      return words.text('text-part', { place: `${position.line}:${position.column}` });
    case 'subject':
      return words.text('subject', { column: String(position.column) });
  }
}

export function fileBlock(result: FileReport, palette: Palette, failing: boolean, failAt: number, words: CliWords = ENGLISH): string[] {
  const { report, positions } = result;
  const count = report.findings.length;
  const lines = [`${palette.bold(result.file)}`, `  ${headline(report, palette, failing, failAt, words)} · ${words.text('findings', { count })}`];
  if (count === 0) return lines;
  const rows = report.findings.map((finding, index) => ({
    where: formatPosition(positions[index] ?? null, words),
    points: words.points(finding.points),
    finding,
  }));
  const whereWidth = Math.max(...rows.map((row) => row.where.length));
  const pointsWidth = Math.max(...rows.map((row) => row.points.length));
  const ruleWidth = Math.max(...rows.map((row) => row.finding.rule.length));
  const indent = ' '.repeat(4 + whereWidth + 2 + pointsWidth + 2 + ruleWidth + 2);
  for (const { where, points, finding } of rows) {
    lines.push(
      `    ${palette.dim(where.padEnd(whereWidth))}  ${pointsColour(finding.points, palette)(points.padStart(pointsWidth))}  ${palette.cyan(finding.rule.padEnd(ruleWidth))}  ${finding.message}`,
    );
    if (finding.suggestion) lines.push(suggestionLine(indent, finding.suggestion, palette));
  }
  return lines;
}

export const formatText: Formatter = textFormatter(fileBlock, { done: 'files-checked', failed: 'files-not-checked' });

/** `spamrisk domain`'s text report: the same blocks, a summary that counts domains. */
export const formatDomainText: Formatter = textFormatter(fileBlock, { done: 'domains-checked', failed: 'domains-not-checked' });
