/**
 * A pool worker: reads and scores the files the main thread sends, one message per file. The
 * analyzer (and its wordlist tries) is built once per worker and reused for every file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeTask, failureOf, prepareAnalyzer, type FileTask, type SourceOptions } from './analyze-source.ts';

export interface WorkerRequest {
  readonly id: number;
  readonly task: FileTask;
}

const options = workerData as SourceOptions;

// Build the analyzer (wordlist tries) before asking for files, so no file waits on it.
prepareAnalyzer(options.analyze);
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (request: WorkerRequest) => {
  analyzeTask(request.task, options).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, result: failureOf(request.task.file, error) }),
  );
});
