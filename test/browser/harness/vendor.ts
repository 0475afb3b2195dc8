// Editors that cannot be served straight from node_modules: Tiptap 3 ships ES modules only, so its
// page gets a bundle built here from the devDependencies (@tiptap/core, @tiptap/starter-kit,
// @tiptap/pm) into dist/test/vendor/tiptap/ (build output: never committed). The fixture server
// serves it as /vendor/tiptap/tiptap.js (server.ts, BUILT_VENDOR).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT, TIPTAP_DIR } from './paths.ts';
const TIPTAP_ENTRY = path.join(REPO_ROOT, 'test/browser/harness/tiptap-entry.ts');

/** Bundles Tiptap into one classic script (IIFE); `ifMissing` skips the work when it is there. */
export async function buildTiptap({ ifMissing = false }: { ifMissing?: boolean } = {}): Promise<string> {
  const out = path.join(TIPTAP_DIR, 'tiptap.js');
  if (ifMissing && existsSync(out)) return out;
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    build: {
      outDir: TIPTAP_DIR,
      emptyOutDir: true,
      minify: false,
      lib: { entry: TIPTAP_ENTRY, formats: ['iife'], name: 'TiptapBundle', fileName: () => 'tiptap.js' },
    },
  });
  return out;
}
