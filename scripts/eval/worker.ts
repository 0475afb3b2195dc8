/**
 * An evaluation worker thread (features.ts): builds one analyzer, then answers batches of file
 * paths with their rule hits.
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../core/index.ts';
import { featuresOfFile, type MessageFeatures } from './features.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (see features.ts).');
const analyzer = createAnalyzer();

port.on('message', async ({ id, paths, cacheDir }: { id: number; paths: string[]; cacheDir: string | null }) => {
  const rows: MessageFeatures[] = [];
  for (const path of paths) rows.push(await featuresOfFile(analyzer, path, cacheDir));
  port.postMessage({ id, rows });
});
