// templates:fetch without a registry: one clear sentence and exit code 2, not a stack trace.
// The "registry" is a closed port on loopback and npm's cache a fresh folder, so nothing is reused.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

describe('templates:fetch offline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spamrisk-templates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says the registry could not be reached, and exits 2', async () => {
    const env = {
      ...process.env,
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: join(dir, 'npm-cache'),
      npm_config_fetch_retry_mintimeout: '50',
      npm_config_fetch_retry_maxtimeout: '100',
    };
    const failure = await run(process.execPath, ['--import', 'tsx', 'scripts/templates/fetch.ts', '--out', join(dir, 'out')], { cwd: ROOT, env }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(2);
    expect(failure!.stderr).toMatch(/^templates:fetch: could not reach the npm registry to download ghost@6\.65\.0 \(.*ECONNREFUSED.*\)\. The first run needs the registry/);
    expect(failure!.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, 'out', 'templates', 'manifest.tsv'))).toBe(false);
  }, 60_000);
});
