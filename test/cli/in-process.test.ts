/**
 * The CLI run in this process (cli/main.ts with its streams supplied), for what a user sees on
 * stderr: --output errors in plain words, notes on skipped folder entries, size and usage
 * messages. test/cli/cli.test.ts runs the built bin for the rest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function folder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'spamrisk-in-process-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(argv: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await main([...argv, '--no-config', '--jobs', '1'], { stdout: stdout.stream, stderr: stderr.stream, stdin: (async function* () {})(), env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const HTML = '<p>Hello, your order has shipped. Thank you for shopping with us.</p>';

describe('--output', () => {
  it('says in plain words why the report could not be written, as input errors do', async () => {
    const cwd = folder({ 'a.html': HTML, 'taken/keep.txt': 'x' });
    const missing = await run(['-o', 'no/such/report.json', 'a.html'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('spamrisk: --output no/such/report.json: its folder does not exist; the report was not written\n');
    const directory = await run(['-o', 'taken', 'a.html'], cwd);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toBe('spamrisk: --output taken: is a directory; the report was not written\n');
    const throughFile = await run(['-o', 'a.html/report.json', 'a.html'], cwd);
    expect(throughFile.stderr).toBe('spamrisk: --output a.html/report.json: a part of its path is a file, not a folder; the report was not written\n');
    for (const result of [missing, directory, throughFile]) expect(result.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
