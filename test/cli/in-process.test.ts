/**
 * The CLI run in this process (cli/main.ts with its streams supplied), for what a user sees on
 * stderr: --output errors in plain words, notes on skipped folder entries, size and usage
 * messages. test/cli/cli.test.ts runs the built bin for the rest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { colorEnabled } from '../../cli/color.ts';
import { main } from '../../cli/main.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function folder(files: Record<string, string | Uint8Array> = {}): string {
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

/** Runs `spamrisk argv` (check's runs without a config, in one thread), `stdin` piped in. */
async function run(
  argv: readonly string[],
  cwd: string,
  extra: readonly string[] = ['--no-config', '--jobs', '1'],
  stdin: readonly (string | Uint8Array)[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const input = (async function* () {
    yield* stdin;
  })();
  const code = await main([...argv, ...extra], { stdout: stdout.stream, stderr: stderr.stream, stdin: input, env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const HTML = '<p>Hello, your order has shipped. Thank you for shopping with us.</p>';

const UTF8_BOM = '\ufeff';

describe('an empty input (issue 11: a template build that wrote nothing passed)', () => {
  it('is an input error (exit 2) naming it, for a file of 0 bytes, of white space or of a byte-order mark alone, and for stdin', async () => {
    const utf16Blank = Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]);
    const cwd = folder({ 'zero.html': '', 'blank.htm': ' \n\t\r\n', 'bom.html': UTF8_BOM, 'bom-blank.html': `${UTF8_BOM}\n\n`, 'utf16.html': utf16Blank, 'zero.eml': '', 'blank.eml': '\n\n', 'ok.html': HTML });
    const result = await run(['zero.html', 'blank.htm', 'bom.html', 'bom-blank.html', 'utf16.html', 'zero.eml', 'blank.eml', 'ok.html'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'spamrisk: zero.html: is empty (0 bytes)',
      'spamrisk: blank.htm: is empty (only white space, 5 bytes)',
      'spamrisk: bom.html: is empty (only a byte-order mark, 3 bytes)',
      'spamrisk: bom-blank.html: is empty (only a byte-order mark and white space, 5 bytes)',
      'spamrisk: utf16.html: is empty (only a byte-order mark and white space, 6 bytes)',
      'spamrisk: zero.eml: is empty (0 bytes)',
      'spamrisk: blank.eml: is empty (only white space, 2 bytes)',
      '',
    ]);
    expect(result.stdout).toContain('ok.html');
    for (const stdin of [[], ['  \n']]) {
      const piped = await run(['-'], cwd, undefined, stdin);
      expect(piped.code).toBe(2);
      expect(piped.stderr).toMatch(/^spamrisk: <stdin>: is empty \((0 bytes|only white space, 3 bytes)\)\n$/);
    }
    // Text that is only markup is no empty input: the empty-body rule speaks of it.
    expect((await run(['-'], cwd, undefined, ['<html><body></body></html>'])).stderr).toBe('');
  });

  it('found by a directory walk or a glob, is skipped with a note and leaves the exit code alone; named, it is still an error', async () => {
    const cwd = folder({ 'mail/partials/_header.html': '', 'mail/partials/_footer.html': ' \n\n', 'mail/welcome.html': HTML, 'blank/a.html': '', 'blank/b.htm': '\n' });
    const notes = ['spamrisk: note: mail/partials/_footer.html: is empty (only white space, 3 bytes); skipped', 'spamrisk: note: mail/partials/_header.html: is empty (0 bytes); skipped'];
    for (const operand of ['mail', 'mail/**/*.html']) {
      for (const format of ['text', 'json', 'sarif', 'junit']) {
        const result = await run(['-f', format, operand], cwd);
        expect(result.code, `${operand} -f ${format}`).toBe(0);
        expect(result.stderr).toBe(`${notes.join('\n')}\n`);
        expect(result.stdout).toContain('welcome.html');
        expect(result.stdout).not.toContain('_header');
      }
    }
    const named = await run(['mail/partials/_header.html', 'mail/welcome.html'], cwd);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe('spamrisk: mail/partials/_header.html: is empty (0 bytes)\n');
    // Every file a walk or glob found empty: nothing was checked.
    for (const [operand, what] of [
      ['blank', 'is a directory of 2 .html, .htm or .eml files, all empty: nothing was checked'],
      ['mail/partials/*.html', 'matches 2 .html, .htm or .eml files, all empty: nothing was checked'],
    ] as const) {
      const result = await run([operand], cwd);
      expect(result.code, operand).toBe(2);
      expect(result.stderr.split('\n')).toContain(`spamrisk: ${operand}: ${what}`);
    }
  });

  it('is reported in every format as other input errors are', async () => {
    const cwd = folder({ 'zero.html': '', 'ok.html': HTML });
    const json = await run(['-f', 'json', 'zero.html', 'ok.html'], cwd);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toContainEqual({ file: 'zero.html', error: 'zero.html: is empty (0 bytes)' });
    const sarif = JSON.parse((await run(['-f', 'sarif', 'zero.html', 'ok.html'], cwd)).stdout) as { runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
    expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications.map((note) => note.message.text)).toEqual(['zero.html: is empty (0 bytes)']);
    const junit = await run(['-f', 'junit', 'zero.html', 'ok.html'], cwd);
    expect(junit.stdout).toContain('<error type="input-error" message="zero.html: is empty (0 bytes)">');
  });
});

/** `text` as Notepad's "Unicode" saves it: UTF-16 with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('UTF-16 with a byte-order mark', () => {
  const EML = 'From: shop@example.com\r\nSubject: Your order\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello, your order has shipped. Act now, click here!</p>\r\n';

  it('is read in an .eml as in HTML, with the UTF-8 file\'s report', async () => {
    const cwd = folder({ 'utf8.eml': EML, 'le.eml': utf16(EML, 'le'), 'be.eml': utf16(EML, 'be') });
    const reports = async (file: string) => {
      const result = await run(['-f', 'json', file], cwd);
      expect(result.stderr, file).toBe('');
      return (JSON.parse(result.stdout) as { report: unknown }[])[0]?.report;
    };
    const expected = await reports('utf8.eml');
    expect(expected).toMatchObject({ score: expect.any(Number) });
    expect(await reports('le.eml')).toEqual(expected);
    expect(await reports('be.eml')).toEqual(expected);
  });

  it('is read by explain, from a file or stdin, as the UTF-8 text would be', async () => {
    const bounce = readFileSync(new URL('./fixtures/explain/exim-relay-denied.txt', import.meta.url), 'utf8');
    const cwd = folder({ 'utf8.txt': bounce, 'le.txt': utf16(bounce, 'le'), 'be.txt': utf16(bounce, 'be') });
    const explained = async (file: string, stdin: readonly Uint8Array[] = []) => {
      const result = await run(['explain', '-f', 'json', file], cwd, [], stdin);
      expect(result.stderr, file).toBe('');
      return (JSON.parse(result.stdout) as { report: unknown }[])[0]?.report;
    };
    const expected = await explained('utf8.txt');
    expect(JSON.stringify(expected)).toContain('relay');
    expect(await explained('le.txt')).toEqual(expected);
    expect(await explained('be.txt')).toEqual(expected);
    expect(await explained('-', [utf16(bounce, 'le')])).toEqual(expected);
  });
});

describe('exclusions (issue 11)', () => {
  it('alone are a usage error, as no operand is: they would check nothing and pass', async () => {
    const cwd = folder({ 'emails/a.html': HTML });
    const result = await run(['!emails/**'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "spamrisk: no input, only exclusions ('!emails/**'): a \"!\" operand leaves files out of the directories and globs given with it; give those too, such as: spamrisk . '!emails/**'\nRun \"spamrisk --help\" for usage.\n",
    );
    expect(result.stdout).toBe('');
  });

  it('that leave a directory or a glob nothing say so, not that it has no templates', async () => {
    const cwd = folder({ 'emails/a.html': HTML, 'emails/b.eml': 'Subject: x\n\nHello', 'emails/one/c.html': HTML, 'empty/notes.txt': 'x' });
    const result = await run(['emails/', 'emails/*.html', 'empty', 'emails/one', '!emails/**'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'spamrisk: emails/: is a directory of 3 .html, .htm or .eml files, all excluded (!emails/**): nothing was checked',
      'spamrisk: emails/*.html: matches 1 .html, .htm or .eml file, excluded (!emails/**): nothing was checked',
      'spamrisk: empty: is a directory with no .html, .htm or .eml files',
      'spamrisk: emails/one: is a directory of 1 .html, .htm or .eml file, excluded (!emails/**): nothing was checked',
      '',
    ]);
  });
});

describe('--output', () => {
  it('that cannot be written is refused before anything is scored, in plain words (issue 11)', async () => {
    const cwd = folder({ 'a.html': HTML, 'taken/keep.txt': 'x' });
    symlinkSync('nowhere/r.json', join(cwd, 'dangling.json'));
    const cases: [string[], string][] = [
      [['-o', 'no/such/report.json', 'a.html'], '--output no/such/report.json: its folder no/such does not exist (create it first); nothing was checked'],
      [['-o', 'taken', 'a.html'], '--output taken: is a directory; nothing was checked'],
      [['-o', 'a.html/report.json', 'a.html'], '--output a.html/report.json: a part of its path is a file, not a folder; nothing was checked'],
      [['-o', '', 'a.html'], '--output must be a file path, got "" (empty)'],
      [['-o', ' ', 'a.html'], '--output must be a file path, got " " (blank)'],
      // A trailing slash names a folder: never a file named like it.
      [['-o', 'newdir/', 'a.html'], '--output newdir/: ends in a path separator, so it names a folder, and there is no folder newdir; give a file name (such as newdir/report.json, once the folder exists); nothing was checked'],
      [['-o', 'dangling.json', 'a.html'], '--output dangling.json: is a symbolic link to nowhere/r.json, whose folder nowhere does not exist (create it first); nothing was checked'],
      // Refused before the input is read: a missing input is not reached.
      [['-o', 'no/r.json', 'missing.html'], '--output no/r.json: its folder no does not exist (create it first); nothing was checked'],
      [['explain', '-o', 'no/r.json', 'missing.txt'], '--output no/r.json: its folder no does not exist (create it first); nothing was checked'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv, cwd, argv[0] === 'explain' ? [] : undefined);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0], argv.join(' ')).toBe(`spamrisk: ${message}`);
      expect(result.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(join(cwd, 'newdir'))).toBe(false);
  });

  it('in a folder that exists but refuses the file says what the error is, not that the folder is missing', async (ctx) => {
    if (!existsSync('/proc/self')) ctx.skip('no /proc');
    const cwd = folder({ 'a.html': HTML });
    const result = await run(['-o', '/proc/nope', 'a.html'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^spamrisk: --output \/proc\/nope: cannot be written \((its folder \/proc exists but does not let the file be created|permission denied)\); the report was not written\n$/);
    expect(result.stderr).not.toMatch(/ENOENT|open '/);
    expect(result.stderr).not.toContain('does not exist');
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

describe('small things from the issue 11 audit', () => {
  it('`spamrisk help` is --help, and `spamrisk help <verb>` that verb\'s', async () => {
    const cwd = folder();
    for (const [argv, usage] of [
      [['help'], 'Usage: spamrisk [check]'],
      [['help', 'explain'], 'Usage: spamrisk explain'],
      [['help', 'domain'], 'Usage: spamrisk domain'],
    ] as const) {
      const result = await run(argv, cwd, []);
      expect(result, argv.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout.startsWith(usage), argv.join(' ')).toBe(true);
      expect(result.stdout).toBe((await run([...(argv[1] ? [argv[1]] : []), '--help'], cwd, [])).stdout);
    }
  });

  it('`spamrisk help` with a file or folder named help here is a usage error, not usage that passes a CI job', async () => {
    for (const cwd of [folder({ help: HTML }), folder({ 'help/a.html': HTML })]) {
      for (const argv of [['help'], ['help', 'explain']]) {
        const result = await run(argv, cwd, []);
        expect(result, argv.join(' ')).toMatchObject({ code: 2, stdout: '' });
        expect(result.stderr.split('\n')[0]).toBe('spamrisk: "help" is both a path here and the word for usage: write ./help to check it, or spamrisk --help for help');
      }
      expect((await run(['./help'], cwd)).code).toBe(0);
    }
  });

  it('--help links its docs by a URL, not a path the package does not ship', async () => {
    for (const argv of [['--help'], ['explain', '--help'], ['domain', '--help']]) {
      const { stdout } = await run(argv, folder(), []);
      const docs = stdout.slice(stdout.indexOf('\nDocs: '));
      expect(docs, argv.join(' ')).toMatch(/^\nDocs: https:\/\/\S+\/docs\/\w+\.md\n/);
      expect(docs).not.toMatch(/ docs\//);
    }
  });

  it('an unknown flag a typo away from one names it', async () => {
    const cwd = folder({ 'a.html': HTML });
    expect((await run(['--thresold', '5', 'a.html'], cwd)).stderr).toMatch(/^spamrisk: unknown option --thresold \(did you mean "--threshold"\?\)\n/);
    expect((await run(['explain', '--formt=json', 'a.html'], cwd, [])).stderr).toMatch(/^spamrisk: unknown option --formt \(did you mean "--format"\?\)\n/);
    expect((await run(['--zzzzzz', 'a.html'], cwd)).stderr).toMatch(/^spamrisk: unknown option --zzzzzz\n/);
  });

  it('reads FORCE_COLOR as Node does: set and empty is on', () => {
    const pipe = { isTTY: false };
    for (const value of ['', '1', 'true', '2', '3']) expect(colorEnabled(pipe, { FORCE_COLOR: value }), value).toBe(true);
    for (const value of ['0', 'false', 'no']) expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: value }), value).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '', NO_COLOR: '1' })).toBe(false);
  });

  it('scores a file named twice, once through a symlink, under the first name given; a walk under the name that is not the link', async () => {
    const cwd = folder({ 'd/a.html': HTML });
    symlinkSync('d/a.html', join(cwd, 'link.html'));
    symlinkSync('a.html', join(cwd, 'd/b.html'));
    const files = async (argv: string[]) => (JSON.parse((await run(['-f', 'json', ...argv], cwd)).stdout) as { file: string }[]).map((entry) => entry.file);
    expect(await files(['link.html', 'd/a.html'])).toEqual(['link.html']);
    expect(await files(['d/a.html', 'link.html'])).toEqual(['d/a.html']);
    expect(await files(['d'])).toEqual(['d/a.html']);
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
