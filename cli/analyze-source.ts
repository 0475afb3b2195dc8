/**
 * One file through the core: decoded source in, report and file positions out. The same function
 * runs on the main thread and in the worker pool, so both give identical results.
 */
import { analyzerCache } from '../core/analyzer-cache.ts';
import { messageTextToInput } from '../core/email.ts';
import { EmailParseError, type AnalyzeOptions, type EmailInput, type Report } from '../core/index.ts';
import { subjectOfHtml } from './html-subject.ts';
import { createLocator, positionsOf, type Position } from './positions.ts';
import { InputError, readSource, type Source, type SourceKind } from './source.ts';

export interface FileReport {
  readonly file: string;
  readonly report: Report;
  /** aligned with `report.findings`: where each finding sits in the file, null when it has no location */
  readonly positions: (Position | null)[];
}

export interface FileFailure {
  readonly file: string;
  readonly error: string;
}

export type FileResult = FileReport | FileFailure;

/** A report whose findings have no place in a file (a bounce's causes, a domain's records). */
export function unplacedReport(file: string, report: Report): FileReport {
  return { file, report, positions: report.findings.map(() => null) };
}

export function isFailure(result: FileResult): result is FileFailure {
  return 'error' in result;
}

export interface SourceOptions {
  readonly analyze: AnalyzeOptions;
  /** subject for HTML templates, which have none of their own (and for an .eml without a Subject header) */
  readonly subject?: string;
  /** largest file to read, in bytes (default: DEFAULT_MAX_SIZE) */
  readonly maxSize?: number;
  /**
   * HTML templates: take the subject from `<meta name="subject">` or `<title>` when they have one
   * (before `subject`, which is then the fallback). The Vite plugin does; the CLI does not.
   */
  readonly subjectFromHtml?: boolean;
}

async function inputOf(source: Source, options: SourceOptions): Promise<EmailInput> {
  const subject = (source.kind === 'html' && options.subjectFromHtml ? subjectOfHtml(source.text) : undefined) ?? options.subject;
  if (source.kind === 'html') return subject === undefined ? { html: source.text } : { html: source.text, subject };
  try {
    // Its bytes were judged binary or not once, when it was read (source.ts `decodeEml`): not again.
    const input = await messageTextToInput(source.bytes ?? source.text);
    // A message without a Subject header takes the one given for templates.
    return input.subject === undefined && subject !== undefined ? { ...input, subject } : input;
  } catch (error) {
    if (error instanceof EmailParseError) throw new InputError(source.file, error.message);
    throw error;
  }
}

/**
 * This thread's analyzer for the run's phrase settings: its tries are built once, and it remembers
 * word stems from file to file (the core's `analyze()` keeps no memory between calls, and builds
 * tries on every call when there are phrases of one's own).
 */
const analyzeOwned = analyzerCache();

/** Builds this thread's analyzer ahead of the first file (a worker does, before asking for work). */
export function prepareAnalyzer(options: AnalyzeOptions): void {
  analyzeOwned({ html: '<p>ready</p>', subject: 'ready' }, options);
}

export async function analyzeSource(source: Source, options: SourceOptions): Promise<FileReport> {
  const input = await inputOf(source, options);
  const report = analyzeOwned(input, options.analyze);
  return { file: source.file, report, positions: positionsOf(report.findings, createLocator(source, input)) };
}

export interface FileTask {
  /** the path to read (absolute, or relative to the process's working directory) */
  readonly path: string;
  /** the name shown in reports */
  readonly file: string;
  readonly kind: SourceKind;
  /** this file's subject, before any other (a per-file override) */
  readonly subject?: string;
}

/** Reads and analyses one file; any problem with it becomes a failure naming the file. */
export async function analyzeTask(task: FileTask, options: SourceOptions): Promise<FileResult> {
  try {
    const own = task.subject === undefined ? options : { ...options, subject: task.subject, subjectFromHtml: false };
    return await analyzeSource(await readSource(task.path, task.file, task.kind, options.maxSize), own);
  } catch (error) {
    return failureOf(task.file, error);
  }
}

export function failureOf(file: string, error: unknown): FileFailure {
  if (error instanceof InputError) return { file, error: error.message };
  // Anything else is a bug in spamrisk, but still this file's problem: name it, keep the others.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { file, error: `${file}: could not be analysed (internal error: ${detail.split('\n')[0]})` };
}
