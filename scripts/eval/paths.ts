// Where the evaluation looks, whatever the working directory.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where CI and users keep the corpus: ../shared/corpus next to the repository, unless
 * SPAMRISK_CORPUS names another folder (a git worktree sits one level deeper than the checkout).
 */
export const DEFAULT_CORPUS = process.env.SPAMRISK_CORPUS ? resolve(process.env.SPAMRISK_CORPUS) : resolve(REPO_ROOT, '../shared/corpus');
/** Parsed messages, reused across runs (input-cache.ts). */
export const DEFAULT_CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/spamrisk-eval');
