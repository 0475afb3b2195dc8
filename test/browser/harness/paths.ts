// Where things are, relative to the repository (the suite runs from any working directory).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared compose fixtures: ../shared/fixtures/compose next to the repository (read-only). */
export const SHARED_FIXTURES = path.resolve(process.env.SPAMRISK_FIXTURES ?? path.resolve(REPO_ROOT, '../shared/fixtures/compose'));
/** Our own fixtures (Yahoo has no shared one). */
export const OWN_FIXTURES = path.join(REPO_ROOT, 'test/extension/fixtures');

export const DIST = path.join(REPO_ROOT, 'dist');
export const TEST_CHROME = path.join(DIST, 'test/chrome');
export const TEST_FIREFOX = path.join(DIST, 'test/firefox');
export const PROD_CHROME = path.join(DIST, 'chrome');
export const PROD_FIREFOX = path.join(DIST, 'firefox');

export const SCREENSHOTS = path.join(REPO_ROOT, 'docs/screenshots');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
