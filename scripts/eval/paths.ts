// Where the evaluation looks, whatever the working directory.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where CI and users keep the corpus: ../shared/corpus next to the repository. */
export const DEFAULT_CORPUS = resolve(REPO_ROOT, '../shared/corpus');
/** Parsed messages, reused across runs (input-cache.ts). */
export const DEFAULT_CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/spamrisk-eval');
