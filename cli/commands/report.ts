/**
 * The end of every verb: input errors to stderr, one report in the chosen format to stdout or
 * --output, and the exit code of the run (DESIGN §6: one report and one exit-code convention).
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isFailure, type FileResult } from '../analyze-source.ts';
import { colorEnabled, createPalette } from '../color.ts';
import { escapeControls, escapeResult } from '../escape.ts';
import { repositoryRoot, type FailOn } from '../config.ts';
import { formatters, type Format, type Formatter, type RuleCatalogue } from '../formatters/index.ts';
import { displayName } from '../inputs.ts';
import { packageInfo } from '../package-info.ts';
import { describeFsError, UsageError } from '../source.ts';
import { fails } from '../verdict.ts';
import type { CommandIo } from './io.ts';

export interface ReportSettings {
  readonly format: Format;
  readonly failOn: FailOn;
  readonly threshold: number;
  readonly output?: string;
  readonly quiet: boolean;
  readonly sarifAdvice?: boolean;
  /** the language of the report's own words (--locale): cli/messages/ */
  readonly locale?: string | undefined;
}

/** What a verb presents its own way: its text report, the rules its SARIF describes. */
export interface ReportStyle {
  readonly text?: Formatter;
  readonly catalogue?: RuleCatalogue;
}

function realPath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Refuses an --output that is one of the inputs: `--output emails/a.html emails/a.html` once
 * replaced the template with its report (issue 10). Paths are compared once resolved (symlinks,
 * `..`), and device and inode catch a hard link. Called before anything is read or written.
 */
export function refuseOutputOverInputs(output: string | undefined, inputs: readonly string[], cwd: string): void {
  if (output === undefined) return;
  const target = resolve(cwd, output);
  // A file not written yet: where it would be, its folder's symlinks resolved.
  const targetReal = realPath(target) ?? join(realPath(dirname(target)) ?? dirname(target), basename(target));
  const targetStat = statOrNull(target);
  // The same inode: a hard link, whatever its path.
  const sameInode = (input: string) => {
    const other = targetStat?.isFile() ? statOrNull(input) : null;
    return other !== null && targetStat !== null && other.dev === targetStat.dev && other.ino === targetStat.ino;
  };
  for (const input of inputs) {
    if ((realPath(input) ?? resolve(cwd, input)) === targetReal || sameInode(input)) {
      throw new UsageError(`--output ${output} is also an input: writing the report there would overwrite it; nothing was written (choose another file)`);
    }
  }
}

/**
 * Refuses an --output the report could not be written to, before anything is scored: a folder
 * that does not exist, a path through a file, a directory. `-o missing/r.json` once failed only
 * after every file was scored (issue 11). What only the write can tell (a full disk, a folder that
 * refuses new files) is still said then.
 */
export function refuseUnwritableOutput(output: string | undefined, cwd: string): void {
  if (output === undefined) return;
  const target = resolve(cwd, output);
  const refuse = (reason: string): never => {
    throw new UsageError(`--output ${output}: ${reason}; nothing was checked`);
  };
  let folder;
  try {
    folder = statSync(dirname(target));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? `its folder ${displayName(dirname(target), cwd)} does not exist (create it first)` : describeFsError(error, 'write'));
  }
  if (!folder.isDirectory()) refuse('a part of its path is a file, not a folder');
  const found = statOrNull(target);
  if (found?.isDirectory()) refuse('is a directory');
  // `-o newdir/` would write a file named newdir: a trailing separator names a folder.
  if (output.endsWith('/') || output.endsWith(sep)) {
    const name = displayName(target, cwd);
    refuse(`ends in a path separator, so it names a folder, and there is no folder ${name}; give a file name (such as ${name}/report.json, once the folder exists)`);
  }
  if (!found) {
    const dangling = danglingLink(target, cwd);
    if (dangling) refuse(dangling);
  }
}

/** When `target` is a symbolic link whose target's folder is missing, says so; else null. */
function danglingLink(target: string, cwd: string): string | null {
  try {
    if (!lstatSync(target).isSymbolicLink()) return null;
    const link = readlinkSync(target);
    const folder = dirname(resolve(dirname(target), link));
    return statOrNull(folder)?.isDirectory() ? null : `is a symbolic link to ${link}, whose folder ${displayName(folder, cwd)} does not exist (create it first)`;
  } catch {
    return null;
  }
}

/** Why --output could not be written, in plain words: ENOENT in a folder that exists is no missing folder (`-o /proc/nope`). */
function outputError(error: unknown, target: string, cwd: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && statOrNull(dirname(target))?.isDirectory()) {
    const dangling = danglingLink(target, cwd);
    if (dangling) return dangling;
    // describeFsError's form, never the system's `ENOENT: …, open '/proc/nope'`.
    return `cannot be written (its folder ${dirname(target)} exists but does not let the file be created)`;
  }
  return describeFsError(error, 'write');
}

/** 2 when an input could not be read, else 1 when some input fails at `failOn`, else 0. */
export function exitCodeOf(results: readonly FileResult[], failOn: FailOn): number {
  if (results.some(isFailure)) return 2;
  return results.some((result) => !isFailure(result) && fails(result.report, failOn)) ? 1 : 0;
}

/** Prints the run's report and returns its exit code; a report that cannot be written is 2. */
export async function writeReport(results: readonly FileResult[], settings: ReportSettings, io: CommandIo, style: ReportStyle = {}): Promise<number> {
  for (const failure of results.filter(isFailure)) io.stderr.write(`spamrisk: ${escapeControls(failure.error)}\n`);

  const { format, failOn, threshold, output: file, quiet, sarifAdvice = false, locale } = settings;
  const palette = createPalette(format === 'text' && file === undefined && colorEnabled(io.stdout, io.env));
  const formatter = format === 'text' && style.text ? style.text : formatters[format];
  const output = formatter({
    // Mail text and file names are shown, never obeyed by the terminal (cli/escape.ts).
    results: format === 'text' ? results.map(escapeResult) : results,
    sarifAdvice,
    failOn,
    threshold,
    cwd: io.cwd,
    ...(format === 'sarif' ? { sourceRoot: repositoryRoot(io.cwd) ?? io.cwd } : {}),
    quiet,
    palette,
    version: packageInfo().version,
    ...(locale !== undefined ? { locale } : {}),
    ...(style.catalogue ? { catalogue: style.catalogue } : {}),
  });
  if (file !== undefined) {
    const target = resolve(io.cwd, file);
    try {
      await writeFile(target, output);
    } catch (error) {
      io.stderr.write(`spamrisk: --output ${escapeControls(file)}: ${escapeControls(outputError(error, target, io.cwd))}; the report was not written\n`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }
  return exitCodeOf(results, failOn);
}
