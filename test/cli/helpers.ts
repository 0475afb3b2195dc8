/**
 * Runs the real `spamrisk` bin as a subprocess, the way users run it: bin/spamrisk.js importing
 * the built dist/lib/cli.js. The library is built into a package of its own (bin/, dist/lib/,
 * package.json, node_modules linked) under node_modules/.cache/, never the checkout's dist/. It is
 * built once per state of the sources and shared by the test files, which run in parallel: the
 * first to need it builds it under a lock, the others wait for it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchema } from 'ajv';
import { build } from 'vite';
import { rules } from '../../core/index.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltCli {
  /** the package holding bin/ and dist/lib/, shared by the test files: read it, never change it */
  readonly root: string;
  readonly bin: string;
  dispose(): void;
}

/** What the built package is made of: a change to any of it is a new build. */
const BUILD_INPUTS = ['bin', 'cli', 'core', 'package.json', 'vite.lib.config.ts', 'tsconfig.lib.json', 'tsconfig.base.json'];
const CACHE = join(REPO, 'node_modules/.cache/spamrisk-test-cli');
/** Builds kept for other states of the sources (another branch, the last edit). */
const KEEP_BUILDS = 3;

function sourcesHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(REPO, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const input of BUILD_INPUTS) add(join(REPO, input));
  return hash.digest('hex').slice(0, 16);
}

async function buildInto(root: string): Promise<void> {
  await build({
    configFile: join(REPO, 'vite.lib.config.ts'),
    root: REPO,
    logLevel: 'silent',
    build: { outDir: join(root, 'dist/lib'), emptyOutDir: true, sourcemap: false },
  });
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(REPO, 'bin/spamrisk.js'), join(root, 'bin/spamrisk.js'));
  copyFileSync(join(REPO, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function buildCli(): Promise<BuiltCli> {
  const root = join(CACHE, sourcesHash());
  const built = (): BuiltCli => ({ root, bin: join(root, 'bin/spamrisk.js'), dispose: () => {} });
  if (existsSync(join(root, 'bin/spamrisk.js'))) return built();
  mkdirSync(CACHE, { recursive: true });
  const lock = `${root}.lock`;
  for (;;) {
    if (existsSync(join(root, 'bin/spamrisk.js'))) return built();
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it; take over a lock left by a run that was killed.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      const staging = mkdtempSync(join(CACHE, 'staging-'));
      await buildInto(staging);
      renameSync(staging, root);
      const old = readdirSync(CACHE)
        .filter((name) => /^[0-9a-f]{16}$/.test(name) && name !== relative(CACHE, root))
        .map((name) => ({ path: join(CACHE, name), time: statSync(join(CACHE, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
      for (const { path } of old.slice(KEEP_BUILDS - 1)) rmSync(path, { recursive: true, force: true });
      return built();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly input?: string | Uint8Array;
  readonly env?: Record<string, string | undefined>;
}

/** Environment without the caller's colour settings, so that results do not depend on the terminal. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'CI'].includes(key)) env[key] = value;
  }
  return env;
}

export function runCli(cli: BuiltCli, args: readonly string[], options: RunOptions): RunResult {
  const env = { ...baseEnv(), ...options.env };
  for (const [key, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[key];
  const result = spawnSync(process.execPath, [cli.bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder of files: `{ 'a/b.html': '<p>…' }`. */
export function makeTree(files: Record<string, string | Uint8Array>): { root: string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'spamrisk-tree-'));
  // A .git folder marks the repository root, so config discovery stops here and never picks up a
  // spamrisk.config.json from above the temporary folder.
  mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A config under which scores do not depend on the (growing) rule set and wordlists: every rule
 * off except the user's own phrases, so `acme widget` is worth exactly 5 points and `mild thing` 3.
 */
export function isolatedConfig(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const keep = new Set(['custom-phrase']);
  return {
    rules: Object.fromEntries(rules.filter((rule) => !keep.has(rule.id)).map((rule) => [rule.id, 'off'])),
    phrases: {
      add: [
        { phrase: 'acme widget', points: 5 },
        { phrase: 'mild thing', points: 3 },
      ],
    },
    ...extra,
  };
}

export const CLEAN_HTML = '<!doctype html>\n<html><body>\n<p>Hello Sam,</p>\n<p>Your receipt is attached.</p>\n</body></html>\n';
/** `acme widget` sits on line 4, column 12 (1-based) */
export const RISKY_HTML = '<!doctype html>\n<html><body>\n<p>Hello Sam,</p>\n<p>Our new acme widget is here.</p>\n</body></html>\n';
/** `mild thing` (3 points): medium at the default threshold */
export const MEDIUM_HTML = '<html><body>\n<p>A mild thing to say.</p>\n</body></html>\n';

// The OASIS schema (errata 01, vendored unchanged in test/cli/schemas/) is draft-04 (`id`); Ajv 8
// reads it once `id` is `$id`. Its formats get checks close to RFC 3986 (URI, URI reference) and
// RFC 3339 (date-time).
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('./schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i);
  ajv.addFormat('uri-reference', /^[^\s"<>\\^`{|}]*$/);
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value) && !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema as AnySchema);
}

/**
 * A fenced block of docs/cli.md: the one whose first line starts with `firstLine`, its lines
 * without the fences.
 */
export function docBlock(firstLine: string): string[] {
  const doc = readFileSync(join(REPO, 'docs/cli.md'), 'utf8');
  const start = doc.indexOf(`\n${firstLine}`);
  if (start < 0) throw new Error(`docs/cli.md has no block starting with ${firstLine}`);
  return doc.slice(start + 1, doc.indexOf('\n```', start)).split('\n');
}

/**
 * The first line of a doc excerpt that is not in the real output, or null when every line is: in
 * order, each line exactly, or up to a trailing `…` as the start of a line (a line of `…` alone
 * stands for lines left out).
 */
export function missingFromOutput(excerpt: readonly string[], output: readonly string[]): string | null {
  let at = 0;
  for (const line of excerpt) {
    if (line.trim() === '…') continue;
    const cut = line.endsWith('…') ? line.slice(0, -1).trimEnd() : null;
    while (at < output.length && !(cut === null ? output[at] === line : (output[at] ?? '').startsWith(cut))) at++;
    if (at === output.length) return line;
    at++;
  }
  return null;
}
