/**
 * The CLI run in this process (cli/main.ts with its streams supplied), for what a user sees on
 * stderr: --output errors in plain words, notes on skipped folder entries, size and usage
 * messages. test/cli/cli.test.ts runs the built bin for the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** Runs `spamrisk argv` (check's runs without a config, in one thread). */
async function run(argv: readonly string[], cwd: string, extra: readonly string[] = ['--no-config', '--jobs', '1']): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await main([...argv, ...extra], { stdout: stdout.stream, stderr: stderr.stream, stdin: (async function* () {})(), env: { NO_COLOR: '1' }, cwd });
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

describe('a walked folder', () => {
  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

  it('notes a dangling symlink on stderr instead of skipping it silently; the exit code stays the files’', async () => {
    const cwd = folder({ 'mail/a.html': HTML, 'mail/drafts/keep.html': HTML });
    symlinkSync('/nonexistent/target.html', join(cwd, 'mail/gone.html'));
    symlinkSync('/nonexistent/other.html', join(cwd, 'mail/drafts/gone.html'));
    symlinkSync('/nonexistent/notes.txt', join(cwd, 'mail/notes.txt'));
    const result = await run(['mail', '!mail/drafts/**'], cwd);
    expect(result.code).toBe(0);
    // Only what the walk would have read is noted: not an excluded path, not a .txt.
    expect(result.stderr).toBe('spamrisk: note: mail/gone.html: is a symbolic link to nothing (/nonexistent/target.html); skipped\n');
    // Named on its own, it is still an input error (exit 2).
    const named = await run(['mail/gone.html'], cwd);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('mail/gone.html: no such file or directory');
  });

  it('notes a loop of symbolic links once, in plain words', async () => {
    const cwd = folder({ 'mail/a.html': HTML });
    symlinkSync('b.html', join(cwd, 'mail/a-loop.html'));
    symlinkSync('a-loop.html', join(cwd, 'mail/b.html'));
    const result = await run(['mail'], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        'spamrisk: note: mail/a-loop.html: is a symbolic link to b.html that cannot be read (a loop of symbolic links); skipped',
        'spamrisk: note: mail/b.html: is a symbolic link to a-loop.html that cannot be read (a loop of symbolic links); skipped',
        '',
      ].join('\n'),
    );
    expect(result.stderr).not.toMatch(/ELOOP|cannot be read \(cannot be read/);
  });

  it('notes a named pipe and goes on without waiting for a writer, also behind a symlink', async (ctx) => {
    if (!hasMkfifo) ctx.skip('no mkfifo command to make a named pipe');
    const cwd = folder({ 'mail/a.html': HTML });
    expect(spawnSync('mkfifo', [join(cwd, 'mail/pipe.html')]).status).toBe(0);
    symlinkSync(join(cwd, 'mail/pipe.html'), join(cwd, 'mail/link.eml'));
    const result = await run(['mail'], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      ['spamrisk: note: mail/link.eml: is a named pipe (FIFO), not a file; skipped', 'spamrisk: note: mail/pipe.html: is a named pipe (FIFO), not a file; skipped', ''].join('\n'),
    );
    expect(result.stdout).toContain('1 file checked');
  }, 20_000);
});

describe('usage errors', () => {
  it('point to the help of the verb that was run', async () => {
    const cwd = folder();
    const explain = await run(['explain'], cwd, []);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toMatch(/^spamrisk: no input: .*\nRun "spamrisk explain --help" for usage\.\n$/);
    const domain = await run(['domain'], cwd, []);
    expect(domain.code).toBe(2);
    expect(domain.stderr).toContain('Run "spamrisk domain --help" for usage.');
    const check = await run([], cwd, []);
    expect(check.stderr).toContain('Run "spamrisk --help" for usage.');
  });
});

describe('--language and a config\'s languages', () => {
  const FRENCH = '<p>Cliquez ici pour gagner de l’argent gratuit, offre exclusive, agissez maintenant !</p>';

  it('read a region tag as its language (fr-CA reads the French lists), from -l and from the config alike', async () => {
    const cwd = folder({ 'a.html': FRENCH, 'fr-ca.json': JSON.stringify({ languages: ['fr-CA'] }), 'fr.json': JSON.stringify({ languages: ['fr'] }) });
    const french = await run(['-l', 'fr', '--format', 'json', 'a.html'], cwd);
    expect(french.code, french.stderr).not.toBe(2);
    const findings = (text: string) => (JSON.parse(text) as { report: { findings: { rule: string }[] } }[])[0]?.report.findings.map((finding) => finding.rule);
    // The French lists find something here that English alone does not: the test can tell the two apart.
    expect(findings((await run(['-l', 'en', '--format', 'json', 'a.html'], cwd)).stdout)).not.toEqual(findings(french.stdout));
    for (const argv of [
      ['-l', 'fr-CA', '--format', 'json', 'a.html'],
      ['-l', 'FR-ca', '--format', 'json', 'a.html'],
    ]) {
      const result = await run(argv, cwd);
      expect(result.stderr, argv.join(' ')).toBe('');
      expect(findings(result.stdout), argv.join(' ')).toEqual(findings(french.stdout));
    }
    const configured = await run(['--config', 'fr-ca.json', '--format', 'json', 'a.html'], cwd, ['--jobs', '1']);
    expect(configured.stderr).toBe('');
    expect(findings(configured.stdout)).toEqual(findings((await run(['--config', 'fr.json', '--format', 'json', 'a.html'], cwd, ['--jobs', '1'])).stdout));
  });

  it('quote the code as it was typed when it has no wordlists', async () => {
    const cwd = folder({ 'a.html': HTML });
    const result = await run(['-l', 'en, XX-Yy', 'a.html'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('got "XX-Yy"');
  });
});
