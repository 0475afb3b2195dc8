/**
 * The `spamrisk` command as users run it (a subprocess of bin/spamrisk.js over the built library):
 * exit codes, the text report, stdin, directories and globs, config files and their errors, and
 * files that are not UTF-8 text.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLEAN_HTML, isolatedConfig, makeTree, MEDIUM_HTML, REPO, RISKY_HTML, runCli, type BuiltCli } from './helpers.ts';

/** Why the terminal tests skip where util-linux `script` is missing (it gives the CLI a pseudo-terminal). */
const NO_SCRIPT = 'no util-linux `script` command to give the CLI a terminal';

let cli: BuiltCli;
const trees: { dispose(): void }[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);
afterAll(() => {
  cli?.dispose();
  for (const tree of trees) tree.dispose();
});

function tree(files: Record<string, string | Uint8Array>, config: Record<string, unknown> | null = isolatedConfig()) {
  const made = makeTree(config ? { ...files, 'spamrisk.config.json': JSON.stringify(config) } : files);
  trees.push(made);
  return made.root;
}

const ESC = '\u001b[';

describe('exit codes', () => {
  it('is 0 when every file is under the threshold', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML });
    const result = runCli(cli, ['clean.html'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('clean.html');
    expect(result.stderr).toBe('');
  });

  it('is 1 when a file is at or above the threshold', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML, 'risky.html': RISKY_HTML });
    const result = runCli(cli, ['clean.html', 'risky.html'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/risky\.html\n\s+5\.0 high/);
  });

  it('follows --threshold and the config threshold, the flag winning', () => {
    const cwd = tree({ 'medium.html': MEDIUM_HTML }, isolatedConfig({ threshold: 2.5 }));
    expect(runCli(cli, ['medium.html'], { cwd }).code).toBe(1);
    expect(runCli(cli, ['--threshold', '8', 'medium.html'], { cwd }).code).toBe(0);
    expect(runCli(cli, ['-t', '3', 'medium.html'], { cwd }).code).toBe(1);
  });

  it('fails on medium with --fail-on medium or failOn in the config', () => {
    const cwd = tree({ 'medium.html': MEDIUM_HTML });
    expect(runCli(cli, ['medium.html'], { cwd }).code).toBe(0);
    expect(runCli(cli, ['--fail-on', 'medium', 'medium.html'], { cwd }).code).toBe(1);
    const strict = tree({ 'medium.html': MEDIUM_HTML }, isolatedConfig({ failOn: 'medium' }));
    expect(runCli(cli, ['medium.html'], { cwd: strict }).code).toBe(1);
    expect(runCli(cli, ['--fail-on', 'high', 'medium.html'], { cwd: strict }).code).toBe(0);
  });

  it('is 2 for an unknown flag, naming it', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML });
    const result = runCli(cli, ['--colour', 'clean.html'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --colour');
    expect(result.stdout).toBe('');
  });

  it('is 2 for bad option values and for no input', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML });
    for (const args of [['--format', 'xml', 'clean.html'], ['--threshold', 'high', 'clean.html'], ['--threshold', '-1', 'clean.html'], ['--fail-on', 'low', 'clean.html'], ['--jobs', '0', 'clean.html'], ['--locale', 'xx', 'clean.html'], ['--locale', 'ja', 'clean.html'], ['--language', 'xx', 'clean.html'], ['-l', 'en,xx', 'clean.html'], ['--format'], []]) {
      const result = runCli(cli, args, { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^spamrisk: /);
    }
    expect(runCli(cli, ['--format', 'xml', 'clean.html'], { cwd }).stderr).toContain('--format must be one of text, json, sarif, junit, got "xml"');
    // A code without wordlists would switch every phrase rule off: refused, naming those there are.
    expect(runCli(cli, ['-l', 'xx', 'clean.html'], { cwd }).stderr).toMatch(/--language must be a language with wordlists: de, en, .*, or auto \(the detected language\); got "xx"/);
  });

  it("takes -l auto, as the API and the config do", () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML }, { ...isolatedConfig(), languages: ['auto'] });
    expect(runCli(cli, ['clean.html'], { cwd }).code).toBe(0);
    expect(runCli(cli, ['-l', 'auto,en', 'clean.html'], { cwd }).code).toBe(0);
  });

  it('writes messages and suggestions in the --locale language, the evidence and the exit code unchanged', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML });
    const english = runCli(cli, ['--format', 'json', 'risky.html'], { cwd });
    const french = runCli(cli, ['--format', 'json', '--locale', 'fr', 'risky.html'], { cwd });
    expect(french.code).toBe(english.code);
    type Entry = { report: { score: number; findings: { rule: string; message: string; evidence: string }[] } };
    const [en] = JSON.parse(english.stdout) as Entry[];
    const [fr] = JSON.parse(french.stdout) as Entry[];
    expect(fr?.report.score).toBe(en?.report.score);
    expect(fr?.report.findings.map((finding) => finding.evidence)).toEqual(en?.report.findings.map((finding) => finding.evidence));
    const changed = fr?.report.findings.filter((finding, index) => finding.message !== en?.report.findings[index]?.message) ?? [];
    expect(changed.length).toBeGreaterThan(0);
    const text = (locale: string[]) => runCli(cli, [...locale, 'risky.html'], { cwd }).stdout;
    expect(text(['--locale', 'fr-CA'])).toBe(text(['--locale', 'fr']));
    expect(text(['--locale', 'fr'])).not.toBe(text([]));
  });

  it('is 2 for a missing file, names it, and still reports the other files', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML });
    const result = runCli(cli, ['missing.html', 'risky.html', '--format', 'json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.html: no such file or directory');
    const parsed = JSON.parse(result.stdout) as { file: string; report?: { score: number }; error?: string }[];
    expect(parsed.find((entry) => entry.file === 'risky.html')?.report?.score).toBe(5);
    expect(parsed.find((entry) => entry.file === 'missing.html')?.error).toContain('no such file');
  });

  it('is 2 for a file that is not valid UTF-8, naming the file and the byte', () => {
    const broken = Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xe9]), Buffer.from(' au lait</p>')]);
    const cwd = tree({ 'latin1.html': broken, 'clean.html': CLEAN_HTML });
    const result = runCli(cli, ['latin1.html', 'clean.html'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('latin1.html: is not valid UTF-8 (byte 0xe9 at offset 6)');
    expect(result.stdout).toContain('clean.html');
    expect(result.stdout).toContain('1 file could not be checked');
  });

  it('is 2 for a binary file, naming it', () => {
    // A whole 1×1 PNG: binary means mostly non-text, so a PNG's first 16 bytes after a header would not do.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex');
    const cwd = tree({ 'logo.html': png, 'mail.eml': Buffer.concat([Buffer.from('Subject: x\n\n'), png]) });
    const result = runCli(cli, ['logo.html', 'mail.eml'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('logo.html: is not a text file');
    expect(result.stderr).toContain('mail.eml: is not a text file');
  });

  it('is 2 for an .eml that is not MIME (HTML or a note saved as .eml), and reads a real one', () => {
    const cwd = tree({
      'promo.eml': RISKY_HTML,
      'note.eml': 'Hello team,\nthe meeting moved to 3pm.\n',
      'real.eml': '\uFEFFFrom: a@shop.example\r\nSubject: Hello\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The acme widget</p>\r\n',
      'mbox.eml': 'From a@shop.example Mon Jan  1 00:00:00 2024\nSubject: Hello\n\nThe acme widget\n',
    });
    const result = runCli(cli, ['promo.eml', 'note.eml', 'real.eml', 'mbox.eml', '-f', 'json'], { cwd });
    expect(result.code).toBe(2);
    for (const file of ['promo.eml', 'note.eml']) {
      expect(result.stderr).toContain(`spamrisk: ${file}: is not a MIME message: it does not start with header lines`);
    }
    expect(result.stderr).toContain('name it .html if it is HTML');
    expect(result.stderr).not.toContain('real.eml');
    expect(result.stderr).not.toContain('mbox.eml');
    const entries = JSON.parse(result.stdout) as { file: string; report?: { score: number }; error?: string }[];
    expect(entries.map((entry) => [entry.file, entry.report?.score ?? 'error'])).toEqual([
      ['promo.eml', 'error'],
      ['note.eml', 'error'],
      ['real.eml', 5],
      ['mbox.eml', 5],
    ]);
    // The same HTML named .html is scored.
    expect(runCli(cli, ['promo.html'], { cwd: tree({ 'promo.html': RISKY_HTML }) }).code).toBe(1);
  });

  it('reads any RFC 5322 field name, and white space before the colon; a leading blank line is an error that says so', () => {
    const body = 'Content-Type: text/plain\n\nThe acme widget\n';
    const cwd = tree({
      'underscore.eml': `X_Mailer_Id: 7\n${body}`,
      'dotted.eml': `X.Campaign#1: spring\n${body}`,
      'obsolete.eml': `Subject : Hello\n${body}`,
      'blank.eml': `\nSubject: Hello\n${body}`,
      'crlf-blank.eml': `\r\nSubject: Hello\r\n${body}`,
      'spaced.eml': `Hello team: the meeting moved.\n${body}`,
    });
    const result = runCli(cli, ['underscore.eml', 'dotted.eml', 'obsolete.eml', 'blank.eml', 'crlf-blank.eml', 'spaced.eml', '-f', 'json'], { cwd });
    expect(result.code).toBe(2);
    for (const file of ['blank.eml', 'crlf-blank.eml']) {
      expect(result.stderr).toContain(`spamrisk: ${file}: is not a MIME message: it starts with a blank line`);
    }
    expect(result.stderr).toContain('spamrisk: spaced.eml: is not a MIME message: it does not start with header lines');
    const entries = JSON.parse(result.stdout) as { file: string; report?: unknown }[];
    expect(entries.map((entry) => [entry.file, entry.report !== undefined])).toEqual([
      ['underscore.eml', true],
      ['dotted.eml', true],
      ['obsolete.eml', true],
      ['blank.eml', false],
      ['crlf-blank.eml', false],
      ['spaced.eml', false],
    ]);
    // stdin reads the same start as a message: a missing Date header is a finding of messages only
    // (every rule on: no config).
    const bare = tree({}, null);
    const piped = (input: string) => (JSON.parse(runCli(cli, ['-', '-f', 'json'], { cwd: bare, input }).stdout) as { report: { findings: { rule: string }[] } }[])[0]?.report.findings.map((finding) => finding.rule);
    expect(piped(`Subject : Hello\nFrom: a@shop.example\n${body}`)).toContain('missing-date');
    expect(piped(`\nSubject: Hello\nFrom: a@shop.example\n${body}`)).not.toContain('missing-date');
  });

  it('is 2 for a directory with no templates and a glob that matches nothing', () => {
    const cwd = tree({ 'notes/readme.txt': 'hello', 'clean.html': CLEAN_HTML });
    const result = runCli(cli, ['notes', 'drafts/*.html', 'clean.html', '-f', 'json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('notes: is a directory with no .html, .htm or .eml files');
    expect(result.stderr).toContain('drafts/*.html: no .html, .htm or .eml file matches this pattern');
    // Every input is reported, in the order given.
    expect((JSON.parse(result.stdout) as { file: string }[]).map((entry) => entry.file)).toEqual(['notes', 'drafts/*.html', 'clean.html']);
  });
});

describe('the text report', () => {
  it('gives line:column in the file, the points, rule, message and suggestion, and a summary', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML, 'clean.html': CLEAN_HTML });
    const { stdout } = runCli(cli, ['risky.html', 'clean.html'], { cwd });
    expect(stdout).toMatch(/^ {4}4:12 +5\.0 +custom-phrase +`acme widget` is on your own list/m);
    expect(stdout).toMatch(/^ +→ Reword it/m);
    expect(stdout).toMatch(/clean\.html\n {2}0\.0 low · passes \(fails at 5\.0\) · no findings/);
    expect(stdout).toMatch(/✖ 2 files checked: 1 high, 0 medium, 1 low · 1 at or above 5\.0\n$/);
    expect(stdout).not.toContain(ESC);
  });

  it('counts columns in UTF-16 code units after CRLF line ends and astral characters', () => {
    const html = '<html>\r\n<body>\r\n<p>😀 é acme widget</p>\r\n</body></html>';
    const cwd = tree({ 'crlf.html': html });
    // `<p>` is 3 units, 😀 2, space, é, space: `acme` starts at column 9.
    expect(runCli(cli, ['crlf.html'], { cwd }).stdout).toMatch(/^ {4}3:9 +5\.0 +custom-phrase/m);
  });

  it('shows a subject given with --subject, with its column', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML }, isolatedConfig({ rules: { ...(isolatedConfig().rules as object), 'subject-phrase': { points: 1 } } }));
    const { stdout, code } = runCli(cli, ['--subject', 'Meet the ACME widget', 'clean.html'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/subject:10 +\d+\.\d +subject-phrase/);
  });

  it('uses colour only on a terminal or with FORCE_COLOR, never with NO_COLOR', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML });
    expect(runCli(cli, ['risky.html'], { cwd }).stdout).not.toContain(ESC);
    expect(runCli(cli, ['risky.html'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runCli(cli, ['risky.html'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(cli, ['--format', 'json', 'risky.html'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('shows only failing files with --quiet, and nothing when all pass', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML, 'clean.html': CLEAN_HTML });
    const quiet = runCli(cli, ['-q', 'risky.html', 'clean.html'], { cwd });
    expect(quiet.stdout).toContain('risky.html');
    expect(quiet.stdout).not.toContain('clean.html');
    const silent = runCli(cli, ['--quiet', 'clean.html'], { cwd });
    expect(silent).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('writes the report to --output', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML });
    const result = runCli(cli, ['-f', 'json', '-o', 'out/report.json', 'risky.html'], { cwd });
    expect(result.stderr).toContain('--output out/report.json: its folder out does not exist (create it first); nothing was checked');
    expect(result.code).toBe(2);
    const ok = runCli(cli, ['-f', 'json', '-o', 'report.json', 'risky.html'], { cwd });
    expect(ok).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))[0].report.score).toBe(5);
  });
});

describe('stdout', () => {
  it('that cannot be written loses the report: exit 2 and one line on stderr, no stack (issue 11)', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip('no /dev/full to make a write fail');
    const cwd = tree({ 'clean.html': CLEAN_HTML });
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [cli.bin, 'clean.html'], { cwd, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('spamrisk: stdout cannot be written (no space left on the device); the report was lost\n');
    } finally {
      closeSync(full);
    }
  });

  it('closed early by its reader (EPIPE) ends quietly', (ctx) => {
    if (spawnSync('bash', ['-c', 'exit 0']).status !== 0) ctx.skip('no bash for a pipeline whose first status can be read');
    // A report far larger than a pipe's buffer (64 KiB), and a reader that closes after its first
    // byte: the rest of the write meets a closed pipe, every time (a bin without its EPIPE handler
    // ends here with status 1 and a stack).
    const files = Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`mail/m${String(index).padStart(3, '0')}.html`, CLEAN_HTML]));
    const cwd = tree(files);
    const script = `"${process.execPath}" "${cli.bin}" -f json --jobs 1 mail | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`;
    const result = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('inputs', () => {
  it('reads HTML from stdin with -', () => {
    const cwd = tree({});
    const result = runCli(cli, ['-', '--format', 'json'], { cwd, input: RISKY_HTML });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject([{ file: '<stdin>', report: { score: 5 } }]);
  });

  it('reads an .eml from stdin, recognised by its headers', () => {
    const cwd = tree({});
    const eml = 'From: a@shop.example\r\nSubject: Hello\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The acme widget</p>\r\n';
    const result = runCli(cli, ['-'], { cwd, input: eml });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/<stdin>\n\s+5\.0 high/);
    expect(result.stdout).toMatch(/^ {4}5:8 +5\.0 +custom-phrase/m);
  });

  it('walks directories for .html, .htm and .eml, skipping node_modules and other files', () => {
    const cwd = tree({
      'emails/a.html': CLEAN_HTML,
      'emails/deep/b.HTM': RISKY_HTML,
      'emails/deep/c.eml': 'Subject: hi\n\nplain text body\n',
      'emails/notes.txt': 'acme widget',
      'emails/node_modules/pkg/x.html': RISKY_HTML,
    });
    const result = runCli(cli, ['emails', '--format', 'json'], { cwd });
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((entry) => entry.file);
    expect(files).toEqual(['emails/a.html', 'emails/deep/b.HTM', 'emails/deep/c.eml']);
    expect(result.code).toBe(1);
  });

  it('skips names that start with a dot unless the operand names one, and says in one note which of them hold templates', () => {
    const cwd = tree({
      '.github/emails/welcome.html': RISKY_HTML,
      '.venv/lib/site/docs/index.html': RISKY_HTML,
      '.draft.html': CLEAN_HTML,
      '.cache/data.txt': 'x',
      '.git/hooks/x.html': RISKY_HTML,
      'emails/.archive/old.eml': 'Subject: hi\n\nplain text body\n',
      'emails/a.html': CLEAN_HTML,
    });
    const run = (args: string[]) => {
      const result = runCli(cli, [...args, '-f', 'json'], { cwd });
      const notes = result.stderr.split('\n').filter((line) => line.startsWith('spamrisk: note: not walked'));
      return { files: (JSON.parse(result.stdout) as { file: string }[]).map((entry) => entry.file), notes, code: result.code };
    };
    const NOTE = 'spamrisk: note: not walked (a directory walk skips names that start with a dot), though';
    // The Action's default path: one file, as before, and one note naming what was left out.
    expect(run(['.'])).toEqual({
      files: ['emails/a.html'],
      notes: [`${NOTE} they hold .html, .htm or .eml files: .draft.html, .github/, .venv/; name one to check it: spamrisk .github`],
      code: 0,
    });
    // Right under the walked directory only; an operand that names one walks it.
    expect(run(['emails']).notes).toEqual([`${NOTE} it holds .html, .htm or .eml files: emails/.archive/; name one to check it: spamrisk emails/.archive`]);
    expect(run(['.github'])).toEqual({ files: ['.github/emails/welcome.html'], notes: [], code: 1 });
    // What is named or excluded is no news.
    expect(run(['.', '.github', '!.venv/**', '!.draft.html'])).toEqual({ files: ['emails/a.html', '.github/emails/welcome.html'], notes: [], code: 1 });
    // Exclusions are globs, matched as the walk matches them, not path prefixes: one that matches
    // the entry anywhere keeps it out, one that matches only part of it keeps out only that part.
    expect(run(['.', '!**/.venv/**', '!.draft.*', '!.github/emails/**']).notes).toEqual([]);
    expect(run(['.', '!.venv/**', '!.draft.html', '!.github/workflows/**']).notes).toEqual([
      `${NOTE} it holds .html, .htm or .eml files: .github/; name one to check it: spamrisk .github`,
    ]);
    expect(run(['.', '!.venv/lib/site/docs/*.txt', '!.draft.html', '!.github/**']).notes).toEqual([
      `${NOTE} it holds .html, .htm or .eml files: .venv/; name one to check it: spamrisk .venv`,
    ]);
    // Globs keep the shell's rule, without a note.
    expect(run(['**/*.html'])).toEqual({ files: ['emails/a.html'], notes: [], code: 0 });
    expect(run(['.github/**/*.html']).files).toEqual(['.github/emails/welcome.html']);
  });

  it('expands globs, drops duplicates and honours !exclusions', () => {
    const cwd = tree({ 'mail/a.html': CLEAN_HTML, 'mail/b.html': RISKY_HTML, 'mail/drafts/c.html': RISKY_HTML, 'mail/x.txt': 'x' });
    const result = runCli(cli, ['mail/**/*', 'mail/a.html', '!mail/drafts/**', '-f', 'json'], { cwd });
    expect((JSON.parse(result.stdout) as { file: string }[]).map((entry) => entry.file)).toEqual(['mail/a.html', 'mail/b.html']);
  });

  it('accepts the verb check explicitly, and runs explain as its own verb', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML, 'bounce.txt': '550 5.1.1 <sam@example.com>: Recipient address rejected: User unknown\n' });
    expect(runCli(cli, ['check', 'risky.html'], { cwd }).code).toBe(1);
    // A folder named like the verb: `./check` (the docs say so).
    const named = tree({ 'check/risky.html': RISKY_HTML });
    expect(runCli(cli, ['./check', '-f', 'json'], { cwd: named }).stdout).toContain('"file": "check/risky.html"');
    // Not scored as a template: explained as a bounce (test/cli/explain.test.ts has the rest).
    const explain = runCli(cli, ['explain', '-f', 'json', 'bounce.txt'], { cwd });
    expect(explain.code).toBe(1);
    expect(JSON.parse(explain.stdout)[0].report.findings[0].category).toBe('mailbox');
    // Only the first word is a verb: after an option, `explain` is a file, and the error says why.
    const late = runCli(cli, ['-f', 'json', 'explain', 'bounce.txt'], { cwd });
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('spamrisk: explain: no such file or directory (a verb counts only as the first word: spamrisk explain [options] <inputs>)');
    expect(runCli(cli, ['-f', 'json', 'gone.html'], { cwd }).stderr).toContain('spamrisk: gone.html: no such file or directory\n');
  });

  it('prints help and version', () => {
    const cwd = tree({});
    const help = runCli(cli, ['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: spamrisk [check] [options] <file|dir|glob|->...');
    const version = runCli(cli, ['-v'], { cwd });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });
});

describe('config', () => {
  it('is found from a subfolder upwards, and ignored with --no-config', () => {
    const cwd = tree({ 'site/emails/risky.html': RISKY_HTML });
    const inner = join(cwd, 'site/emails');
    expect(runCli(cli, ['risky.html'], { cwd: inner }).code).toBe(1);
    // Without the config's phrase the template is ordinary mail.
    const plain = runCli(cli, ['--no-config', '--format', 'json', 'risky.html'], { cwd: inner });
    expect(JSON.parse(plain.stdout)[0].report.findings.some((finding: { rule: string }) => finding.rule === 'custom-phrase')).toBe(false);
  });

  it('is taken from --config', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML, 'conf/strict.json': JSON.stringify(isolatedConfig({ threshold: 20 })) }, null);
    expect(runCli(cli, ['--config', 'conf/strict.json', 'risky.html'], { cwd }).code).toBe(0);
    const missing = runCli(cli, ['--config', 'conf/none.json', 'risky.html'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/config .*conf\/none\.json: no such file/);
  });

  it('turns rules off and re-weights them', () => {
    const base = isolatedConfig();
    const off = tree({ 'risky.html': RISKY_HTML }, { ...base, rules: { ...(base.rules as object), 'custom-phrase': 'off' } });
    expect(runCli(cli, ['risky.html'], { cwd: off }).code).toBe(0);
  });

  it('allows words with phrases.allow', () => {
    const base = isolatedConfig();
    const cwd = tree({ 'risky.html': RISKY_HTML }, { ...base, phrases: { ...(base.phrases as object), allow: ['acme widget'] } });
    expect(runCli(cli, ['risky.html'], { cwd }).code).toBe(0);
  });

  it('rejects unknown rule ids, naming them and the likely one meant', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML }, { rules: { 'link-shortner': 'off', 'no-such-rule': { points: 2 } } });
    const result = runCli(cli, ['clean.html'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('spamrisk.config.json is invalid');
    expect(result.stderr).toContain('rules.link-shortner: unknown rule id (did you mean "link-shortener"?)');
    expect(result.stderr).toContain('rules.no-such-rule: unknown rule id');
    expect(result.stdout).toBe('');
  });

  it('rejects wrong types, unknown settings and bad JSON with clear messages', () => {
    const bad = tree({ 'clean.html': CLEAN_HTML }, { threshold: '5', failOn: 'low', languages: ['english'], phrases: { add: [''], allow: 'x' }, treshold: 4 });
    const result = runCli(cli, ['clean.html'], { cwd: bad });
    expect(result.code).toBe(2);
    for (const text of [
      'threshold: must be a number above 0, got "5"',
      'failOn: must be "medium" or "high", got "low"',
      'languages[0]: must be a language with wordlists: "de", "en"',
      'phrases.add[0]: must be a non-empty string',
      'phrases.allow: must be an array',
      'treshold: unknown setting (did you mean "threshold"?)',
    ]) {
      expect(result.stderr).toContain(text);
    }
    const cwd = tree({ 'clean.html': CLEAN_HTML, 'spamrisk.config.json': '{ "threshold": 5, }' }, null);
    const json = runCli(cli, ['clean.html'], { cwd });
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/spamrisk\.config\.json: not valid JSON/);
  });
});

describe('many files', () => {
  const manyFiles = () =>
    Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`mail/t${String(index).padStart(2, '0')}.html`, index % 4 ? CLEAN_HTML : RISKY_HTML]));

  it('are scored in worker threads with the same results, in input order, and no progress bar off a terminal', () => {
    const cwd = tree(manyFiles());
    const pooled = runCli(cli, ['mail', '-f', 'json', '--jobs', '2'], { cwd });
    const inline = runCli(cli, ['mail', '-f', 'json', '--jobs', '1'], { cwd });
    expect(pooled.code).toBe(1);
    expect(pooled.stderr).toBe('');
    expect(pooled.stdout).toBe(inline.stdout);
    const files = (JSON.parse(pooled.stdout) as { file: string }[]).map((entry) => entry.file);
    expect(files).toEqual([...files].sort());
    expect(files).toHaveLength(120);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it('show a progress bar on a terminal (stderr), erased before the report', (ctx) => {
    if (!hasScript) ctx.skip(NO_SCRIPT);
    const cwd = tree(manyFiles());
    // util-linux `script` gives the CLI a pseudo-terminal, as a person running it would have.
    const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli.bin)} mail`, '/dev/null'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stdout).toMatch(/\r\[[█░]{28}\] \d+\/120 files · \d+\/s/);
    expect(result.stdout).toContain('\r\u001b[K');
    expect(result.stdout).toMatch(/120 files checked: 30 high, 0 medium, 90 low/);
  });
});

describe('on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  /** Runs the CLI under util-linux `script`, which gives it a pseudo-terminal as a person would have. */
  const onTerminal = (cwd: string, args: string, env: Record<string, string | undefined>) =>
    spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli.bin)} ${args}`, '/dev/null'], {
      cwd,
      encoding: 'utf8',
      env: Object.fromEntries(Object.entries({ ...process.env, FORCE_COLOR: undefined, ...env }).filter(([, value]) => value !== undefined)),
    }).stdout;

  it('colours the report, unless NO_COLOR is set', (ctx) => {
    if (!hasScript) ctx.skip(NO_SCRIPT);
    const cwd = tree({ 'risky.html': RISKY_HTML });
    expect(onTerminal(cwd, 'risky.html', { NO_COLOR: undefined })).toContain(`${ESC}31m`);
    expect(onTerminal(cwd, 'risky.html', { NO_COLOR: '1' })).not.toContain(ESC);
  });
});

describe('the examples', () => {
  it('pass for the clean templates (default rules and weights)', () => {
    const result = runCli(cli, ['--no-config', 'examples/order-receipt.html', 'examples/newsletter.html', 'examples/order-shipped.eml'], { cwd: REPO });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
