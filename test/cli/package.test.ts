/**
 * The library build behind package.json's exports: `spamrisk` (dist/lib/index.js) must stay free
 * of Node built-ins, `spamrisk/node` and the bin must load through the exports map, and every
 * `types` path the exports name must be written by tsconfig.lib.json. Then the package: what `npm
 * pack` of the repository packs, and the dependencies it declares against what its sources import.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  types?: string;
  typesVersions?: Record<string, Record<string, string[]>>;
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

  it('keeps the "spamrisk" and "spamrisk/data" entries free of Node built-ins (they run in browsers and workers)', () => {
    for (const name of ['.', './data']) {
      const entry = pkg.exports[name] as ExportEntry;
      const { files, bare } = importGraph(join(cli.root, entry.import ?? ''));
      const builtins = new Set(builtinModules);
      expect(bare.filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier)), name).toEqual([]);
      for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/\bprocess\.(env|cwd|argv)\b|\bBuffer\.from\(|__dirname|createRequire/);
    }
  });

  it('exports the wordlist data, so createAnalyzer({ data }) can be given only some languages, as the README says', () => {
    const script = `
      const { analyze, createAnalyzer } = await import('spamrisk');
      const { languagePacks, defaultData, WORDLIST_LANGUAGES } = await import('spamrisk/data');
      const english = createAnalyzer({ data: { languages: [languagePacks.get('en')], lists: defaultData.lists } });
      const html = '<p>Act now! Click here to claim your cash bonus.</p>';
      const report = english.analyze({ html }, { languages: ['en'] });
      let french;
      try { english.analyze({ html: '<p>Bonjour</p>' }, { languages: ['fr'] }); french = 'taken'; } catch (error) { french = error.name; }
      console.log(JSON.stringify({ languages: WORDLIST_LANGUAGES.includes('en'), findings: report.findings.length > 0, sameAsFull: JSON.stringify(report) === JSON.stringify(analyze({ html }, { languages: ['en'] })), french }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: cli.root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ languages: true, findings: true, sameAsFull: true, french: 'TypeError' });
    const types = readFileSync(join(cli.root, (pkg.exports['./data'] as ExportEntry).types ?? ''), 'utf8');
    expect(types).toMatch(/export declare const defaultData: AnalyzerData;/);
    expect(types).toMatch(/export declare const languagePacks: ReadonlyMap<string, LanguagePack>;/);
  });

  it("type-checks the README's spamrisk/data example under strict TypeScript against the package's declarations", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const start = readme.indexOf('```ts\n', readme.indexOf('from `spamrisk/data` (`core/data/`):'));
    expect(start).toBeGreaterThan(0);
    const code = readme.slice(start + 6, readme.indexOf('```', start + 6)).replace(/^ {2}/gm, '');
    expect(code).toContain("from 'spamrisk/data'");
    writeFileSync(join(cli.root, 'readme-data.ts'), `${code}export { analyzer };\n`);
    const result = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'readme-data.ts'], { cwd: cli.root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
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

  /**
   * A project that depends on spamrisk, type-checked by the TypeScript the repository uses. The
   * `@ts-expect-error` lines fail if a type is `any` (a module found without its declarations).
   * `moduleResolution: node10` (`node`, the default with `module: commonjs`) reads no `exports`:
   * it finds the declarations through the top-level `types` and `typesVersions`.
   */
  describe('types for a dependent TypeScript project, by moduleResolution', () => {
    const consumer = `
      import { analyze, type Report } from 'spamrisk';
      import { defaultData, languagePacks } from 'spamrisk/data';
      import { analyzeFile, type FileOptions } from 'spamrisk/node';
      const report: Report = analyze({ html: '<p>Hello</p>' }, { threshold: 6 });
      const level: 'low' | 'medium' | 'high' = report.level;
      // @ts-expect-error a level is a string
      const wrong: number = report.level;
      const english = languagePacks.get('en');
      const lists = defaultData.lists;
      const options: FileOptions = { threshold: 4 };
      const pending: Promise<Report> = analyzeFile('mail.html', options);
      // @ts-expect-error analyzeFile takes a path
      void analyzeFile(42);
      export { english, level, lists, pending, wrong };
    `;
    const viteConfig = `
      import { defineConfig } from 'vite';
      import spamrisk from 'spamrisk/vite';
      // @ts-expect-error the threshold is a number
      spamrisk({ threshold: 'high' });
      export default defineConfig({ plugins: [spamrisk({ threshold: 6 })] });
    `;
    const vitePlugin = `
      import spamrisk from 'spamrisk/vite';
      // @ts-expect-error the threshold is a number
      spamrisk({ threshold: 'high' });
      export const plugin = spamrisk({ threshold: 6 });
    `;
    /** The JSON Schemas the package exports, imported as a dependent project imports them (resolveJsonModule). */
    const schemaImports = (attributes: string) => `
      import report from 'spamrisk/report.schema.json'${attributes};
      import files from 'spamrisk/files.schema.json'${attributes};
      import dev from 'spamrisk/dev-result.schema.json'${attributes};
      const titles: string[] = [report.title, files.title, dev.title];
      // @ts-expect-error a title is a string
      const wrong: number = report.title;
      export { titles, wrong };
    `;
    let project = '';
    beforeAll(() => {
      project = mkdtempSync(join(tmpdir(), 'spamrisk-consumer-'));
      mkdirSync(join(project, 'node_modules'));
      // Installed as npm installs a dependency: node_modules/spamrisk, the package's files.
      symlinkSync(cli.root, join(project, 'node_modules/spamrisk'), 'dir');
      // The JSON Schemas ship from the sources (package.json `files`), not from the build.
      for (const folder of ['core/schema', 'cli/schema']) cpSync(join(REPO, folder), join(cli.root, folder), { recursive: true });
      // vite's own types are found from the package, as a vite.config.ts finds them.
      symlinkSync(join(REPO, 'node_modules/vite'), join(project, 'node_modules/vite'), 'dir');
      // ES module files for node16 (as its import of an ES module package needs); node10 and bundler read no "type".
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      writeFileSync(join(project, 'consumer.ts'), consumer);
      writeFileSync(join(project, 'vite.config.ts'), viteConfig);
      writeFileSync(join(project, 'plugin.ts'), vitePlugin);
      writeFileSync(join(project, 'schemas.ts'), schemaImports(''));
      // An ES module importing JSON under nodenext needs the import attribute.
      writeFileSync(join(project, 'schemas-esm.ts'), schemaImports(" with { type: 'json' }"));
    });
    afterAll(() => {
      if (project) rmSync(project, { recursive: true, force: true });
    });

    const tsc = (module: string, resolution: string, files: readonly string[], extra: readonly string[] = []) => {
      const args = [join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--target', 'es2022', '--module', module, '--moduleResolution', resolution, ...extra, ...files];
      const result = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
      return { output: result.stdout + result.stderr, status: result.status };
    };

    // Each: spamrisk, spamrisk/data and spamrisk/node with the package's declarations checked too;
    // then the Vite plugin, with skipLibCheck (vite's own declarations take tens of seconds to check).
    const modes = [
      ['node10', 'commonjs'],
      ['node16', 'node16'],
      ['bundler', 'esnext'],
    ] as const;
    it("names the same declarations and JSON Schemas for node10 (top-level types, typesVersions) as the exports map", () => {
      const subpaths = Object.entries(pkg.exports).flatMap(([name, entry]) => {
        if (typeof entry === 'string') return name.endsWith('.schema.json') ? [[name.slice(2), [entry]] as const] : [];
        return !entry.types || name === '.' ? [] : [[name.slice(2), [entry.types]] as const];
      });
      expect(subpaths.filter(([name]) => name.endsWith('.json'))).toHaveLength(3);
      expect(pkg.types).toBe((pkg.exports['.'] as ExportEntry).types);
      expect(pkg.typesVersions).toEqual({ '*': Object.fromEntries(subpaths) });
    });

    for (const [resolution, module] of modes) {
      it(`${resolution} (module ${module}): spamrisk, spamrisk/data, spamrisk/node`, () => {
        const result = tsc(module, resolution, ['consumer.ts']);
        expect(result.output).toBe('');
        expect(result.status).toBe(0);
      }, 120_000);
    }

    it('the JSON Schemas (resolveJsonModule): node10 through typesVersions, bundler and nodenext through exports', () => {
      const runs = [
        ['commonjs', 'node10', 'schemas.ts'],
        ['esnext', 'bundler', 'schemas.ts'],
        ['nodenext', 'nodenext', 'schemas-esm.ts'],
      ] as const;
      for (const [module, resolution, file] of runs) {
        const result = tsc(module, resolution, [file], ['--resolveJsonModule', '--esModuleInterop']);
        expect(result.output, resolution).toBe('');
        expect(result.status, resolution).toBe(0);
      }
    }, 120_000);

    it('node10: spamrisk/vite is found and typed (vite itself has types only through its exports, so no vite.config.ts)', () => {
      const result = tsc('commonjs', 'node10', ['plugin.ts'], ['--skipLibCheck']);
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    }, 120_000);

    it('node16 and bundler: spamrisk/vite in a vite.config.ts', () => {
      for (const [resolution, module] of modes.slice(1)) {
        const result = tsc(module, resolution, ['vite.config.ts', 'plugin.ts'], ['--skipLibCheck']);
        expect(result.output, resolution).toBe('');
        expect(result.status, resolution).toBe(0);
      }
    }, 120_000);
  });
});

/**
 * What `npm pack` of the repository would put in the tarball (and `npm publish` upload): every
 * file git knows of (tracked, or new and not ignored) copied to a folder, .gitignore and all, with
 * the library built above in dist/lib and build output that must stay out beside it (ignored, as
 * a clone holds it after builds). `--ignore-scripts`: the build is the one above, not prepack's.
 */
function packedFiles(root: string): string[] {
  const stage = mkdtempSync(join(tmpdir(), 'spamrisk-pack-'));
  try {
    const known = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0');
    for (const path of known) {
      const from = join(REPO, path);
      // A deleted file git still tracks, and the node_modules symlink of a worktree, are not packed.
      const stat = path === '' ? undefined : lstatSync(from, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      mkdirSync(dirname(join(stage, path)), { recursive: true });
      copyFileSync(from, join(stage, path));
    }
    cpSync(join(root, 'dist/lib'), join(stage, 'dist/lib'), { recursive: true });
    for (const output of ['dist/test/x.png', 'dist/chrome/manifest.json', 'core/data/en.ts', 'coverage/index.html']) {
      mkdirSync(dirname(join(stage, output)), { recursive: true });
      writeFileSync(join(stage, output), 'x');
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

/**
 * The packages the library's sources import at run time, from its entries (vite.lib.config.ts)
 * through relative imports: `import type` and `export type` are left out (erased by the build).
 * Read from the sources, not the build: the build keeps only declared dependencies as imports and
 * bundles any other, so the built files cannot show an undeclared one.
 */
function sourcePackages(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.endsWith('.ts')) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
      if (match[1]) continue;
      const specifier = match[2] ?? match[3] ?? match[4] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  for (const entry of entries) visit(join(REPO, entry));
  return packages;
}

/** Why the tarball cannot be listed here, or null: what npm packs is what git knows of, so a copy without git (a release tarball) cannot tell. */
const NO_PACK = existsSync(join(REPO, '.git')) ? null : 'not a git checkout: the files npm would pack are the ones git knows of';

describe('the npm package (npm pack --dry-run)', () => {
  let files: string[] = [];
  beforeAll(() => {
    if (NO_PACK) process.stderr.write(`package.test.ts: the tarball's contents are not checked: ${NO_PACK}\n`);
    else files = packedFiles(cli.root);
  }, 120_000);

  it('is publishable, as the docs that install it from npm need (nothing here publishes it)', () => {
    expect(pkg.private).toBeUndefined();
  });

  it('packs every file the exports map and the bin name, and every module they load', (ctx) => {
    if (NO_PACK) ctx.skip(NO_PACK);
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

  it('packs only the built library, the bin, the schemas, the README and the licence: no sources, tests, docs or data', (ctx) => {
    if (NO_PACK) ctx.skip(NO_PACK);
    const allowed = ['dist/lib/', 'bin/', 'core/schema/', 'cli/schema/', 'README.md', 'LICENSE', 'package.json'];
    expect(files.filter((file) => !allowed.some((prefix) => file === prefix || (prefix.endsWith('/') && file.startsWith(prefix))))).toEqual([]);
    expect(files.filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
    // The licence package.json names is the repository's LICENSE, packed.
    expect(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(files).toContain('LICENSE');
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 spamrisk contributors\n/);
  });

  it('declares exactly the packages the library imports at run time: each a dependency or a peer, and no dependency unused', () => {
    const entries = ['core/index.ts', 'cli/node.ts', 'cli/main.ts', 'cli/worker.ts', 'cli/vite/index.ts'];
    // The entries are the library build's: a new one there must be read here too.
    for (const entry of entries) expect(readFileSync(join(REPO, 'vite.lib.config.ts'), 'utf8')).toContain(`'${entry}'`);
    const imported = sourcePackages(entries);
    const dependencies = Object.keys(pkg.dependencies);
    const peers = Object.keys(pkg.peerDependencies ?? {});
    expect([...imported].filter((name) => !dependencies.includes(name) && !peers.includes(name))).toEqual([]);
    expect(dependencies.filter((name) => !imported.has(name))).toEqual([]);
    // The built files import nothing else (the build bundles what is not declared).
    const builtFiles = NO_PACK ? readdirSync(join(cli.root, 'dist/lib'), { recursive: true, encoding: 'utf8' }).map((file) => `dist/lib/${file}`) : files;
    const built = new Set(
      builtFiles
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => importGraph(join(cli.root, file)).bare)
        .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
        .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')),
    );
    expect([...built].sort()).toEqual([...imported].sort());
  });
});
