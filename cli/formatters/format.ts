/**
 * What every formatter receives: the results of one run, in input order. Formatters only present;
 * the verdict (fails or not) comes from cli/verdict.ts so that output and exit code agree.
 */
import type { FileResult } from '../analyze-source.ts';
import type { Palette } from '../color.ts';
import type { FailOn } from '../config.ts';

export interface FormatInput {
  readonly results: readonly FileResult[];
  readonly failOn: FailOn;
  /** the threshold of this run (every report carries it too) */
  readonly threshold: number;
  /** the folder that file names are relative to */
  readonly cwd: string;
  readonly quiet: boolean;
  readonly palette: Palette;
  readonly version: string;
  /** the rules the findings come from, for SARIF's tool.driver (default: the content rules and docs/rules/<id>.md) */
  readonly catalogue?: RuleCatalogue;
  /** SARIF: list advice (findings of 0 points or less) at level "none"; left out by default */
  readonly sarifAdvice?: boolean;
}

/** A verb's rules as SARIF describes them: id, description, category, default points, and where each is documented. */
export interface RuleCatalogue {
  readonly rules: readonly { readonly id: string; readonly description: string; readonly category: string; readonly weight: number }[];
  docsUrl(ruleId: string): string;
}

export type Formatter = (input: FormatInput) => string;

export const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** Points as the report shows them: one decimal, a sign for reassuring (negative) ones. */
export function formatPoints(points: number): string {
  return points.toFixed(1);
}
