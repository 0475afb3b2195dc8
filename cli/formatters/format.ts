/**
 * What every formatter receives: the results of one run, in input order. Formatters only present;
 * the verdict (fails or not) comes from cli/verdict.ts so that output and exit code agree.
 */
import type { FileResult } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import type { FailOn } from '../config.ts';
import type { CliWords } from '../messages/index.ts';
import type { Position } from '../positions.ts';

export interface FormatInput {
  readonly results: readonly FileResult[];
  readonly failOn: FailOn;
  /** the threshold of this run (every report carries it too) */
  readonly threshold: number;
  /** the folder that file names are relative to */
  readonly cwd: string;
  /** SARIF: the folder its URIs are relative to (%SRCROOT%), the repository root; default `cwd` */
  readonly sourceRoot?: string;
  readonly quiet: boolean;
  readonly palette: Palette;
  readonly version: string;
  /** the rules the findings come from, for SARIF's tool.driver (default: the content rules and docs/rules/<id>.md) */
  readonly catalogue?: RuleCatalogue;
  /** SARIF: list advice (findings of 0 points or less) at level "none"; left out by default */
  readonly sarifAdvice?: boolean;
  /** the language of the report's own words (--locale; default English): cli/messages/ */
  readonly locale?: string;
}

/**
 * A verb's rules as SARIF describes them: id, description, category, default points, where each is
 * documented, and whether its findings say the check was partial (`Rule.partialCheck`).
 */
export interface RuleCatalogue {
  readonly rules: readonly { readonly id: string; readonly description: string; readonly category: string; readonly weight: number; readonly partialCheck?: boolean }[];
  docsUrl(ruleId: string): string;
}

export type Formatter = (input: FormatInput) => string;

export const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** Points as the report shows them: one decimal, a sign for reassuring (negative) ones. */
export function formatPoints(points: number): string {
  return points.toFixed(1);
}

/**
 * Where SARIF and JUnit place a finding in the file they name: its line and column when the file
 * holds it as written; else (a base64 part, an encoded or given subject) the line it is anchored
 * to, a part's or the Subject's header line; line 1 for a finding about the whole message.
 * Tools that read `file:line:column` need a line for every finding.
 */
export function placeInFile(position: Position | null): { line: number; column?: number } {
  if (!position) return { line: 1 };
  if (position.origin !== 'file') return { line: position.anchorLine };
  return { line: position.line, column: position.column };
}

/** For a finding placed on its anchor line: where it is in what was decoded, in words (` (line 2, column 19 of the decoded HTML part)`). */
export function decodedPlace(position: Position | null, words: CliWords): string {
  if (!position || position.origin === 'file') return '';
  // Lines and columns as digits alone (`1234`), as a file:line:column reads them, in every language.
  if (position.origin === 'subject') return words.text('subject-place', { column: String(position.column) });
  return words.text('decoded-place', { line: String(position.line), column: String(position.column), part: position.origin === 'html-part' ? 'html' : 'text' });
}

/**
 * Where the JSON report places a finding (the entry's `positions`, aligned with the findings):
 * line and column in the file, exact, as SARIF's region; or, when the file does not hold it as
 * written (a base64 part, an encoded or given subject), the line it is anchored to and its place
 * in what was decoded; null for a finding about the whole message (SARIF and JUnit put it on line 1).
 */
export type JsonPlace =
  | { readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number }
  | {
      readonly line: number;
      readonly decoded: { readonly in: Exclude<Position['origin'], 'file'>; readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number };
    }
  | null;

export function jsonPlace(position: Position | null): JsonPlace {
  if (!position) return null;
  const { origin, line, column, endLine, endColumn } = position;
  if (origin === 'file') return { line, column, endLine, endColumn };
  return { line: position.anchorLine, decoded: { in: origin, line, column, endLine, endColumn } };
}
