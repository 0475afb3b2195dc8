/**
 * Rule hits per message, the one costly pass that both the evaluation and the weight fit read. Each
 * message is read and parsed once; every rule runs once over its context, and what is kept is the
 * rule's counted strength (`ruleStrength`: Σ strength, capped) and whether it fired. Scores under
 * any weights are then sums over this table, so a second pass never re-parses.
 *
 * The work is spread over this thread and worker threads (one per core in all), each with its own
 * analyzer.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createAnalyzer, rules, type Analyzer, type EmailInput } from '../../core/index.ts';
import type { Rule } from '../../core/rules/rule.ts';
import { ruleStrength } from '../../core/score/score.ts';
import { readInput } from './corpus.ts';
import { DEFAULT_CACHE_DIR } from './paths.ts';

export interface MessageFeatures {
  /** counted strength per rule, in `rules` order */
  readonly strengths: Float64Array;
  /** 1 where the rule returned at least one hit */
  readonly fired: Uint8Array;
  /** the parsed message has an HTML part */
  readonly hasHtml: boolean;
  /** indices of rules that threw on this message (the analyzer turns that into 0-point advice) */
  readonly ruleErrors: readonly number[];
  /** why the file could not be read or parsed; the message is then left out */
  readonly error: string | null;
  /** time spent on this message (read, MIME parse, analysis), ms */
  readonly ms: number;
}

export interface FeatureTable {
  /** one per path, in order; rule columns in `rules` order */
  readonly rows: readonly MessageFeatures[];
  readonly wallMs: number;
  /** threads that did the work, this one included */
  readonly threads: number;
}

/** Rule hits of one parsed input, as the analyzer would count them. */
export function featuresOfInput(analyzer: Analyzer, ruleList: readonly Rule[], input: EmailInput) {
  const context = analyzer.context(input);
  const strengths = new Float64Array(ruleList.length);
  const fired = new Uint8Array(ruleList.length);
  const ruleErrors: number[] = [];
  ruleList.forEach((rule, index) => {
    try {
      const hits = rule.check(context);
      if (hits.length > 0) {
        fired[index] = 1;
        strengths[index] = ruleStrength(rule, hits);
      }
    } catch {
      ruleErrors.push(index);
    }
  });
  return { strengths, fired, ruleErrors, hasHtml: context.message.isHtml };
}

/** Reads, parses and checks one file. Never throws: a failure is recorded on the row. */
export async function featuresOfFile(analyzer: Analyzer, path: string, cacheDir: string | null): Promise<MessageFeatures> {
  const started = performance.now();
  try {
    const input = await readInput(path, cacheDir);
    return { ...featuresOfInput(analyzer, rules, input), error: null, ms: performance.now() - started };
  } catch (error) {
    return {
      strengths: new Float64Array(rules.length),
      fired: new Uint8Array(rules.length),
      hasHtml: false,
      ruleErrors: [],
      error: error instanceof Error ? error.message : String(error),
      ms: performance.now() - started,
    };
  }
}

export interface ExtractOptions {
  /**
   * threads to use, this one included: 1 works here alone, n > 1 adds n − 1 worker threads.
   * Default: one per core (at most 8), this thread alone for small sets.
   */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** where parsed .eml files are cached (input-cache.ts); null parses every time */
  readonly cacheDir?: string | null;
}

const BATCH = 24;
const ALONE_BELOW = 150;

export function defaultThreads(messages: number): number {
  return messages < ALONE_BELOW ? 1 : Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Starts a worker on worker.ts. Node 20 does not run a worker's TypeScript entry through the
 * loader the parent was started with, so the worker registers tsx itself before importing it.
 */
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

interface BatchReply {
  readonly id: number;
  readonly rows: MessageFeatures[];
}

/**
 * Hands out batches of paths to `workerCount` worker threads and to this thread, which works too
 * (yielding between messages so that the workers' replies are taken in time).
 */
async function extractInThreads(
  paths: readonly string[],
  workerCount: number,
  cacheDir: string | null,
  onProgress?: ExtractOptions['onProgress'],
): Promise<MessageFeatures[]> {
  const rows: (MessageFeatures | undefined)[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  let stopped = false;
  const take = (): { id: number; batch: string[] } | null => {
    if (stopped || next >= paths.length) return null;
    const id = next;
    const batch = paths.slice(id, id + BATCH);
    next += batch.length;
    return { id, batch };
  };
  const record = (id: number, batchRows: readonly MessageFeatures[]): void => {
    batchRows.forEach((row, offset) => {
      rows[id + offset] = row;
    });
    done += batchRows.length;
    onProgress?.(done, paths.length);
  };
  const here = async (): Promise<void> => {
    const analyzer = createAnalyzer();
    for (let work = take(); work; work = take()) {
      const batchRows: MessageFeatures[] = [];
      for (const path of work.batch) {
        batchRows.push(await featuresOfFile(analyzer, path, cacheDir));
        if (workerCount > 0) await new Promise((resolve) => setImmediate(resolve));
      }
      record(work.id, batchRows);
    }
  };
  const workers = Array.from({ length: workerCount }, startWorker);
  const inWorker = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      // Two batches in flight, so that a worker never waits for this thread to hand out the next.
      const send = (): void => {
        while (inFlight < 2) {
          const work = take();
          if (!work) break;
          inFlight++;
          worker.postMessage({ id: work.id, paths: work.batch, cacheDir });
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (reply: BatchReply) => {
        inFlight--;
        record(reply.id, reply.rows);
        send();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`an evaluation worker stopped with code ${code}`));
      });
      send();
    });
  const local = here();
  try {
    await Promise.all([local, ...workers.map(inWorker)]);
  } catch (error) {
    stopped = true; // this thread finishes its message and stops taking batches
    await local.catch(() => undefined);
    throw error;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return rows.map((row, index) => {
    if (!row) throw new Error(`no result for ${paths[index]}`);
    return row;
  });
}

/** Rule hits of every file, in the order given. */
export async function extractFeatures(paths: readonly string[], options: ExtractOptions = {}): Promise<FeatureTable> {
  const started = performance.now();
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads(paths.length)));
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  let rows: MessageFeatures[];
  let used = threads;
  try {
    rows = await extractInThreads(paths, threads - 1, cacheDir, options.onProgress);
  } catch (error) {
    if (threads === 1) throw error;
    process.stderr.write(`\nworker threads failed (${error instanceof Error ? error.message : String(error)}); running in one thread\n`);
    used = 1;
    rows = await extractInThreads(paths, 0, cacheDir, options.onProgress);
  }
  options.onProgress?.(paths.length, paths.length);
  return { rows, wallMs: performance.now() - started, threads: used };
}

/** The points per unit of strength the analyzer uses: the fitted table, else the rule's default. */
export function effectiveWeights(ruleList: readonly Rule[], fitted: ReadonlyMap<string, number>): Float64Array {
  return Float64Array.from(ruleList, (rule) => fitted.get(rule.id) ?? rule.weight);
}

/**
 * A message's score as `analyze()` computes it: each rule's points are its weight × counted
 * strength, rounded to tenths, and the score is their sum (core/score/score.ts).
 */
export function scoreOf(strengths: ArrayLike<number>, weights: ArrayLike<number>): number {
  let tenths = 0;
  for (let index = 0; index < strengths.length; index++) {
    const strength = strengths[index]!;
    if (strength !== 0) tenths += Math.round(weights[index]! * strength * 10);
  }
  return tenths / 10;
}
