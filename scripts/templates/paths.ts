// Where `npm run templates:fetch` keeps what it downloads and renders: outside git, next to the eval's cache.
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../eval/paths.ts';

/**
 * tarballs/, packages/ (unpacked), render/ (the renderers), templates/ (the HTML and manifest.tsv).
 * SPAMRISK_TEMPLATES_CACHE names another folder (as `templates:fetch -- --out DIR` does), so that the eval and
 * the test read a set rendered apart, e.g. in a worktree whose node_modules is shared.
 */
export const TEMPLATES_CACHE = resolve(REPO_ROOT, process.env['SPAMRISK_TEMPLATES_CACHE'] || 'node_modules/.cache/spamrisk-templates');
/** The folder that `npm run eval -- <folder>`, `npm run eval:templates` and the test read. */
export const TEMPLATES_DIR = join(TEMPLATES_CACHE, 'templates');
/** The renderers' package.json and package-lock.json, committed. */
export const RENDER_PROJECT = join(REPO_ROOT, 'scripts/templates/render');
