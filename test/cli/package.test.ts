/**
 * The library build behind package.json's exports: `spamrisk` (dist/lib/index.js) must stay free
 * of Node built-ins, `spamrisk/node` and the bin must load through the exports map, and every
 * `types` path the exports name must be written by tsconfig.lib.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO, type BuiltCli } from './helpers.ts';

let cli: BuiltCli;

beforeAll(async () => {
  cli = await buildCli();
  // Declarations, as `npm run build:lib` writes them, into the temporary package.
  execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(REPO, 'tsconfig.lib.json'), '--declarationDir', join(cli.root, 'dist/lib/types')], {
    cwd: REPO,
    stdio: 'pipe',
  });
}, 180_000);
afterAll(() => cli?.dispose());

interface ExportEntry {
  types?: string;
  import?: string;
  default?: string;
}

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  private?: boolean;
  exports: Record<string, ExportEntry | string>;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** Every module a built file imports, followed through relative imports. */
function importGraph(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files], bare: [...bare] };
}

describe('the library build', () => {
  it('writes the files package.json exports and bin name', () => {
    for (const [name, entry] of Object.entries(pkg.exports)) {
      if (typeof entry === 'string') continue;
      for (const path of [entry.import, entry.types]) {
        if (path) expect(existsSync(join(cli.root, path)), `${name}: ${path}`).toBe(true);
      }
    }
    expect(existsSync(join(cli.root, 'dist/lib/cli.js'))).toBe(true);
    expect(existsSync(join(cli.root, 'dist/lib/worker.js'))).toBe(true);
    expect(Object.values(pkg.bin)).toEqual(['./bin/spamrisk.js']);
  });

  it('keeps the "spamrisk" entry free of Node built-ins (it runs in browsers and workers)', () => {
    const entry = pkg.exports['.'] as ExportEntry;
    const { files, bare } = importGraph(join(cli.root, entry.import ?? ''));
    const builtins = new Set(builtinModules);
    expect(bare.filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier))).toEqual([]);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/\bprocess\.(env|cwd|argv)\b|\bBuffer\.from\(|__dirname|createRequire/);
  });

  it('loads through the exports map, as a dependent package would import it', () => {
    const script = `
      const core = await import('spamrisk');
      const node = await import('spamrisk/node');
      const vite = await import('spamrisk/vite');
      const report = core.analyze({ html: '<p>Hello</p>' });
      const fromFile = await node.analyzeFile(${JSON.stringify(join(REPO, 'examples/order-receipt.html'))});
      const plugin = vite.default({ threshold: 6 });
      console.log(JSON.stringify({ version: report.version, analyzeFiles: typeof node.analyzeFiles, analyzeEach: typeof node.analyzeEach, level: fromFile.level, plugin: plugin.name, named: vite.spamrisk === vite.default }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: cli.root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, analyzeFiles: 'function', analyzeEach: 'function', level: 'low', plugin: 'spamrisk', named: true });
  });

  it('loads through require() from CommonJS (require(esm), Node 20.19 and later), each entry with a default condition', () => {
    for (const [name, entry] of Object.entries(pkg.exports)) {
      if (typeof entry !== 'string') expect(entry.default, name).toBe(entry.import);
    }
    const script = `
      const core = require('spamrisk');
      const node = require('spamrisk/node');
      const vite = require('spamrisk/vite');
      const report = core.analyze({ html: '<p>Hello</p>' });
      console.log(JSON.stringify({ version: report.version, analyzeFile: typeof node.analyzeFile, plugin: vite.default({ threshold: 6 }).name }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: cli.root, encoding: 'utf8' });
    // Node 20 and 22 may warn that require(esm) is experimental; nothing else may reach stderr.
    expect(result.stderr.split('\n').filter((line) => line.trim() !== '' && !/ExperimentalWarning|--trace-warnings/.test(line))).toEqual([]);
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, analyzeFile: 'function', plugin: 'spamrisk' });
  });

  it('declares the public API for TypeScript users', () => {
    const nodeTypes = readFileSync(join(cli.root, (pkg.exports['./node'] as ExportEntry).types ?? ''), 'utf8');
    expect(nodeTypes).toMatch(/export declare function analyzeFile\(path: string, options\?: FileOptions\): Promise<Report>/);
    expect(nodeTypes).toMatch(/export declare function analyzeFiles\(/);
    expect(nodeTypes).toMatch(/export declare function analyzeEach\(patterns: string \| readonly string\[\], options\?: FilesOptions\): AsyncGenerator<FileEntry/);
    const viteTypes = readFileSync(join(cli.root, (pkg.exports['./vite'] as ExportEntry).types ?? ''), 'utf8');
    expect(viteTypes).toMatch(/export declare function spamrisk\(options\?: SpamriskPluginOptions\): Plugin;/);
    // Consumers without @types/node still type-check against spamrisk/node's declarations.
    expect(nodeTypes).not.toMatch(/NodeJS\./);
  });
});

/**
 * What `npm pack` would put in the tarball (and `npm publish` upload), from a folder laid out as a
 * clone is after `npm run build:lib`: the built library, and sources, tests and scripts beside it
 * that must stay out. `--ignore-scripts`: the build is the one above, not prepack's.
 */
function packedFiles(root: string): string[] {
  const stage = mkdtempSync(join(tmpdir(), 'spamrisk-pack-'));
  try {
    for (const path of ['package.json', 'README.md', 'bin', 'core/schema', 'cli/schema']) cpSync(join(REPO, path), join(stage, path), { recursive: true });
    cpSync(join(root, 'dist/lib'), join(stage, 'dist/lib'), { recursive: true });
    for (const decoy of ['core/index.ts', 'cli/main.ts', 'test/cli/a.test.ts', 'scripts/x.ts', 'wordlists/en/x.txt', 'dist/test/x.png', 'dist/chrome/manifest.json', 'examples/a.html', 'extension/x.ts']) {
      mkdirSync(dirname(join(stage, decoy)), { recursive: true });
      writeFileSync(join(stage, decoy), 'x');
    }
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: stage, encoding: 'utf8', env: { ...process.env, npm_config_cache: join(stage, '.npm-cache'), npm_config_update_notifier: 'false' } });
    expect(result.status, result.stderr).toBe(0);
    const [packed] = JSON.parse(result.stdout) as { name: string; files: { path: string }[] }[];
    expect(packed?.name).toBe('spamrisk');
    return (packed?.files ?? []).map((file) => file.path).sort();
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

describe('the npm package (npm pack --dry-run)', () => {
  let files: string[] = [];
  beforeAll(() => {
    files = packedFiles(cli.root);
  }, 120_000);

  it('is publishable, as the docs that install it from npm need (nothing here publishes it)', () => {
    expect(pkg.private).toBeUndefined();
  });

  it('packs every file the exports map and the bin name, and every module they load', () => {
    const targets = [
      ...Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.import, entry.types, entry.default])),
      ...Object.values(pkg.bin),
      'dist/lib/cli.js',
      'dist/lib/worker.js',
    ].flatMap((path) => (path ? [path.replace(/^\.\//, '')] : []));
    for (const target of targets) expect(files, target).toContain(target);
    for (const [, entry] of Object.entries(pkg.exports)) {
      if (typeof entry === 'string' || !entry.import) continue;
      for (const file of importGraph(join(cli.root, entry.import)).files) expect(files).toContain(relative(cli.root, file));
    }
  });

  it('packs only the built library, the bin, the schemas and the README: no sources, tests or data', () => {
    const allowed = ['dist/lib/', 'bin/', 'core/schema/', 'cli/schema/', 'README.md', 'package.json'];
    expect(files.filter((file) => !allowed.some((prefix) => file === prefix || (prefix.endsWith('/') && file.startsWith(prefix))))).toEqual([]);
    expect(files.filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('needs at run time only what it declares: every package the built files import is a dependency or a peer', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
    const builtins = new Set(builtinModules);
    const imported = new Set(
      files
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => importGraph(join(cli.root, file)).bare)
        .filter((specifier) => !specifier.startsWith('node:') && !builtins.has(specifier))
        .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')),
    );
    expect(imported.size).toBeGreaterThan(0);
    expect([...imported].filter((name) => !declared.has(name))).toEqual([]);
  });
});
