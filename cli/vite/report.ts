/**
 * The plugin's output: the CLI's text report on the terminal (colours as the CLI decides them),
 * and on request the same report file `spamrisk --format json|sarif|junit --output` writes.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isFailure, type FileResult } from '../analyze-source.ts';
import { colorEnabled, createPalette, type Palette } from '../color.ts';
import { escapeControls, escapeResult } from '../escape.ts';
import { repositoryRoot } from '../config.ts';
import { fileBlock, formatText } from '../formatters/text.ts';
import { formatters } from '../formatters/index.ts';
import { packageInfo } from '../package-info.ts';
import { failingScore, fails } from '../verdict.ts';
import type { Settings } from './settings.ts';

function palette(): Palette {
  return createPalette(colorEnabled(process.stdout, process.env));
}

/** The text report of a run: each template (with `quiet`, each failing one), then the summary line. */
export function textReport(results: readonly FileResult[], settings: Settings, root: string): string {
  return formatText({
    results: results.map(escapeResult),
    failOn: settings.failOn,
    threshold: settings.threshold,
    cwd: root,
    quiet: settings.options.quiet ?? false,
    palette: palette(),
    version: packageInfo().version,
  });
}

/** One template's block of the text report, as the dev server prints it after each change. */
export function fileReport(result: FileResult, settings: Settings): string {
  if (isFailure(result)) return `spamrisk: ${escapeControls(result.error)}`;
  return fileBlock(escapeResult(result) as typeof result, palette(), fails(result.report, settings.failOn), failingScore(result.report, settings.failOn)).join('\n');
}

/** Writes the report file of `options.report`, relative to the Vite root. */
export async function writeReportFile(results: readonly FileResult[], settings: Settings, root: string): Promise<string | undefined> {
  const { report } = settings.options;
  if (!report) return undefined;
  const path = resolve(root, report.file);
  const output = formatters[report.format ?? 'json']({
    results,
    failOn: settings.failOn,
    threshold: settings.threshold,
    cwd: root,
    sourceRoot: repositoryRoot(root) ?? root,
    quiet: false,
    palette: createPalette(false),
    version: packageInfo().version,
  });
  await writeFile(path, output);
  return path;
}
