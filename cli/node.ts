/**
 * `spamrisk/node`: the core for files on disk, for build scripts and test suites. Same reports as
 * the CLI (the same reading, decoding and pool), as plain promises.
 *
 *   import { analyzeFile, analyzeFiles } from 'spamrisk/node';
 *   const report = await analyzeFile('emails/welcome.html', { subject: 'Welcome aboard' });
 *   const all = await analyzeFiles(['emails/**', '!emails/drafts/**']);
 */
import { resolve } from 'node:path';
import type { AnalyzeOptions, Report } from '../core/index.ts';
import { analyzeSource, isFailure, type SourceOptions } from './analyze-source.ts';
import { analyzeOptionsOf, loadConfig } from './config.ts';
import { displayName, expandOperands } from './inputs.ts';
import { analyzeTasks } from './pool.ts';
import { InputError, readSource } from './source.ts';

export type { AnalyzeOptions, Finding, Level, Report } from '../core/index.ts';
export { validateConfig, type Config } from './config.ts';
export { InputError } from './source.ts';

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

async function sourceOptionsOf(options: FileOptions, cwd: string): Promise<SourceOptions> {
  const { subject, config: configOption, cwd: _cwd, jobs: _jobs, maxSize, ...analyzeOptions } = options;
  if (maxSize !== undefined && !(typeof maxSize === 'number' && maxSize >= 1)) throw new TypeError(`maxSize must be a number of bytes of at least 1, got ${String(maxSize)}`);
  const explicit = typeof configOption === 'string' ? configOption : configOption === true ? undefined : false;
  const { config } = await loadConfig(cwd, explicit);
  const fromConfig = analyzeOptionsOf(config);
  return {
    analyze: { ...fromConfig, ...analyzeOptions },
    ...(subject !== undefined ? { subject } : {}),
    ...(maxSize !== undefined ? { maxSize } : {}),
  };
}

/** Reads one .html, .htm or .eml file and scores it. Rejects with an InputError naming the file. */
export async function analyzeFile(path: string, options: FileOptions = {}): Promise<Report> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const absolute = resolve(cwd, path);
  const sourceOptions = await sourceOptionsOf(options, cwd);
  const source = await readSource(absolute, displayName(absolute, cwd), undefined, sourceOptions.maxSize);
  return (await analyzeSource(source, sourceOptions)).report;
}

/**
 * Scores every file the paths, directories and globs name, in that order; `!pattern` entries
 * exclude. Many files are scored in worker threads. Rejects with a FilesError (which keeps the
 * other reports) when any file is missing, unreadable or not text.
 */
export async function analyzeFiles(patterns: string | readonly string[], options: FileOptions = {}): Promise<FileReport[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : [...patterns];
  const excluded = list.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const included = list.filter((pattern) => !pattern.startsWith('!'));
  const expanded = await expandOperands(included, cwd, excluded);
  const sourceOptions = await sourceOptionsOf(options, cwd);
  const results = await analyzeTasks(expanded.tasks, sourceOptions, options.jobs !== undefined ? { jobs: options.jobs } : {});
  const reports = results.flatMap((result) => (isFailure(result) ? [] : [{ file: result.file, report: result.report }]));
  const errors = [
    ...expanded.errors,
    ...(expanded.stdin ? [new InputError('-', 'stdin is not read by analyzeFiles; use analyze() or analyzeEmail() from "spamrisk"')] : []),
    ...results.filter(isFailure).map((failure) => Object.assign(new InputError(failure.file, ''), { message: failure.error })),
  ];
  if (errors.length > 0) throw new FilesError(errors, reports);
  return reports;
}
