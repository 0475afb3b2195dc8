// The end-to-end suite (the root vite.config.ts excludes test/browser/**):
//   npx vitest run -c test/browser/vitest.config.ts
// It builds the extension first (global-setup.ts), then drives Debian's chromium and firefox-esr.
// Files run one after another: each starts its own browser, and the machine has two cores.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root,
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser flakes are real bugs or real timing problems: surface them, do not retry them away.
    retry: 0,
  },
});
