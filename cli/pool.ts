/**
 * Scores many files across cores. The main thread and `jobs - 1` worker threads take files from
 * one queue; each worker builds the analyzer once and then reads and scores files on its own. A
 * handful of files is scored on the main thread alone: starting a worker costs more than it saves.
 * Results come out in input order as a stream, so a large folder is reported while it is scored
 * and never held in memory whole; an AbortSignal stops the run and its workers.
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
/** How far past the result the consumer waits for files may be handed out (per thread): a slow consumer holds back the run instead of piling up reports. */
const AHEAD_PER_THREAD = 8;
/** A variable, not a literal, so that bundlers leave the URL alone. */
const WORKER_JS = './worker.js';

export interface RunOptions {
  /** threads that score files, the main thread included: 1 uses no worker (default: defaultJobs(); at most the cores there are) */
  readonly jobs?: number;
  /** called after each file, with the count done */
  readonly onProgress?: (done: number, total: number) => void;
  /** stops the run: no new file is started, workers end, and the stream throws the signal's reason */
  readonly signal?: AbortSignal;
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
export function startWorker(options: SourceOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(WORKER_JS, import.meta.url), { workerData: options });
  const tsxApi = tsxEsmApi();
  const worker = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: options });
}

/** Every file's result, in input order (the whole run: see streamTasks for one at a time). */
export async function analyzeTasks(tasks: readonly FileTask[], options: SourceOptions, run: RunOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for await (const result of streamTasks(tasks, options, run)) results.push(result);
  return results;
}

/**
 * Each file's result in input order, as soon as it and those before it are done. Breaking out of
 * the loop, or aborting `run.signal`, stops the run and ends its workers.
 */
export async function* streamTasks(tasks: readonly FileTask[], options: SourceOptions, run: RunOptions = {}): AsyncGenerator<FileResult, void, undefined> {
  run.signal?.throwIfAborted();
  // Never more threads than cores, whatever was asked for (cli/limits.ts).
  const jobs = capJobs(run.jobs ?? defaultJobs());
  if (jobs <= 1 || tasks.length <= PARALLEL_MIN_FILES) {
    for (let index = 0; index < tasks.length; index++) {
      const result = await analyzeTask(tasks[index] as FileTask, options);
      run.signal?.throwIfAborted();
      run.onProgress?.(index + 1, tasks.length);
      yield result;
    }
    return;
  }
  const pool = new Pool(tasks, options, jobs - 1, run);
  try {
    for (let index = 0; index < tasks.length; index++) yield await pool.take(index);
  } finally {
    pool.close();
  }
}

type WorkerMessage = { ready: true } | { id: number; result: FileResult };

/**
 * The main thread scores files too, from the same queue, while `size` workers start: a worker
 * needs ~0.2 s to load the core and build its wordlist tries, so it only gets files once it says
 * it is ready, and a short run never waits for one. A worker that dies hands its files back (a
 * second death fails them). Files are handed out in order, never more than a window past the
 * result being waited for.
 */
class Pool {
  private readonly results = new Map<number, FileResult>();
  private readonly waiting = new Map<number, { resolve(result: FileResult): void; reject(error: unknown): void }>();
  private readonly queue: number[] = [];
  private readonly retried = new Set<number>();
  private readonly recorded = new Set<number>();
  private readonly live = new Set<Worker>();
  private readonly inFlight = new Map<Worker, Set<number>>();
  private readonly ahead: number;
  private next = 0;
  private consumed = 0;
  private done = 0;
  private mainBusy = false;
  private closed = false;
  private failure: unknown;
  private readonly onAbort = () => this.fail(this.run.signal?.reason);

  constructor(
    private readonly tasks: readonly FileTask[],
    private readonly options: SourceOptions,
    size: number,
    private readonly run: RunOptions,
  ) {
    this.ahead = (size + 1) * AHEAD_PER_THREAD;
    run.signal?.addEventListener('abort', this.onAbort, { once: true });
    for (let index = 0; index < size; index++) this.spawn();
    void this.drainOnMain();
  }

  /** The result of file `index`, once it is done; files after it may then be handed out. */
  take(index: number): Promise<FileResult> {
    this.consumed = index;
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const ready = this.results.get(index);
    const promise =
      ready !== undefined
        ? Promise.resolve(ready)
        : new Promise<FileResult>((resolve, reject) => {
            this.waiting.set(index, { resolve, reject });
          });
    this.results.delete(index);
    this.refill();
    return promise;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.run.signal?.removeEventListener('abort', this.onAbort);
    for (const worker of this.live) void worker.terminate();
    this.live.clear();
  }

  private fail(reason: unknown): void {
    this.failure = reason ?? new Error('aborted');
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
    this.close();
  }

  /** The next file to hand out, in order: one handed back by a dead worker first. */
  private nextTask(): number | undefined {
    if (this.closed) return undefined;
    const back = this.queue.shift();
    if (back !== undefined) return back;
    if (this.next >= this.tasks.length || this.next > this.consumed + this.ahead) return undefined;
    return this.next++;
  }

  private record(id: number, result: FileResult): void {
    if (this.closed || this.recorded.has(id)) return;
    this.recorded.add(id);
    this.done++;
    this.run.onProgress?.(this.done, this.tasks.length);
    const waiter = this.waiting.get(id);
    if (waiter) {
      this.waiting.delete(id);
      waiter.resolve(result);
    } else this.results.set(id, result);
  }

  private refill(): void {
    for (const worker of this.live) if (this.inFlight.has(worker)) this.feed(worker);
    void this.drainOnMain();
  }

  private async drainOnMain(): Promise<void> {
    if (this.mainBusy) return;
    this.mainBusy = true;
    for (let id = this.nextTask(); id !== undefined; id = this.nextTask()) {
      this.record(id, await analyzeTask(this.tasks[id] as FileTask, this.options));
    }
    this.mainBusy = false;
  }

  private feed(worker: Worker): void {
    const mine = this.inFlight.get(worker) ?? new Set<number>();
    this.inFlight.set(worker, mine);
    while (mine.size < IN_FLIGHT) {
      const id = this.nextTask();
      if (id === undefined) break;
      mine.add(id);
      worker.postMessage({ id, task: this.tasks[id] as FileTask } satisfies WorkerRequest);
    }
  }

  private lose(worker: Worker, reason: string): void {
    if (!this.live.delete(worker) || this.closed) return;
    for (const id of this.inFlight.get(worker) ?? []) {
      if (this.recorded.has(id)) continue;
      if (this.retried.has(id)) {
        const task = this.tasks[id] as FileTask;
        this.record(id, { file: task.file, error: `${task.file}: could not be analysed (worker failed: ${reason})` });
      } else {
        this.retried.add(id);
        this.queue.unshift(id);
      }
    }
    this.inFlight.delete(worker);
    void this.drainOnMain();
  }

  private spawn(): void {
    const worker = startWorker(this.options);
    this.live.add(worker);
    worker.on('message', (message: WorkerMessage) => {
      if ('id' in message) {
        this.inFlight.get(worker)?.delete(message.id);
        this.record(message.id, message.result);
      }
      if (!this.closed) this.feed(worker);
    });
    worker.on('error', (error) => this.lose(worker, error.message));
    worker.on('exit', (code) => this.lose(worker, `exited with code ${code}`));
  }
}
