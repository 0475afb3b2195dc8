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
import { COMPOSE_FIXTURES } from './paths.ts';

async function fixture(file: string): Promise<Buffer | null> {
  if (!/^[a-z0-9-]+\.html$/.test(file)) return null;
  const full = path.join(COMPOSE_FIXTURES, file);
  return existsSync(full) ? readFile(full) : null;
}

const handler: http.RequestListener = (req, res) => {
  const segments = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean);
  void fixture(segments[segments.length - 1] ?? '').then((body) => {
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
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

/**
 * HTTPS on 127.0.0.1:443 with a throw-away self-signed certificate for the given host names
 * (recipe §3b). Null when the port cannot be bound (not root) or openssl is missing.
 */
export async function startHttpsServer(hosts: readonly string[]): Promise<{ close(): Promise<void> } | null> {
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
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
