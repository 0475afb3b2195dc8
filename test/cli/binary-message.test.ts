/**
 * The CLI reads an .eml or a bounce whose header section is text, whatever its parts hold (a PNG
 * sent as `Content-Transfer-Encoding: binary`), and still refuses binary files (core/email.ts
 * `binaryMessage`, one check for the CLI and the package API; review rev43e).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { bounceOf, concat, png, pseudoRandom, withLogo } from '../fixtures/binary-mail.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function folder(files: Record<string, Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'spamrisk-binary-'));
  roots.push(root);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, name), bytes);
  return root;
}

async function run(argv: readonly string[], cwd: string, extra: readonly string[] = ['--no-config', '--jobs', '1']): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
  const stdin = (async function* () {})();
  const code = await main([...argv, ...extra], { stdout: sink(out), stderr: sink(err), stdin, env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('an .eml or a bounce with a part sent as raw binary', () => {
  const image = png(30 * 1024, 30);

  it('is scored as the same message with the part in base64', async () => {
    const cwd = folder({ 'binary.eml': withLogo(image, 'binary'), 'base64.eml': withLogo(image, 'base64') });
    const report = async (file: string) => {
      const result = await run(['-f', 'json', file], cwd);
      expect(result.stderr, file).toBe('');
      const [entry] = JSON.parse(result.stdout) as { report: { score: number; findings: { rule: string }[] } }[];
      return { score: entry?.report.score, rules: entry?.report.findings.map((finding) => finding.rule) };
    };
    const expected = await report('base64.eml');
    expect(expected.score).toEqual(expect.any(Number));
    expect(await report('binary.eml')).toEqual(expected);
  });

  it('is explained from its own words', async () => {
    const cwd = folder({ 'bounce.eml': bounceOf(withLogo(image, 'binary')) });
    const result = await run(['explain', '-f', 'json', 'bounce.eml'], cwd, []);
    expect(result.stderr).toBe('');
    const [entry] = JSON.parse(result.stdout) as { report: { findings: { rule: string }[] } }[];
    expect(entry?.report.findings[0]?.rule).toBe('unknown-recipient');
  });

  it('but random bytes, even starting like a header line, are still no text file', async () => {
    const cwd = folder({ 'random.eml': concat('X: y\n', pseudoRandom(64 * 1024, 9)), 'whole.eml': pseudoRandom(64 * 1024, 8) });
    const result = await run(['random.eml', 'whole.eml'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/random\.eml: is not a text file \(binary content: \d+ % of its bytes are control bytes or not UTF-8\); expected an RFC 5322 message/);
    expect(result.stderr).toMatch(/whole\.eml: is not a text file \(binary content: \d+ % of its bytes/);
    const explained = await run(['explain', 'random.eml'], cwd, []);
    expect(explained.code).toBe(2);
    expect(explained.stderr).toMatch(/random\.eml: is not a text file \(binary content: /);
  });
});
