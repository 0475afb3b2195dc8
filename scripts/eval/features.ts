/**
 * Rule hits per message, the one costly pass that both the evaluation and the weight fit read. Each
 * message is read and parsed once; every rule runs once over its context, and what is kept is the
 * rule's counted strength (`ruleStrength`: Σ strength, capped) and whether it fired. Scores under
 * any weights are then sums over this table, so a second pass never re-parses.
 *
 * The work is spread over worker threads (one per core), each with its own analyzer.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createAnalyzer, rules, type Analyzer, type Rule } from '../../core/index.ts';
import { ruleStrength } from '../../core/score/score.ts';
import { readInput } from './corpus.ts';

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
  readonly ruleIds: readonly string[];
  readonly rows: readonly MessageFeatures[];
  readonly wallMs: number;
  readonly workers: number;
}

/** Rule hits of one parsed input, as the analyzer would count them. */
export function featuresOfInput(analyzer: Analyzer, ruleList: readonly Rule[], input: Parameters<Analyzer['context']>[0]) {
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
export async function featuresOfFile(analyzer: Analyzer, path: string): Promise<MessageFeatures> {
  const started = performance.now();
  try {
    const input = await readInput(path);
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
  /** worker threads; 0 runs in this thread. Default: one per core, in this thread for small sets. */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

const BATCH = 24;
const IN_PROCESS_BELOW = 150;

async function extractHere(paths: readonly string[], onProgress?: ExtractOptions['onProgress']): Promise<MessageFeatures[]> {
  const analyzer = createAnalyzer();
  const rows: MessageFeatures[] = [];
  for (const path of paths) {
    rows.push(await featuresOfFile(analyzer, path));
    if (rows.length % BATCH === 0) onProgress?.(rows.length, paths.length);
  }
  return rows;
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

async function extractInWorkers(paths: readonly string[], count: number, onProgress?: ExtractOptions['onProgress']): Promise<MessageFeatures[]> {
  const rows: (MessageFeatures | undefined)[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: count }, startWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveAll, reject) => {
            const send = (): void => {
              if (next >= paths.length) {
                resolveAll();
                return;
              }
              const id = next;
              const batch = paths.slice(id, id + BATCH);
              next += batch.length;
              worker.postMessage({ id, paths: batch });
            };
            worker.on('message', (reply: BatchReply) => {
              reply.rows.forEach((row, offset) => {
                rows[reply.id + offset] = row;
              });
              done += reply.rows.length;
              onProgress?.(done, paths.length);
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (code !== 0) reject(new Error(`an evaluation worker stopped with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return rows.map((row, index) => {
    if (!row) throw new Error(`no result for ${paths[index]}`);
    return row;
  });
}

export function defaultWorkers(messages: number): number {
  return messages < IN_PROCESS_BELOW ? 0 : Math.min(availableParallelism(), 8);
}

/** Rule hits of every file, in the order given. */
export async function extractFeatures(paths: readonly string[], options: ExtractOptions = {}): Promise<FeatureTable> {
  const started = performance.now();
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkers(paths.length)));
  let rows: MessageFeatures[];
  let used = workers;
  if (workers > 0) {
    try {
      rows = await extractInWorkers(paths, workers, options.onProgress);
    } catch (error) {
      process.stderr.write(`\nworker threads failed (${error instanceof Error ? error.message : String(error)}); running in one thread\n`);
      used = 0;
      rows = await extractHere(paths, options.onProgress);
    }
  } else {
    rows = await extractHere(paths, options.onProgress);
  }
  options.onProgress?.(paths.length, paths.length);
  return { ruleIds: rules.map((rule) => rule.id), rows, wallMs: performance.now() - started, workers: used };
}
