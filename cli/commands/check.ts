/**
 * `spamrisk [check]`: score templates and fail the build when one is risky. Reads the operands,
 * scores them (in worker threads when there are many), prints one report in the chosen format
 * and returns the exit code: 0 all under the threshold, 1 some at or above, 2 usage or input
 * error. A file that cannot be read is reported by name and never hides the other files' results.
 */
import { DEFAULT_THRESHOLD } from '../../core/index.ts';
import { analyzeSource, failureOf, type FileResult, type SourceOptions } from '../analyze-source.ts';
import { CHECK_USAGE, parseCheckArgs, type CheckArgs } from '../args.ts';
import { analyzeOptionsOf, loadConfig } from '../config.ts';
import { escapeControls } from '../escape.ts';
import { expandOperands } from '../inputs.ts';
import { stdinAtMostOnce, stdinDisplayName, warnStdinSarif } from '../options.ts';
import { helpText, packageInfo } from '../package-info.ts';
import { analyzeTasks } from '../pool.ts';
import { createProgress, noProgress } from '../progress.ts';
import { kindOf, readStdin, sniffKind, sourceFromBytes, UsageError } from '../source.ts';
import type { CommandIo } from './io.ts';
import { refuseOutputOverInputs, refuseUnwritableOutput, writeReport } from './report.ts';

/** Runs shorter than this finish before a progress bar would be read. */
const PROGRESS_MIN_FILES = 32;

/**
 * stdin is `<stdin>`, an .eml when it starts with header lines; with --stdin-filename it is that
 * file, read as a file of that name would be.
 */
async function stdinResult(io: CommandIo, options: SourceOptions, stdinFilename: string | undefined): Promise<FileResult> {
  const file = stdinDisplayName(stdinFilename, io.cwd);
  try {
    const bytes = await readStdin(io.stdin, file, options.maxSize);
    return await analyzeSource(sourceFromBytes(file, stdinFilename === undefined ? sniffKind(bytes) : kindOf(stdinFilename), bytes), options);
  } catch (error) {
    return failureOf(file, error);
  }
}

async function check(args: CheckArgs, io: CommandIo): Promise<number> {
  if (args.help) {
    io.stdout.write(helpText(CHECK_USAGE, ['cli.md']));
    return 0;
  }
  if (args.version) {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  if (args.operands.length === 0) throw new UsageError('no input: give files, directories, globs, or - for stdin');
  // As no operand is a usage error, so are exclusions alone: they would check nothing and pass. They
  // are not applied to `.`, which no run checks unless told to (the Action's `paths` default `.` is
  // replaced by the paths given, not added to).
  if (args.operands.every((operand) => operand.startsWith('!'))) {
    const given = args.operands.map((operand) => `'${operand}'`).join(' ');
    throw new UsageError(`no input, only exclusions (${given}): a "!" operand leaves files out of the directories and globs given with it; give those too, such as: spamrisk . ${given}`);
  }
  stdinAtMostOnce(args.operands);
  refuseUnwritableOutput(args.output, io.cwd);

  const { config, path: configPath } = await loadConfig(io.cwd, args.config);
  const threshold = args.threshold ?? config.threshold ?? DEFAULT_THRESHOLD;
  const failOn = args.failOn ?? config.failOn ?? 'high';
  const analyze = {
    ...analyzeOptionsOf(args.languages ? { ...config, languages: args.languages } : config, threshold),
    ...(args.locale !== undefined ? { locale: args.locale } : {}),
  };
  const options: SourceOptions = {
    analyze,
    ...(args.subject !== undefined ? { subject: args.subject } : {}),
    ...(args.maxSize !== undefined ? { maxSize: args.maxSize } : {}),
  };

  const expanded = await expandOperands(args.operands, io.cwd, [], { noteUnwalked: true });
  // What a walk met and did not read is said, not silently dropped; the exit code stays the files'.
  for (const note of expanded.notes) io.stderr.write(`spamrisk: note: ${escapeControls(note)}\n`);
  refuseOutputOverInputs(args.output, [...expanded.tasks.map((task) => task.path), ...(configPath ? [configPath] : [])], io.cwd);
  if (expanded.stdin && args.stdinFilename === undefined && args.format === 'sarif') warnStdinSarif(io);
  const stdin = expanded.stdin ? await stdinResult(io, options, args.stdinFilename) : undefined;

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

  return writeReport(results, { ...args, threshold, failOn }, io);
}

export async function runCheck(argv: readonly string[], io: CommandIo): Promise<number> {
  return check(parseCheckArgs(argv), io);
}
