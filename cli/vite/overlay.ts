/**
 * A failing template as Vite's error overlay shows an error: the verdict as the message, the
 * top finding's place in the file (a link that opens the editor) with a code frame under it, and
 * every finding with its fix in the stack area. The overlay renders all of it as text.
 */
import type { FileReport } from '../analyze-source.ts';
import { escapeControls } from '../escape.ts';
import { formatPoints } from '../formatters/format.ts';
import { formatPosition } from '../formatters/text.ts';
import { LineIndex, type Position } from '../positions.ts';
import type { FailOn } from '../config.ts';
import { failingScore } from '../verdict.ts';

/** The shape of Vite's ErrorPayload['err'] (vite/types/hmrPayload.d.ts), without importing Vite's types into the payload. */
export interface OverlayError {
  message: string;
  stack: string;
  id?: string;
  frame?: string;
  plugin: 'spamrisk';
  loc?: { file: string; line: number; column: number };
}

/** Lines longer than this (minified HTML) are shown as a window around the finding. */
const FRAME_WIDTH = 100;

/** Lines around `position` with a caret under the finding, as Vite's own code frames look. */
export function codeFrame(text: string, position: Position): string {
  const index = new LineIndex(text);
  const first = Math.max(1, position.line - 2);
  const last = Math.min(index.lineCount, position.line + 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const start = index.lineStart(line);
    const end = line < index.lineCount ? index.lineStart(line + 1) : text.length;
    const full = text.slice(start, end).replace(/\r?\n$|\r$/, '');
    // A window of the line around the finding's column, so a one-line minified template still reads.
    const from = full.length > FRAME_WIDTH ? Math.max(0, Math.min(position.column - 1 - FRAME_WIDTH / 2, full.length - FRAME_WIDTH)) : 0;
    const shown = `${from > 0 ? '…' : ''}${escapeControls(full.slice(from, from + FRAME_WIDTH))}${from + FRAME_WIDTH < full.length ? '…' : ''}`;
    // Numbers first, left-aligned: the overlay trims the frame, and a leading space would go.
    out.push(`${String(line).padEnd(gutter)} ${line === position.line ? '>' : ' '} | ${shown}`);
    if (line === position.line) {
      const column = position.column - 1 - from + (from > 0 ? 1 : 0);
      const width = position.endLine === position.line ? Math.max(1, position.endColumn - position.column) : 1;
      out.push(`${' '.repeat(gutter)}   | ${' '.repeat(Math.max(0, column))}${'^'.repeat(Math.min(width, FRAME_WIDTH))}`);
    }
  }
  return out.join('\n');
}

/** The overlay shows the stack as preformatted text, without wrapping: wrap long lines at words. */
const STACK_WIDTH = 96;

function wrap(text: string, indent: string, width: number = STACK_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width - indent.length) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

export function overlayError(result: FileReport, absolutePath: string, text: string | undefined, failOn: FailOn): OverlayError {
  const { report, positions } = result;
  const file = escapeControls(result.file);
  const at = report.findings.findIndex((_, index) => positions[index]?.origin === 'file');
  const position = at >= 0 ? (positions[at] as Position) : undefined;
  const indent = ' '.repeat(16);
  const stack = report.findings
    .map((finding, index) => {
      const where = formatPosition(positions[index] ?? null);
      const head = `${where.padEnd(9)} ${formatPoints(finding.points).padStart(4)}  `;
      return `${head}${wrap(`${finding.rule}: ${escapeControls(finding.message)}`, indent)}\n${indent}${wrap(`→ ${escapeControls(finding.suggestion)}`, indent)}`;
    })
    .join('\n');
  return {
    plugin: 'spamrisk',
    message: `${file} scores ${formatPoints(report.score)} (${report.level}), at or above ${formatPoints(failingScore(report, failOn))}: likely to be filtered as spam. Findings, highest points first:`,
    stack,
    id: absolutePath,
    ...(position ? { loc: { file: absolutePath, line: position.line, column: position.column } } : {}),
    ...(position && text !== undefined ? { frame: codeFrame(text, position) } : {}),
  };
}
