// Builds the browser extension: one source (extension/), two unpacked builds.
//
//   npx tsx scripts/build-extension.ts            dist/chrome (MV3 service worker) + dist/firefox (background scripts)
//   npx tsx scripts/build-extension.ts --test     dist/test/chrome + dist/test/firefox: open shadow roots, test-only
//                                                 messages, content scripts on http://127.0.0.1/<webmail host>/…
//   npx tsx scripts/build-extension.ts --zip      also pack dist/spamrisk-<version>-<browser>.zip (production only)
//
// Every entry is bundled by Vite as one classic IIFE script (content scripts and Firefox background
// scripts cannot be ES modules; the Chrome service worker is classic too), so both browsers get the
// same JavaScript and only the manifest differs. Exit codes: 0 built, 1 build failed, 2 usage error.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { build } from 'vite';
import { buildManifest, type Target } from '../extension/manifest.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'extension');

const ENTRIES = {
  content: 'content/index.ts',
  background: 'background/index.ts',
  popup: 'popup/popup.ts',
  options: 'options/options.ts',
} as const;

/** Files copied as they are, from extension/ to the build root. */
const STATIC_FILES = [
  ['popup/popup.html', 'popup.html'],
  ['options/options.html', 'options.html'],
  ['ui/pages.css', 'pages.css'],
] as const;

export interface BuildOptions {
  test?: boolean;
  targets?: readonly Target[];
  /** output root; default dist/ (production) or dist/test/ (test) */
  outDir?: string;
  quiet?: boolean;
}

async function bundle(name: keyof typeof ENTRIES, outDir: string, test: boolean): Promise<void> {
  await build({
    configFile: false,
    root: SOURCE,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __SPAMRISK_TEST__: JSON.stringify(test),
      // Library mode leaves process.env.NODE_ENV for the consumer; there is no `process` in a browser.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      // Readable output: add-on reviewers read it, and it is what runs on the user's mail.
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: join(SOURCE, ENTRIES[name]),
        formats: ['iife'],
        name: `spamrisk_${name}`,
        fileName: () => `${name}.js`,
      },
    },
  });
}

// ---- icons: drawn here so the repository holds no binary assets -------------------------------

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function png(size: number, rgba: Uint8Array): Buffer {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const body = Buffer.concat([head.subarray(4), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body), 0);
    return Buffer.concat([head.subarray(0, 4), body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A blue rounded square with a white envelope and a red dot: "this mail has a risk score". */
function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const S = 4; // supersampling per axis
  const segDist = (px: number, py: number, ax: number, ay: number, bx: number, by: number): number => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size; // 0..1
          const v = (y + (sy + 0.5) / S) / size;
          // rounded square background
          const q = 0.22;
          const cx = Math.max(Math.abs(u - 0.5) - (0.5 - q), 0);
          const cy = Math.max(Math.abs(v - 0.5) - (0.5 - q), 0);
          if (Math.hypot(cx, cy) > q) continue;
          let color: [number, number, number] = [11, 87, 208];
          // envelope: outline of a rectangle and the flap's V
          const stroke = Math.max(0.055, 1.2 / size);
          const inRect = u > 0.2 && u < 0.8 && v > 0.3 && v < 0.72;
          const edge = Math.min(Math.abs(u - 0.2), Math.abs(u - 0.8), Math.abs(v - 0.3), Math.abs(v - 0.72));
          const flap = Math.min(segDist(u, v, 0.2, 0.3, 0.5, 0.52), segDist(u, v, 0.8, 0.3, 0.5, 0.52));
          if ((inRect && edge < stroke) || (inRect && flap < stroke / 1.4)) color = [255, 255, 255];
          // risk dot, top right
          if (Math.hypot(u - 0.78, v - 0.26) < 0.15) color = [255, 255, 255];
          if (Math.hypot(u - 0.78, v - 0.26) < 0.115) color = [229, 57, 53];
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return png(size, rgba);
}

// ---- the build ---------------------------------------------------------------------------------

export async function buildExtension({ test = false, targets = ['chrome', 'firefox'], outDir, quiet }: BuildOptions = {}): Promise<string[]> {
  const out = outDir ?? join(ROOT, 'dist', ...(test ? ['test'] : []));
  const staging = join(out, '.staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const started = Date.now();
  for (const name of Object.keys(ENTRIES) as (keyof typeof ENTRIES)[]) await bundle(name, staging, test);
  for (const [from, to] of STATIC_FILES) cpSync(join(SOURCE, from), join(staging, to));
  cpSync(join(SOURCE, '_locales'), join(staging, '_locales'), { recursive: true });
  mkdirSync(join(staging, 'icons'));
  for (const size of [16, 32, 48, 128]) writeFileSync(join(staging, 'icons', `icon-${size}.png`), drawIcon(size));

  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const built: string[] = [];
  for (const target of targets) {
    const dir = join(out, target);
    rmSync(dir, { recursive: true, force: true });
    cpSync(staging, dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(buildManifest({ target, version, test }), null, 2)}\n`);
    built.push(dir);
  }
  rmSync(staging, { recursive: true, force: true });
  if (!quiet) {
    const list = built.map((dir) => relative(ROOT, dir)).join(', ');
    console.log(`built ${test ? 'test ' : ''}extension → ${list} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return built;
}

async function main(argv: string[]): Promise<number> {
  const known = new Set(['--test', '--zip', '--chrome', '--firefox']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length) {
    console.error(`build-extension: unknown option ${unknown.join(' ')}\nusage: build-extension [--test] [--zip] [--chrome|--firefox]`);
    return 2;
  }
  const test = argv.includes('--test');
  const only = (['chrome', 'firefox'] as const).filter((t) => argv.includes(`--${t}`));
  const dirs = await buildExtension({ test, targets: only.length ? only : ['chrome', 'firefox'] });
  if (argv.includes('--zip') && !test) {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const dir of dirs) {
      const browser = dir.endsWith('firefox') ? 'firefox' : 'chrome';
      const zip = join(ROOT, 'dist', `spamrisk-${version}-${browser}.zip`);
      rmSync(zip, { force: true });
      execFileSync('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', join(ROOT, 'dist'), '--filename', relative(join(ROOT, 'dist'), zip), '--overwrite-dest'], { stdio: 'inherit' });
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
