/**
 * Scores many files across cores. The main thread and `jobs - 1` worker threads take files from
 * one queue; each worker builds the analyzer once and then reads and scores files on its own. A
 * handful of files is scored on the main thread alone: starting a worker costs more than it saves.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeTask, type FileResult, type FileTask, type SourceOptions } from './analyze-source.ts';
import { capJobs } from './limits.ts';
import type { WorkerRequest } from './worker.ts';

/**
 * Above this many files worker threads join the main thread. A worker is ready after ~0.25 s, by
 * which time the main thread alone has scored ~80 typical templates (scripts/bench-cli.ts).
 */
export const PARALLEL_MIN_FILES = 100;
/** Files in flight per worker: one being scored, one waiting, so a worker never idles on a round trip. */
const IN_FLIGHT = 2;
/** A variable, not a literal, so that bundlers leave the URL alone. */
const WORKER_JS = './worker.js';

export interface RunOptions {
  /** threads that score files, the main thread included: 1 uses no worker (default: defaultJobs(); at most the cores there are) */
  readonly jobs?: number;
  /** called after each file, with the count done */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Threads to use when --jobs is not given: one per core, but only the main thread when the
 * machine is already busy (1-minute load average at or above the core count, as `make -l`
 * judges it). Measured in scripts/bench-cli.ts: a worker costs ~0.25 s of CPU to start, which
 * a busy machine pays for and an idle core hides.
 */
export function defaultJobs(): number {
  const cores = Math.max(1, availableParallelism());
  const load = loadavg()[0] ?? 0;
  return load >= cores ? 1 : cores;
}

/** tsx's ESM API module (its `import` export: require.resolve would give the CommonJS one). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const target = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), target)).href;
}

/**
 * How to start a worker. Built code ships `worker.js` beside its chunks. From source (tsx, vitest)
 * the worker is `worker.ts`: a small bootstrap registers tsx's loader inside the worker first,
 * because a worker does not inherit the loader of whatever runs the main thread.
 */
function startWorker(options: SourceOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(WORKER_JS, import.meta.url), { workerData: options });
  const tsxApi = tsxEsmApi();
  const worker = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: options });
}

async function runInline(tasks: readonly FileTask[], options: SourceOptions, onProgress: RunOptions['onProgress']): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) {
    results.push(await analyzeTask(task, options));
    onProgress?.(results.length, tasks.length);
  }
  return results;
}

export async function analyzeTasks(tasks: readonly FileTask[], options: SourceOptions, run: RunOptions = {}): Promise<FileResult[]> {
  // Never more threads than cores, whatever was asked for (cli/limits.ts).
  const jobs = capJobs(run.jobs ?? defaultJobs());
  if (jobs <= 1 || tasks.length <= PARALLEL_MIN_FILES) return runInline(tasks, options, run.onProgress);
  return runPool(tasks, options, jobs - 1, run.onProgress);
}

type WorkerMessage = { ready: true } | { id: number; result: FileResult };

/**
 * The main thread scores files too, from the same queue, while `size` workers start: a worker
 * needs ~0.2 s to load the core and build its wordlist tries, so it only gets files once it says
 * it is ready, and a short run never waits for one. A worker that dies hands its files back.
 */
function runPool(tasks: readonly FileTask[], options: SourceOptions, size: number, onProgress: RunOptions['onProgress']): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(tasks.length);
  const queue = tasks.map((_, index) => index);
  /** files already handed back once by a dying worker: a second death fails them */
  const retried = new Set<number>();
  let done = 0;

  return new Promise((resolve) => {
    const live = new Set<Worker>();
    const inFlight = new Map<Worker, Set<number>>();
    let mainBusy = false;
    let finished = false;

    const finish = () => {
      if (finished || done < tasks.length) return;
      finished = true;
      for (const worker of live) void worker.terminate();
      live.clear();
      resolve(results as FileResult[]);
    };

    const record = (id: number, result: FileResult) => {
      if (results[id] !== undefined) return;
      results[id] = result;
      done++;
      onProgress?.(done, tasks.length);
      finish();
    };

    const drainOnMain = async () => {
      if (mainBusy) return;
      mainBusy = true;
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        record(id, await analyzeTask(tasks[id] as FileTask, options));
      }
      mainBusy = false;
    };

    const feed = (worker: Worker) => {
      const mine = inFlight.get(worker) ?? new Set<number>();
      inFlight.set(worker, mine);
      while (mine.size < IN_FLIGHT) {
        const id = queue.shift();
        if (id === undefined) break;
        mine.add(id);
        worker.postMessage({ id, task: tasks[id] as FileTask } satisfies WorkerRequest);
      }
    };

    const lose = (worker: Worker, reason: string) => {
      if (!live.delete(worker) || finished) return;
      for (const id of inFlight.get(worker) ?? []) {
        if (results[id] !== undefined) continue;
        if (retried.has(id)) {
          const task = tasks[id] as FileTask;
          record(id, { file: task.file, error: `${task.file}: could not be analysed (worker failed: ${reason})` });
        } else {
          retried.add(id);
          queue.unshift(id);
        }
      }
      inFlight.delete(worker);
      void drainOnMain();
    };

    for (let index = 0; index < size; index++) {
      const worker = startWorker(options);
      live.add(worker);
      worker.on('message', (message: WorkerMessage) => {
        if ('id' in message) {
          inFlight.get(worker)?.delete(message.id);
          record(message.id, message.result);
        }
        if (!finished) feed(worker);
      });
      worker.on('error', (error) => lose(worker, error.message));
      worker.on('exit', (code) => lose(worker, `exited with code ${code}`));
    }
    void drainOnMain();
  });
}
