// Where `npm run templates:fetch` keeps what it downloads and renders: outside git, next to the eval's cache.
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/paths.ts';

/** tarballs/, packages/ (unpacked), render/ (the renderers), templates/ (the HTML and manifest.tsv) */
export const TEMPLATES_CACHE = join(REPO_ROOT, 'node_modules/.cache/spamrisk-templates');
/** The folder that `npm run eval -- <folder>`, `npm run eval:templates` and the test read. */
export const TEMPLATES_DIR = join(TEMPLATES_CACHE, 'templates');
/** The renderers' package.json and package-lock.json, committed. */
export const RENDER_PROJECT = join(REPO_ROOT, 'scripts/templates/render');
