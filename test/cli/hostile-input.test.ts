/**
 * Careless and hostile input to the real `spamrisk` bin (issue 10, the CLI table): endless stdin,
 * huge files, too many threads, a report written over its input, binary detection, control
 * characters on the terminal, symlink loops, unreadable folders, negative values. Each test names
 * the row it covers; every one failed before the limits in cli/limits.ts and cli/escape.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, chmodSync, linkSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../domain/dns-server.ts';
import { buildCli, CLEAN_HTML, isolatedConfig, makeTree, RISKY_HTML, runCli, type BuiltCli, type RunResult } from './helpers.ts';

let cli: BuiltCli;
const trees: { dispose(): void }[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);
afterAll(() => {
  cli?.dispose();
  for (const tree of trees) tree.dispose();
});

function tree(files: Record<string, string | Uint8Array>, config: Record<string, unknown> | null = isolatedConfig()): string {
  const made = makeTree(config ? { ...files, 'spamrisk.config.json': JSON.stringify(config) } : files);
  trees.push(made);
  return made.root;
}

/** Runs the bin with stdin taken from a file descriptor (`/dev/zero`) or a shell pipeline. */
function runWithStdin(stdin: number, args: readonly string[], cwd: string): RunResult {
  const result = spawnSync(process.execPath, [cli.bin, ...args], { cwd, stdio: [stdin, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function runPipeline(producer: string, args: string, cwd: string): RunResult {
  const result = spawnSync('sh', ['-c', `${producer} | ${JSON.stringify(process.execPath)} ${JSON.stringify(cli.bin)} ${args}`], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A sparse file: `bytes` long, no disk used. */
function sparse(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const ESC = '\u001b';

describe('row: `spamrisk - < /dev/zero`, `yes | spamrisk -` (read forever)', () => {
  it('stops stdin at the default limit, exit 2, and says so', () => {
    const cwd = tree({});
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = runWithStdin(zero, ['-'], cwd);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('spamrisk: <stdin>: is larger than the 25 MiB input limit: stopped reading there (raise the limit with --max-size)');
    } finally {
      closeSync(zero);
    }
  });

  it('stops a pipe that never ends at --max-size, for check and explain', () => {
    const cwd = tree({});
    const check = runPipeline('yes', '- --max-size 1M', cwd);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('<stdin>: is larger than the 1 MiB input limit');
    const explain = runPipeline("yes '550 5.1.1 user unknown'", 'explain - --max-size 64KB', cwd);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toContain('<stdin>: is larger than the 62.5 KiB input limit');
  });

  it('names stdin as --stdin-filename does when it stops, for check and explain', () => {
    const cwd = tree({});
    const check = runPipeline('yes', '- --max-size 1M --stdin-filename emails/promo.html', cwd);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('spamrisk: emails/promo.html: is larger than the 1 MiB input limit: stopped reading there');
    expect(check.stderr).not.toContain('<stdin>');
    const explain = runPipeline("yes '550 5.1.1 user unknown'", 'explain - --max-size 64KB --stdin-filename bounces/b.txt', cwd);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toContain('spamrisk: bounces/b.txt: is larger than the 62.5 KiB input limit');
    expect(explain.stderr).not.toContain('<stdin>');
  });

  it('reads stdin up to the limit', () => {
    const cwd = tree({ 'risky.html': RISKY_HTML });
    expect(runPipeline('cat risky.html', `- --max-size ${Buffer.byteLength(RISKY_HTML)}`, cwd).code).toBe(1);
    expect(runPipeline('cat risky.html', `- --max-size ${Buffer.byteLength(RISKY_HTML) - 1}`, cwd).code).toBe(2);
  });
});

describe('row: a 1 GB file (read whole, or "Cannot create a string longer than …")', () => {
  it('refuses it from its size before reading, .html and .eml alike, and scores the others', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML });
    sparse(join(cwd, 'huge.html'), 1024 ** 3);
    sparse(join(cwd, 'huge.eml'), 1024 ** 3 + 1);
    const result = runCli(cli, ['huge.html', 'huge.eml', 'clean.html', '-f', 'json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('spamrisk: huge.html: is 1 GiB, above the 25 MiB input limit: not read (raise the limit with --max-size)');
    expect(result.stderr).toContain('spamrisk: huge.eml: is 1.0 GiB, above the 25 MiB input limit: not read');
    expect((JSON.parse(result.stdout) as { file: string; report?: unknown }[]).map((entry) => [entry.file, 'report' in entry])).toEqual([
      ['huge.html', false],
      ['huge.eml', false],
      ['clean.html', true],
    ]);
  });

  it('takes --max-size with units (K = 1024, KB = 1000), refuses bad sizes, and stops a device at the limit', () => {
    const cwd = tree({ 'k.html': `<p>${'a'.repeat(1017)}</p>` }); // 1024 bytes
    expect(runCli(cli, ['--max-size', '1K', 'k.html'], { cwd }).code).toBe(0);
    const kb = runCli(cli, ['--max-size', '1KB', 'k.html'], { cwd });
    expect(kb.code).toBe(2);
    expect(kb.stderr).toContain('k.html: is 1 KiB, above the 1000 bytes input limit');
    for (const bad of ['lots', '0', '-5', '1 parsec']) {
      const result = runCli(cli, ['--max-size', bad, 'k.html'], { cwd });
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toContain(`--max-size must be a size above 0 such as 25MB, 512K or 1000 (bytes), got "${bad}"`);
    }
    const device = runCli(cli, ['/dev/zero', '--max-size', '2M'], { cwd });
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/zero: is larger than the 2 MiB input limit: stopped reading there');
  });
});

describe('row: `--jobs 1000` on 150 files (150 worker threads, V8 abort)', () => {
  const hasProc = spawnSync('sh', ['-c', 'test -r /proc/self/status']).status === 0;

  /** The most threads the CLI process had at once, read from /proc while it runs. */
  function peakThreads(args: string[], cwd: string): Promise<{ code: number | null; peak: number; stdout: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli.bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      let peak = 0;
      const timer = setInterval(() => {
        try {
          const threads = /Threads:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
          if (threads) peak = Math.max(peak, Number(threads));
        } catch {
          // the process has just ended
        }
      }, 5);
      child.on('close', (code) => {
        clearInterval(timer);
        resolve({ code, peak, stdout });
      });
    });
  }

  it('caps the threads at the cores there are, with the same results', async (ctx) => {
    if (!hasProc) ctx.skip('no readable /proc/<pid>/status to count the threads by');
    const cwd = tree(Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`mail/t${String(index).padStart(3, '0')}.html`, index % 5 ? CLEAN_HTML : RISKY_HTML])));
    const cores = availableParallelism();
    const single = await peakThreads(['mail', '-f', 'json', '--jobs', '1'], cwd);
    // More than the cores, but few enough that an uncapped run would not take the machine down.
    const many = await peakThreads(['mail', '-f', 'json', '--jobs', String(cores + 8)], cwd);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe(single.stdout);
    // Each worker thread adds a thread or two to the process; cores + 8 workers would add 9 or more.
    expect(many.peak - single.peak).toBeLessThanOrEqual(2 * (cores - 1));
  });
});

describe('row: `--output emails/a.html emails/a.html` (overwrote the template)', () => {
  it('refuses an output that is an input, by any path to it, and leaves the input untouched', () => {
    const cwd = tree({ 'emails/a.html': RISKY_HTML, 'emails/b.html': CLEAN_HTML });
    symlinkSync('emails/a.html', join(cwd, 'link.html'));
    linkSync(join(cwd, 'emails/b.html'), join(cwd, 'hard.html'));
    for (const args of [
      ['--output', 'emails/a.html', 'emails/a.html'],
      ['-o', './emails/../emails/a.html', 'emails/a.html'],
      ['-o', 'link.html', 'emails/a.html'],
      ['-o', 'emails/a.html', 'link.html'],
      ['-o', 'emails/b.html', 'emails'],
      ['-o', 'emails/b.html', 'emails/*.html'],
      ['-o', 'hard.html', 'emails/b.html'],
      ['-o', 'spamrisk.config.json', 'emails/a.html'],
    ]) {
      const result = runCli(cli, ['-f', 'json', ...args], { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^spamrisk: --output \S+ is also an input: writing the report there would overwrite it; nothing was written/);
      expect(result.stdout).toBe('');
    }
    expect(readFileSync(join(cwd, 'emails/a.html'), 'utf8')).toBe(RISKY_HTML);
    expect(readFileSync(join(cwd, 'emails/b.html'), 'utf8')).toBe(CLEAN_HTML);
    expect(JSON.parse(readFileSync(join(cwd, 'spamrisk.config.json'), 'utf8'))).toEqual(isolatedConfig());
    // Writing beside the inputs is fine.
    expect(runCli(cli, ['-f', 'json', '-o', 'emails/report.json', 'emails'], { cwd }).code).toBe(1);
  });

  it('refuses it for explain too', () => {
    const cwd = tree({ 'bounce.txt': '550 5.1.1 <sam@example.com>: Recipient address rejected: User unknown\n' });
    const result = runCli(cli, ['explain', '-o', 'bounce.txt', 'bounce.txt'], { cwd });
    expect(result.code).toBe(2);
    expect(readFileSync(join(cwd, 'bounce.txt'), 'utf8')).toContain('550 5.1.1');
  });
});

/** A 1×1 transparent PNG: a real binary file. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

describe('row: a valid UTF-8 template with one NUL byte, a bounce with a trailing NUL ("binary")', () => {
  it('scores a template with a stray NUL, and still refuses real binary files', () => {
    const withNul = RISKY_HTML.replace('Hello Sam,', 'Hello\u0000 Sam,');
    const cwd = tree({
      'nul.html': withNul,
      'nul.eml': `Subject: Hello\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${withNul}\u0000`,
      'logo.html': PNG,
      'logo.eml': Buffer.concat([Buffer.from('Subject: x\n\n'), PNG]),
      'utf16.html': Buffer.from(CLEAN_HTML, 'utf16le'),
    });
    const result = runCli(cli, ['nul.html', 'nul.eml', 'logo.html', 'logo.eml', 'utf16.html', '-f', 'json'], { cwd });
    const entries = JSON.parse(result.stdout) as { file: string; report?: { score: number } }[];
    expect(entries.map((entry) => [entry.file, entry.report?.score])).toEqual([
      ['nul.html', 5],
      ['nul.eml', 5],
      ['logo.html', undefined],
      ['logo.eml', undefined],
      ['utf16.html', undefined],
    ]);
    expect(result.stderr).toMatch(/logo\.html: is not a text file \(binary content: \d+ % of its bytes are control bytes or not UTF-8\)/);
    expect(result.stderr).toContain('logo.eml: is not a text file (binary content');
    expect(result.stderr).toContain('utf16.html: is not a text file (it looks like UTF-16 text without a byte-order mark (every other byte is NUL); save it as UTF-8)');
  });

  it('explains a bounce with a trailing NUL', () => {
    const cwd = tree({ 'bounce.txt': '550 5.1.1 <sam@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n\u0000' });
    const result = runCli(cli, ['explain', '-f', 'json', 'bounce.txt'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0].report.findings[0].category).toBe('mailbox');
  });
});

describe('row: `explain` on a file of NULs ("is empty")', () => {
  it('says what the file is', () => {
    const cwd = tree({ 'zeros.eml': new Uint8Array(4096), 'blank.txt': ' \n\t\n' });
    const result = runCli(cli, ['explain', 'zeros.eml', 'blank.txt'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('spamrisk: zeros.eml: is not a text file (its 4096 bytes are all NUL (0x00): no text at all)');
    expect(result.stderr).toContain('spamrisk: blank.txt: is empty');
    // check says the same of a template.
    expect(runCli(cli, ['zeros.eml'], { cwd }).stderr).toContain('zeros.eml: is not a text file (its 4096 bytes are all NUL (0x00): no text at all)');
  });
});

describe('row: ESC sequences in mail content or a file name (written raw to the terminal)', () => {
  const CLEAR = `${ESC}[2J`;
  const TITLE = `${ESC}]0;owned\u0007`;
  /** A shortened link whose URL carries ESC sequences: the finding quotes it. */
  const HOSTILE = `<p>Hello, read <a href="https://bit.ly/x${CLEAR}${TITLE}">this\u202e page</a>.</p>`;

  it('escapes them in the text report and on stderr, keeping the JSON faithful', () => {
    const name = `promo${CLEAR}.html`;
    const cwd = tree({ [name]: HOSTILE, [`bin${ESC}[31m.html`]: PNG }, null);
    const text = runCli(cli, ['--no-config', name, `bin${ESC}[31m.html`], { cwd, env: { NO_COLOR: '1' } });
    expect(text.code).toBe(2);
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text.stdout).toContain('promo\\x1b[2J.html');
    expect(text.stdout).toContain('https://bit.ly/x\\x1b[2J\\x1b]0;owned\\x07');
    expect(text.stderr).not.toContain(ESC);
    expect(text.stderr).toContain('spamrisk: bin\\x1b[31m.html: is not a text file');
    const json = runCli(cli, ['--no-config', '-f', 'json', name], { cwd });
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const [entry] = JSON.parse(json.stdout) as { file: string; report: { findings: { evidence: string }[] } }[];
    expect(entry?.file).toBe(name);
    expect(entry?.report.findings.map((finding) => finding.evidence)).toContain(`https://bit.ly/x${CLEAR}${TITLE}`);
    for (const format of ['sarif', 'junit']) expect(runCli(cli, ['--no-config', '-f', format, name], { cwd }).stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('escapes them in usage errors', () => {
    const cwd = tree({});
    const result = runCli(cli, [`--${ESC}[2Jx`], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --\\x1b[2Jx');
  });

  it('escapes them in explain’s report', () => {
    const cwd = tree({ 'bounce.txt': `550 5.7.1 Message rejected as spam ${CLEAR}${TITLE}by content filter\n` });
    const result = runCli(cli, ['explain', 'bounce.txt'], { cwd });
    expect(result.stdout).toContain('\\x1b[2J');
    expect(result.stdout).not.toContain(ESC);
  });

  it('escapes them in the domain report (a hostile TXT record)', async () => {
    const dns = await startDnsServer({
      'esc.example': { TXT: [`v=spf1 ip4:192.0.2.0/24 ${CLEAR}redirect -all`], MX: [{ exchange: 'mx.esc.example', priority: 10 }] },
      'mx.esc.example': { A: ['192.0.2.10'] },
      '_dmarc.esc.example': { TXT: [`v=DMARC1; p=${TITLE}`] },
    });
    try {
      // Not spawnSync: the DNS server answers from this process's event loop.
      const text = await new Promise<{ stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [cli.bin, 'domain', 'esc.example', '--dns', dns.address, '--selector', 's1', '--timeout', '2000'], { env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('close', () => resolve({ stdout }));
      });
      expect(text.stdout).toContain('esc.example');
      expect(text.stdout).toContain('\\x1b');
      expect(text.stdout).not.toContain(ESC);
    } finally {
      await dns.close();
    }
  });
});

describe('row: a directory with a symlink loop (the same file 2–3 times)', () => {
  it('reports each real file once, under its own path, and stays linear on folders linking to each other', () => {
    const cwd = tree({ 'loop/a.html': CLEAN_HTML, 'loop/sub/b.html': RISKY_HTML, 'web/c.html': CLEAN_HTML });
    symlinkSync('.', join(cwd, 'loop/self'));
    symlinkSync('..', join(cwd, 'loop/sub/up'));
    symlinkSync('../sub/b.html', join(cwd, 'loop/sub/again.html'));
    // Five folders, each linking to all five: tinyglobby alone walked thousands of paths.
    for (let i = 0; i < 5; i++) {
      mkdirSync(join(cwd, `web/d${i}`));
      writeFileSync(join(cwd, `web/d${i}/t.html`), CLEAN_HTML);
    }
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) symlinkSync(`../d${j}`, join(cwd, `web/d${i}/l${j}`));
    const result = runCli(cli, ['loop', 'web', 'loop/sub/b.html', '-f', 'json'], { cwd });
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { file: string }[]).map((entry) => entry.file)).toEqual([
      'loop/a.html',
      'loop/sub/b.html',
      'web/c.html',
      'web/d0/t.html',
      'web/d1/t.html',
      'web/d2/t.html',
      'web/d3/t.html',
      'web/d4/t.html',
    ]);
  });

  it('follows a symlink to a folder outside the walk, once', () => {
    const cwd = tree({ 'shared/footer.html': CLEAN_HTML, 'emails/a.html': CLEAN_HTML });
    symlinkSync('../shared', join(cwd, 'emails/shared'));
    symlinkSync('../shared', join(cwd, 'emails/shared-too'));
    const result = runCli(cli, ['emails', '-f', 'json'], { cwd });
    expect((JSON.parse(result.stdout) as { file: string }[]).map((entry) => entry.file)).toEqual(['emails/a.html', 'emails/shared/footer.html']);
  });
});

describe('row: a directory it cannot read ("directory with no .html files")', () => {
  const isRoot = process.getuid?.() === 0;
  const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
  /**
   * root reads any folder (CAP_DAC_OVERRIDE): as root, run the CLI without that capability and
   * CAP_DAC_READ_SEARCH (util-linux setpriv), so a folder with mode 000 is really unreadable to it.
   */
  function runUnprivileged(args: readonly string[], cwd: string): RunResult {
    const command = isRoot ? 'setpriv' : process.execPath;
    const prefix = isRoot ? ['--bounding-set=-dac_override,-dac_read_search', '--', process.execPath] : [];
    const result = spawnSync(command, [...prefix, cli.bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    if (result.error) throw result.error;
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }

  it('says "permission denied" for the folder and for a folder inside a walk, and scores the rest', (ctx) => {
    if (isRoot && !hasSetpriv) ctx.skip('running as root without util-linux setpriv to drop CAP_DAC_OVERRIDE: every folder is readable');
    const cwd = tree({ 'locked/a.html': RISKY_HTML, 'emails/a.html': CLEAN_HTML, 'emails/private/b.html': RISKY_HTML });
    chmodSync(join(cwd, 'locked'), 0o000);
    chmodSync(join(cwd, 'emails/private'), 0o000);
    try {
      const result = runUnprivileged(['locked', 'emails', '-f', 'json'], cwd);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('spamrisk: locked: is a directory that cannot be read (permission denied); its templates were not checked');
      expect(result.stderr).toContain('spamrisk: emails/private/: is a directory that cannot be read (permission denied)');
      expect(result.stderr).not.toContain('no .html');
      expect((JSON.parse(result.stdout) as { file: string; report?: unknown }[]).map((entry) => [entry.file, 'report' in entry])).toEqual([
        ['locked', false],
        ['emails/a.html', true],
        ['emails/private/', false],
      ]);
    } finally {
      chmodSync(join(cwd, 'locked'), 0o755);
      chmodSync(join(cwd, 'emails/private'), 0o755);
    }
  });
});

describe('row: `--threshold -1` ("option takes no value")', () => {
  it('says what is wrong with the value', () => {
    const cwd = tree({ 'clean.html': CLEAN_HTML });
    const cases: [string[], string][] = [
      [['--threshold', '-1'], '--threshold must be a decimal number above 0, got "-1"'],
      [['-t', '-0.5'], '--threshold must be a decimal number above 0, got "-0.5"'],
      [['--jobs', '-2'], '--jobs must be a whole number of at least 1, got "-2"'],
      // Number() reads these as 16, 5, 10 and 2: a plain decimal only.
      [['-t', '0x10'], '--threshold must be a decimal number above 0, got "0x10"'],
      [['-t', ' 5'], '--threshold must be a decimal number above 0, got " 5"'],
      [['--threshold=1e1'], '--threshold must be a decimal number above 0, got "1e1"'],
      [['--jobs', '2 '], '--jobs must be a whole number of at least 1, got "2 "'],
      [['--max-size', '-5'], '--max-size must be a size above 0'],
      [['--subject', '-x'], 'option --subject needs a value, and the next argument starts with "-"; if that is the value, write --subject=<value>'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(cli, [...args, 'clean.html'], { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(runCli(cli, ['explain', '--threshold', '-3', 'x'], { cwd }).stderr).toContain('--threshold must be a decimal number above 0, got "-3"');
    for (const threshold of ['5', '2.5', '.5', '7.']) expect(runCli(cli, ['-t', threshold, 'clean.html'], { cwd }).code, threshold).toBe(0);
    // A value that only starts with a dash is still taken with `=`.
    expect(runCli(cli, ['--subject=-50% today', 'clean.html'], { cwd }).code).toBe(0);
  });
});

describe('row: `"points": -10` for a rule in the config (accepted, score −10)', () => {
  it('is a config error naming the rule', () => {
    const base = isolatedConfig();
    const cwd = tree({ 'risky.html': RISKY_HTML }, { ...base, rules: { ...(base.rules as object), 'custom-phrase': { points: 1 }, 'link-shortener': { points: -10 } } });
    const result = runCli(cli, ['risky.html'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('rules.link-shortener: points must be 0 or more, got -10');
    expect(result.stdout).toBe('');
  });
});
