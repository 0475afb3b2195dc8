/**
 * `npm run templates:fetch [-- --force] [--out DIR]`: downloads the exact package versions of
 * sources.ts from the npm registry, checks each tarball's sha512 against the one recorded there,
 * installs the renderers from scripts/templates/render/package-lock.json (`npm ci`, which checks
 * theirs), and renders every template into <cache>/templates/ with a manifest.tsv in
 * ../shared/corpus/legit-modern's layout. Nothing it writes is in git (node_modules/.cache/).
 *
 * Idempotent: tarballs already downloaded and matching are reused, and when neither the sources,
 * the recipes nor the renderers' lockfile changed since the last run, it says so and stops.
 * Exit codes: 0 done, 2 usage, network or integrity error.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { formatManifest, type TemplateRow } from './manifest.ts';
import { RENDER_PROJECT, TEMPLATES_CACHE } from './paths.ts';
import { placeholderSyntaxes } from './placeholders.ts';
import { render } from './recipes.ts';
import { PACKAGES, TEMPLATES, type PackageSource } from './sources.ts';

const run = promisify(execFile);
const USAGE = 'usage: npm run templates:fetch -- [--force] [--out DIR]';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

class FetchError extends Error {}

/** A path as the user can find it: relative to the working directory when inside it. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' ? '.' : near.startsWith('..') ? path : near;
}

function sha512(path: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`;
}

function fileSafe(source: PackageSource): string {
  return `${source.name.replace(/^@/, '').replace('/', '-')}-${source.version}.tgz`;
}

/** The first lines npm printed, for an error message. */
function npmSaid(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr ?? (error instanceof Error ? error.message : String(error));
  const lines = stderr.split('\n').filter((line) => /npm (?:error|ERR)/.test(line) || /^Error/.test(line));
  return (lines.length > 0 ? lines : stderr.split('\n')).slice(0, 3).join(' | ').trim();
}

function offline(said: string): boolean {
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|offline|socket hang up/i.test(said);
}

async function download(source: PackageSource, tarballs: string): Promise<string> {
  const target = join(tarballs, fileSafe(source));
  if (existsSync(target) && sha512(target) === source.integrity) return target;
  rmSync(target, { force: true });
  const spec = `${source.name}@${source.version}`;
  let packed: { filename: string }[];
  try {
    const { stdout } = await run(NPM, ['pack', spec, '--json', '--pack-destination', tarballs, '--fetch-retries=1', '--loglevel=error'], {
      cwd: tarballs,
      maxBuffer: 64 * 1024 * 1024,
    });
    packed = JSON.parse(stdout) as { filename: string }[];
  } catch (error) {
    const said = npmSaid(error);
    throw new FetchError(
      offline(said)
        ? `could not reach the npm registry to download ${spec} (${said}). The first run needs the registry, through npm's own settings; later runs reuse ${shown(tarballs)}/.`
        : `npm pack ${spec} failed: ${said}`,
    );
  }
  const file = join(tarballs, packed[0]?.filename ?? '');
  if (!packed[0] || !existsSync(file)) throw new FetchError(`npm pack ${spec} wrote no tarball`);
  const actual = sha512(file);
  if (actual !== source.integrity) {
    rmSync(file, { force: true });
    throw new FetchError(`${spec}: the tarball's sha512 is ${actual}, sources.ts expects ${source.integrity}. Not used.`);
  }
  if (file !== target) renameSync(file, target);
  return target;
}

async function unpack(tarball: string, into: string, paths: readonly string[] | undefined): Promise<void> {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', into, ...(paths ?? [])]);
}

/** `npm ci` of the renderers into <cache>/render, once per lockfile. */
async function installRenderers(renderDir: string): Promise<void> {
  const lock = readFileSync(join(RENDER_PROJECT, 'package-lock.json'), 'utf8');
  const stamp = join(renderDir, '.installed-lock-sha256');
  const digest = createHash('sha256').update(lock).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(renderDir, 'node_modules'))) return;
  checkRendererPins(JSON.parse(lock) as Lockfile);
  mkdirSync(renderDir, { recursive: true });
  copyFileSync(join(RENDER_PROJECT, 'package.json'), join(renderDir, 'package.json'));
  copyFileSync(join(RENDER_PROJECT, 'package-lock.json'), join(renderDir, 'package-lock.json'));
  try {
    await run(NPM, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--fetch-retries=1', '--loglevel=error'], {
      cwd: renderDir,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const said = npmSaid(error);
    throw new FetchError(
      offline(said)
        ? `could not reach the npm registry to install the renderers (${said}). The first run needs the registry; later runs reuse ${shown(renderDir)}/.`
        : `npm ci of the renderers failed: ${said}`,
    );
  }
  writeFileSync(stamp, digest);
}

interface Lockfile {
  packages: Record<string, { version?: string; integrity?: string }>;
}

/** A source read from the renderers must be the very version and tarball sources.ts names. */
function checkRendererPins(lock: Lockfile): void {
  for (const source of Object.values(PACKAGES) as PackageSource[]) {
    if (source.via !== 'renderer') continue;
    const entry = lock.packages[`node_modules/${source.name}`];
    if (entry?.version !== source.version || entry.integrity !== source.integrity) {
      throw new FetchError(
        `scripts/templates/render/package-lock.json pins ${source.name}@${entry?.version ?? '(none)'}, sources.ts names ${source.version} with another sha512; make them agree.`,
      );
    }
  }
}

/** What decides the rendered output: if none of it changed, a run has nothing to do. */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of ['sources.ts', 'recipes.ts', 'placeholders.ts', 'manifest.ts', 'render/package-lock.json']) {
    hash.update(file).update(readFileSync(join(RENDER_PROJECT, '..', file)));
  }
  return hash.digest('hex');
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        force: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const cache = resolve(values.out ?? TEMPLATES_CACHE);
  const out = join(cache, 'templates');
  const stampPath = join(cache, 'rendered.sha256');
  const digest = inputsDigest();
  if (!values.force && existsSync(join(out, 'manifest.tsv')) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === digest) {
    process.stdout.write(`templates:fetch: up to date, ${TEMPLATES.length} templates in ${shown(out)}/ (--force renders them again)\n`);
    return;
  }

  const tarballs = join(cache, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const renderDir = join(cache, 'render');
  const packageDirs = new Map<string, string>();
  const sources = Object.entries(PACKAGES) as [string, PackageSource][];
  for (const [key, source] of sources) {
    if (source.via !== 'pack') continue;
    const tarball = await download(source, tarballs);
    const dir = join(cache, 'packages', key);
    await unpack(tarball, dir, source.extract);
    packageDirs.set(key, dir);
    process.stdout.write(`  ${source.name}@${source.version}: sha512 ok, unpacked\n`);
  }
  await installRenderers(renderDir);
  process.stdout.write('  renderers: installed from scripts/templates/render/package-lock.json\n');

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rows: TemplateRow[] = [];
  const seen = new Map<string, string>();
  for (const spec of TEMPLATES) {
    const source: PackageSource = PACKAGES[spec.from];
    const { html, how } = await render(spec, { packageDir: packageDirs.get(spec.from) ?? renderDir, renderDir });
    const digestOfHtml = createHash('sha256').update(html).digest('hex');
    const twin = seen.get(digestOfHtml);
    if (twin) throw new FetchError(`${spec.file} renders exactly as ${twin}: a duplicate would count one message twice`);
    seen.set(digestOfHtml, spec.file);
    writeFileSync(join(out, spec.file), html);
    const syntaxes = placeholderSyntaxes(html);
    rows.push({
      file: spec.file,
      kind: spec.kind,
      source: `npm:${source.name}@${source.version}:${spec.path}`,
      licence: source.licence,
      bytes: Buffer.byteLength(html),
      hasPlaceholders: syntaxes.length > 0,
      note: [`lang=${spec.lang}`, ...(syntaxes.length > 0 ? [`placeholders ${syntaxes.join(' ')}`] : []), ...(how ? [how] : [])].join('; '),
    });
  }
  writeFileSync(join(out, 'manifest.tsv'), formatManifest(rows));
  writeFileSync(join(out, 'SOURCES.tsv'), sourcesTable(rows));
  writeFileSync(stampPath, digest);

  const leftovers = readdirSync(tarballs).filter((name) => !sources.some(([, source]) => fileSafe(source) === name));
  for (const name of leftovers) rmSync(join(tarballs, name), { force: true }); // versions no longer named
  const unpacked = join(cache, 'packages');
  for (const name of readdirSync(unpacked)) if (!packageDirs.has(name)) rmSync(join(unpacked, name), { recursive: true, force: true });
  process.stdout.write(`templates:fetch: ${rows.length} templates from ${sources.length} packages in ${shown(out)}/\n`);
  process.stdout.write(sourcesTable(rows));
}

/** One line per package: what `docs/templates.md` and the report list. */
function sourcesTable(rows: readonly TemplateRow[]): string {
  const lines = ['package\tversion\tlicence\ttemplates\tintegrity\twhat'];
  for (const source of Object.values(PACKAGES) as PackageSource[]) {
    const count = rows.filter((row) => row.source.startsWith(`npm:${source.name}@${source.version}:`)).length;
    lines.push([source.name, source.version, source.licence, String(count), source.integrity, source.what].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

try {
  await main();
} catch (error) {
  process.stderr.write(`templates:fetch: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!(error instanceof FetchError) && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}
