// Where things are, relative to the repository (the suite runs from any working directory).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The compose-window pages the suites drive (test/fixtures/compose; SPAMRISK_FIXTURES overrides). */
export const COMPOSE_FIXTURES = path.resolve(process.env.SPAMRISK_FIXTURES ?? path.join(REPO_ROOT, 'test/fixtures/compose'));

export const DIST = path.join(REPO_ROOT, 'dist');
export const TEST_CHROME = path.join(DIST, 'test/chrome');
export const TEST_FIREFOX = path.join(DIST, 'test/firefox');
export const PROD_CHROME = path.join(DIST, 'chrome');
export const PROD_FIREFOX = path.join(DIST, 'firefox');
/** Tiptap 3 bundled for its fixture page before the suite runs (vendor.ts; build output). */
export const TIPTAP_DIR = path.join(DIST, 'test/vendor/tiptap');

/**
 * Where the suite saves its screenshots: a scratch folder under dist/ unless SPAMRISK_SCREENSHOTS
 * names one (`npm run screenshots` points it at docs/screenshots), so a test run never rewrites
 * tracked files.
 */
export const SCREENSHOTS = path.resolve(process.env.SPAMRISK_SCREENSHOTS ?? path.join(DIST, 'test/screenshots'));

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
