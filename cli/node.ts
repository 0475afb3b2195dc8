/**
 * `spamrisk/node`: the core for files on disk, for build scripts and test suites. Same reports as
 * the CLI (the same reading, decoding and pool), as plain promises.
 *
 *   import { analyzeFile, analyzeFiles } from 'spamrisk/node';
 *   const report = await analyzeFile('emails/welcome.html', { subject: 'Welcome aboard' });
 *   const all = await analyzeFiles(['emails/**', '!emails/drafts/**']);
 *   for await (const entry of analyzeEach('emails/', { signal })) …   // one at a time, abortable
 */
import { resolve } from 'node:path';
import type { AnalyzeOptions, Report } from '../core/index.ts';
import { ANALYZE_OPTION_KEYS, checkAnalyzeOptions, describeValue } from '../core/validate.ts';
import { analyzeSource, isFailure, type SourceOptions } from './analyze-source.ts';
import { analyzeOptionsOf, loadConfig, type FailOn } from './config.ts';
import { displayName, expandOperands } from './inputs.ts';
import { streamTasks } from './pool.ts';
import { InputError, readSource } from './source.ts';

export type { AnalyzeOptions, Finding, Level, Report } from '../core/index.ts';
export { validateConfig, type Config, type FailOn } from './config.ts';
export { InputError } from './source.ts';
/** The CLI's pass/fail decision (its exit code 1, `--fail-on`), for a report and the failOn to apply. */
export { failingScore, fails } from './verdict.ts';

export interface FileOptions extends AnalyzeOptions {
  /** subject line for HTML templates, which have none (an .eml keeps its own) */
  subject?: string;
  /**
   * A spamrisk.config.json to apply under these options: a path, or `true` to use the nearest one
   * from `cwd` upwards as the CLI does. Default: none, the options alone decide.
   */
  config?: string | boolean;
  /** folder that relative paths and globs start from (default: process.cwd()) */
  cwd?: string;
  /** analyzeFiles: most worker threads when there are many files (default and most: the number of cores; 1 = none) */
  jobs?: number;
  /** largest file read, in bytes; larger ones are refused before they are read (default: 25 MiB) */
  maxSize?: number;
}

export interface FileReport {
  /** the path relative to `cwd`, with `/` */
  file: string;
  report: Report;
}

/** Thrown by analyzeFiles when some files could not be read; the others' reports are kept. */
export class FilesError extends AggregateError {
  override readonly name = 'FilesError';
  constructor(
    override readonly errors: InputError[],
    /** the reports of the files that could be read */
    readonly results: FileReport[],
  ) {
    super(errors, `${errors.length} file${errors.length === 1 ? '' : 's'} could not be analysed:\n${errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
}

/** FileOptions' own keys, besides analyze()'s. */
const FILE_OPTION_KEYS = ['subject', 'config', 'cwd', 'jobs', 'maxSize'] as const satisfies readonly Exclude<keyof FileOptions, keyof AnalyzeOptions>[];

async function sourceOptionsOf(options: FilesOptions, cwd: string, fn: string): Promise<SourceOptions> {
  const { subject, config: configOption, cwd: _cwd, jobs: _jobs, maxSize, signal: _signal, ...analyzeOptions } = options;
  // The analyze options are checked as analyze() checks them, before any file is read; any other
  // key is a typo, refused with the near name among all the options the function takes.
  checkAnalyzeOptions(analyzeOptions, fn, 'options', undefined, [...ANALYZE_OPTION_KEYS, ...FILE_OPTION_KEYS, ...(fn === 'analyzeFile()' ? [] : ['signal'])]);
  if (subject !== undefined && typeof subject !== 'string') throw new TypeError(`${fn}: options.subject must be a string; got ${describeValue(subject)}.`);
  if (maxSize !== undefined && !(typeof maxSize === 'number' && maxSize >= 1)) throw new TypeError(`maxSize must be a number of bytes of at least 1, got ${String(maxSize)}`);
  const { config } = await loadConfig(cwd, explicitConfig(configOption));
  const fromConfig = analyzeOptionsOf(config);
  return {
    analyze: { ...fromConfig, ...analyzeOptions },
    ...(subject !== undefined ? { subject } : {}),
    ...(maxSize !== undefined ? { maxSize } : {}),
  };
}

/** `options.config` as loadConfig takes it: a path, the nearest config (`true`), or none. */
function explicitConfig(configOption: FileOptions['config']): string | false | undefined {
  return typeof configOption === 'string' ? configOption : configOption === true ? undefined : false;
}

/**
 * The level at which the CLI fails a file under these options, as without `--fail-on`: the
 * config's `failOn` (`options.config` read as analyzeFile reads it), else `high`. With `fails`:
 * `fails(await analyzeFile(path, options), await failOnOf(options))` is the CLI's verdict.
 */
export async function failOnOf(options: Pick<FileOptions, 'config' | 'cwd'> = {}): Promise<FailOn> {
  const { config } = await loadConfig(resolve(options.cwd ?? process.cwd()), explicitConfig(options.config));
  return config.failOn ?? 'high';
}

/** Reads one .html, .htm or .eml file and scores it. Rejects with an InputError naming the file. */
export async function analyzeFile(path: string, options: FileOptions = {}): Promise<Report> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const absolute = resolve(cwd, path);
  const sourceOptions = await sourceOptionsOf(options, cwd, 'analyzeFile()');
  const source = await readSource(absolute, displayName(absolute, cwd), undefined, sourceOptions.maxSize);
  return (await analyzeSource(source, sourceOptions)).report;
}

export interface FilesOptions extends FileOptions {
  /** stops the run: no new file is read, worker threads end, and the promise or iterator rejects with the signal's reason */
  signal?: AbortSignal;
}

/** A file that could not be scored (missing, unreadable, not text, too large), as analyzeEach yields it. */
export interface FileFailure {
  file: string;
  error: InputError;
}

export type FileEntry = FileReport | FileFailure;

function failureEntry(file: string, message: string): FileFailure {
  return { file, error: Object.assign(new InputError(file, ''), { message }) };
}

/**
 * Scores every file the paths, directories and globs name, one at a time: yields each file's
 * `{ file, report }`, or `{ file, error }` when it could not be read, in the order the patterns
 * give them (directories and globs sorted), as soon as it is ready. Many files are scored in
 * worker threads, never far ahead of the loop, so a large folder streams in bounded memory.
 * Stopping the loop, or aborting `options.signal`, ends the run and its workers.
 *
 *   for await (const entry of analyzeEach('emails/', { signal })) {
 *     if ('error' in entry) console.error(entry.error.message);
 *     else if (entry.report.level === 'high') console.log(entry.file, entry.report.score);
 *   }
 */
export function analyzeEach(patterns: string | readonly string[], options: FilesOptions = {}): AsyncGenerator<FileEntry, void, undefined> {
  return eachFile(patterns, options, 'analyzeEach()');
}

async function* eachFile(patterns: string | readonly string[], options: FilesOptions, fn: string): AsyncGenerator<FileEntry, void, undefined> {
  const { signal } = options;
  signal?.throwIfAborted();
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : [...patterns];
  const excluded = list.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const included = list.filter((pattern) => !pattern.startsWith('!'));
  const sourceOptions = await sourceOptionsOf(options, cwd, fn);
  const expanded = await expandOperands(included, cwd, excluded);
  signal?.throwIfAborted();
  const results = streamTasks(expanded.tasks, sourceOptions, {
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(signal ? { signal } : {}),
  });
  try {
    for (const input of expanded.inputs) {
      if ('task' in input) {
        const { value: result } = await results.next();
        if (!result) break;
        yield isFailure(result) ? failureEntry(result.file, result.error) : { file: result.file, report: result.report };
      } else if ('error' in input) {
        yield { file: input.error.file, error: input.error };
      } else {
        yield failureEntry('-', '-: stdin is not read by analyzeFiles; use analyze() or analyzeEmail() from "spamrisk"');
      }
      signal?.throwIfAborted();
    }
  } finally {
    await results.return(undefined);
  }
}

/**
 * Scores every file the paths, directories and globs name, in that order; `!pattern` entries
 * exclude. Many files are scored in worker threads. Resolves with every report; rejects with a
 * FilesError (which keeps the other reports) when any file is missing, unreadable or not text, or
 * with the signal's reason when `options.signal` aborts. analyzeEach gives the same one at a time.
 */
export async function analyzeFiles(patterns: string | readonly string[], options: FilesOptions = {}): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const errors: InputError[] = [];
  for await (const entry of eachFile(patterns, options, 'analyzeFiles()')) {
    if ('error' in entry) errors.push(entry.error);
    else reports.push(entry);
  }
  if (errors.length > 0) throw new FilesError(errors, reports);
  return reports;
}
