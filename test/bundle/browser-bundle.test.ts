/**
 * The core must run in the extension and in workers: its browser bundle may not pull in any Node
 * built-in (natural's root import would, which is why only its stemmers are imported by path).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

const outDir = mkdtempSync(join(tmpdir(), 'spamrisk-bundle-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('browser bundle of the core', () => {
  it('contains no Node built-ins and leaves nothing to resolve at run time', async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: { entry: join(import.meta.dirname, '../../core/index.ts'), formats: ['es'], fileName: 'core' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const chunks = outputs.filter((o) => o.type === 'chunk');
    expect(chunks.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    for (const chunk of chunks) {
      // A browser cannot resolve bare specifiers: every dependency must be inside the bundle.
      expect([...chunk.imports, ...chunk.dynamicImports]).toEqual([]);
      const modules = chunk.moduleIds.filter((id) => builtins.has(id) || id.startsWith('node:') || id.includes('__vite-browser-external'));
      expect(modules).toEqual([]);
      // natural's root pulls databases and classifiers; only the stemmers may come in.
      expect(chunk.moduleIds.filter((id) => id.includes('/natural/') && !/\/(stemmers|tokenizers|util)\//.test(id))).toEqual([]);
    }
    const code = readFileSync(join(outDir, readdirSync(outDir).find((n) => n.endsWith('.js')) ?? ''), 'utf8');
    expect(code).not.toMatch(/\bprocess\.env\b|\bBuffer\.from\(|__dirname/);
  });
});
