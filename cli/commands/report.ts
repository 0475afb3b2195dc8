/**
 * The end of every verb: input errors to stderr, one report in the chosen format to stdout or
 * --output, and the exit code of the run (DESIGN §6: one report and one exit-code convention).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isFailure, type FileResult } from '../analyze-source.ts';
import { colorEnabled, createPalette } from '../color.ts';
import type { FailOn } from '../config.ts';
import { formatters, type Format, type Formatter, type RuleCatalogue } from '../formatters/index.ts';
import { packageInfo } from '../package-info.ts';
import { fails } from '../verdict.ts';
import type { CommandIo } from './io.ts';

export interface ReportSettings {
  readonly format: Format;
  readonly failOn: FailOn;
  readonly threshold: number;
  readonly output?: string;
  readonly quiet: boolean;
}

/** What a verb presents its own way: its text report, the rules its SARIF describes. */
export interface ReportStyle {
  readonly text?: Formatter;
  readonly catalogue?: RuleCatalogue;
}

/** 2 when an input could not be read, else 1 when some input fails at `failOn`, else 0. */
export function exitCodeOf(results: readonly FileResult[], failOn: FailOn): number {
  if (results.some(isFailure)) return 2;
  return results.some((result) => !isFailure(result) && fails(result.report, failOn)) ? 1 : 0;
}

/** Prints the run's report and returns its exit code; a report that cannot be written is 2. */
export async function writeReport(results: readonly FileResult[], settings: ReportSettings, io: CommandIo, style: ReportStyle = {}): Promise<number> {
  for (const failure of results.filter(isFailure)) io.stderr.write(`spamrisk: ${failure.error}\n`);

  const { format, failOn, threshold, output: file, quiet } = settings;
  const palette = createPalette(format === 'text' && file === undefined && colorEnabled(io.stdout, io.env));
  const formatter = format === 'text' && style.text ? style.text : formatters[format];
  const output = formatter({
    results,
    failOn,
    threshold,
    cwd: io.cwd,
    quiet,
    palette,
    version: packageInfo().version,
    ...(style.catalogue ? { catalogue: style.catalogue } : {}),
  });
  if (file !== undefined) {
    try {
      await writeFile(resolve(io.cwd, file), output);
    } catch (error) {
      io.stderr.write(`spamrisk: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }
  return exitCodeOf(results, failOn);
}
