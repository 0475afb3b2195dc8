/**
 * One long-lived worker thread that scores templates for the dev server, so that scoring never
 * runs on the thread that answers the browser's requests. The worker builds the analyzer once
 * (~0.25 s); after that a template is read and scored there in the time the core takes. A worker
 * that dies is replaced at the next template, and the files it had are scored again.
 */
import type { Worker } from 'node:worker_threads';
import { failureOf, type FileResult, type FileTask, type SourceOptions } from '../analyze-source.ts';
import { startWorker } from '../pool.ts';

type WorkerMessage = { ready: true } | { id: number; result: FileResult };

export class Scorer {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { task: FileTask; resolve(result: FileResult): void; retried: boolean }>();
  private closed = false;

  constructor(private readonly options: SourceOptions) {}

  /** Reads and scores one template in the worker. Never rejects: a problem is the result's error. */
  score(task: FileTask): Promise<FileResult> {
    if (this.closed) return Promise.resolve(failureOf(task.file, new Error('the dev server is closing')));
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { task, resolve, retried: false });
      this.workerNow().postMessage({ id, task });
    });
  }

  close(): void {
    this.closed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    for (const [id, { task, resolve }] of this.pending) {
      this.pending.delete(id);
      resolve(failureOf(task.file, new Error('the dev server is closing')));
    }
  }

  private workerNow(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.options);
    // The dev server must exit when it is closed, even if a template is being scored.
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      if (!('id' in message)) return;
      const entry = this.pending.get(message.id);
      this.pending.delete(message.id);
      entry?.resolve(message.result);
    });
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.closed) return;
      // Score what it had again, once, in a new worker; a second death fails those files.
      for (const [id, entry] of this.pending) {
        if (entry.retried) {
          this.pending.delete(id);
          entry.resolve({ file: entry.task.file, error: `${entry.task.file}: could not be analysed (worker failed: ${reason})` });
        } else {
          entry.retried = true;
          this.workerNow().postMessage({ id, task: entry.task });
        }
      }
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exited with code ${code}`));
    this.worker = worker;
    return worker;
  }
}
