// Serves the compose fixtures on 127.0.0.1. A page is reached under the site it mimics,
// /<host>/<file> (the test build maps that path to the host's adapter), e.g.
// /mail.google.com/gmail-compose.html?mode=mole or /esp.example/esp-tinymce-editor.html.
// Optionally the same files over HTTPS on :443 for the real host names (production build).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COMPOSE_FIXTURES, REPO_ROOT, TIPTAP_DIR } from './paths.ts';

/**
 * Real editors for the fixture pages, from the npm devDependencies: `/vendor/<package>/<file>`
 * serves node_modules/<package>/<file> for these packages only (see test/fixtures/compose/README.md).
 */
export const VENDOR_PACKAGES: readonly string[] = ['ckeditor4', 'ckeditor5', 'grapesjs', 'grapesjs-preset-newsletter', 'quill', 'tinymce'];

/** Editors bundled before the suite runs (vendor.ts): `/vendor/<name>/<file>` from dist/test/vendor/<name>/. */
export const BUILT_VENDOR: Readonly<Record<string, string>> = { tiptap: TIPTAP_DIR };

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

async function fixture(file: string): Promise<Buffer | null> {
  if (!/^[a-z0-9-]+\.html$/.test(file)) return null;
  const full = path.join(COMPOSE_FIXTURES, file);
  return existsSync(full) ? readFile(full) : null;
}

/** A file of an allowed vendor package, or null (no path may leave the package folder). */
async function vendor(segments: readonly string[]): Promise<Buffer | null> {
  const at = segments.indexOf('vendor');
  const name = segments[at + 1] ?? '';
  const built = Object.hasOwn(BUILT_VENDOR, name) ? BUILT_VENDOR[name]! : null;
  if (at < 0 || (!built && !VENDOR_PACKAGES.includes(name))) return null;
  const base = built ?? path.join(REPO_ROOT, 'node_modules', name);
  const full = path.resolve(base, ...segments.slice(at + 2));
  if (!full.startsWith(base + path.sep) || !existsSync(full)) return null;
  return readFile(full);
}

const handler: http.RequestListener = (req, res) => {
  const segments = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const last = segments[segments.length - 1] ?? '';
  const isVendor = segments.includes('vendor');
  void (isVendor ? vendor(segments) : fixture(last)).then((body) => {
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(last).toLowerCase()] ?? 'application/octet-stream';
    // Fixture pages change while the suite is written; vendor files only with the lockfile.
    res.writeHead(200, { 'content-type': type, 'cache-control': isVendor ? 'max-age=3600' : 'no-store' });
    res.end(body);
  });
};

export interface FixtureServer {
  origin: string;
  port: number;
  /** URL of `file` served as the page of `site` */
  url(site: string, file: string, query?: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (site, file, query = '') => `${origin}/${site}/${file}${query}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A running HTTPS server, or why there is none (a test that needs it skips with that reason). */
export type HttpsServer = { readonly close: () => Promise<void>; readonly unavailable?: undefined } | { readonly unavailable: string; readonly close?: undefined };

/**
 * HTTPS on 127.0.0.1:443 with a throw-away self-signed certificate for the given host names
 * (recipe §3b). Unavailable, with the reason, when the port cannot be bound (not root, or taken by
 * another run) or openssl is missing.
 */
export async function startHttpsServer(hosts: readonly string[]): Promise<HttpsServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamrisk-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${hosts[0]}`,
      '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout', path.join(dir, 'k.pem'), '-out', path.join(dir, 'c.pem'),
    ], { stdio: 'ignore' });
    const server = https.createServer({ key: readFileSync(path.join(dir, 'k.pem')), cert: readFileSync(path.join(dir, 'c.pem')) }, handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(443, '127.0.0.1', resolve);
    });
    return { close: () => new Promise((resolve) => server.close(() => resolve())) };
  } catch (error) {
    return { unavailable: `no HTTPS server on 127.0.0.1:443 for the real host names (${(error as Error).message.split('\n')[0]})` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
