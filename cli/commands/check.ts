/**
 * `spamrisk [check]`: score templates and fail the build when one is risky. Reads the operands,
 * scores them (in worker threads when there are many), prints one report in the chosen format
 * and returns the exit code: 0 all under the threshold, 1 some at or above, 2 usage or input
 * error. A file that cannot be read is reported by name and never hides the other files' results.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_THRESHOLD } from '../../core/index.ts';
import { analyzeSource, failureOf, isFailure, type FileResult, type SourceOptions } from '../analyze-source.ts';
import { CHECK_USAGE, parseCheckArgs, type CheckArgs } from '../args.ts';
import { colorEnabled, createPalette } from '../color.ts';
import { analyzeOptionsOf, loadConfig } from '../config.ts';
import { formatters } from '../formatters/index.ts';
import { expandOperands } from '../inputs.ts';
import { packageInfo } from '../package-info.ts';
import { analyzeTasks } from '../pool.ts';
import { createProgress, noProgress } from '../progress.ts';
import { readStdin, sniffKind, sourceFromBytes, STDIN_NAME, UsageError } from '../source.ts';
import { fails } from '../verdict.ts';
import type { CommandIo } from './io.ts';

/** Runs shorter than this finish before a progress bar would be read. */
const PROGRESS_MIN_FILES = 32;

async function stdinResult(io: CommandIo, options: SourceOptions): Promise<FileResult> {
  try {
    const bytes = await readStdin(io.stdin);
    return await analyzeSource(sourceFromBytes(STDIN_NAME, sniffKind(bytes), bytes), options);
  } catch (error) {
    return failureOf(STDIN_NAME, error);
  }
}

async function check(args: CheckArgs, io: CommandIo): Promise<number> {
  if (args.help) {
    io.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  if (args.version) {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  if (args.operands.length === 0) throw new UsageError('no input: give files, directories, globs, or - for stdin');
  if (args.operands.filter((operand) => operand === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');

  const { config } = await loadConfig(io.cwd, args.config);
  const threshold = args.threshold ?? config.threshold ?? DEFAULT_THRESHOLD;
  const failOn = args.failOn ?? config.failOn ?? 'high';
  const analyze = analyzeOptionsOf(args.languages ? { ...config, languages: args.languages } : config, threshold);
  const options: SourceOptions = { analyze, ...(args.subject !== undefined ? { subject: args.subject } : {}) };

  const expanded = await expandOperands(args.operands, io.cwd);
  const stdin = expanded.stdin ? await stdinResult(io, options) : undefined;

  const showProgress = io.stderr.isTTY === true && !args.quiet && expanded.tasks.length > PROGRESS_MIN_FILES;
  const progress = showProgress ? createProgress(io.stderr) : noProgress;
  const fileResults = await analyzeTasks(expanded.tasks, options, {
    ...(args.jobs !== undefined ? { jobs: args.jobs } : {}),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  // Results in the order of the operands, whatever order the threads finished in.
  let next = 0;
  const results: FileResult[] = expanded.inputs.map((input) => {
    if ('task' in input) return fileResults[next++] as FileResult;
    if ('error' in input) return failureOf(input.error.file, input.error);
    return stdin as FileResult;
  });

  const failures = results.filter(isFailure);
  for (const failure of failures) io.stderr.write(`spamrisk: ${failure.error}\n`);

  const toFile = args.output !== undefined;
  const palette = createPalette(args.format === 'text' && !toFile && colorEnabled(io.stdout, io.env));
  const output = formatters[args.format]({
    results,
    failOn,
    threshold,
    cwd: io.cwd,
    quiet: args.quiet,
    palette,
    version: packageInfo().version,
  });
  if (toFile) {
    const path = resolve(io.cwd, args.output as string);
    try {
      await writeFile(path, output);
    } catch (error) {
      io.stderr.write(`spamrisk: cannot write ${args.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }

  if (failures.length > 0) return 2;
  return results.some((result) => !isFailure(result) && fails(result.report, failOn)) ? 1 : 0;
}

export async function runCheck(argv: readonly string[], io: CommandIo): Promise<number> {
  return check(parseCheckArgs(argv), io);
}
