/**
 * The npm library build (`npm run build:lib`): ES modules in dist/lib/ for the package's exports.
 *   index.js   core/index.ts    'spamrisk': browser-safe, no Node built-ins
 *   data.js    core/data/index.ts 'spamrisk/data': the wordlist data, for createAnalyzer({ data })
 *   node.js    cli/node.ts      'spamrisk/node'
 *   cli.js     cli/main.ts      the `spamrisk` bin (bin/spamrisk.js imports it)
 *   worker.js  cli/worker.ts    the CLI's worker threads, loaded by path beside the chunks
 *   vite.js    cli/vite/index.ts 'spamrisk/vite', the Vite plugin
 * Dependencies stay imports (npm installs them), and so does `vite`, which the plugin runs inside
 * (the user's own); declarations come from tsconfig.lib.json.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies ?? {});
const builtins = new Set(builtinModules);

/** What the Vite plugin imports from the Vite that loads it: never bundled. */
const host = ['vite'];

function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtins.has(id)) return true;
  if (host.some((name) => id === name || id.startsWith(`${name}/`))) return true;
  return dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/lib',
    // The declarations (dist/lib/types/) are written after this build; keep nothing stale before it.
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: {
        index: 'core/index.ts',
        data: 'core/data/index.ts',
        node: 'cli/node.ts',
        cli: 'cli/main.ts',
        worker: 'cli/worker.ts',
        vite: 'cli/vite/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        // Chunks sit beside the entries: the pool finds worker.js next to the module that starts it.
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
