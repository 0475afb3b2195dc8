/**
 * `spamrisk domain` end to end against a local DNS server (test/domain/dns-server.ts) on
 * 127.0.0.1: every finding of every test zone is asserted. No test touches the internet.
 */
import { generateKeyPairSync } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDomainCommand } from '../../cli/domain/command.ts';
import type { CommandIo } from '../../cli/commands/io.ts';
import type { Finding, Report } from '../../core/index.ts';
import { ptrName, startDnsServer, type TestDnsServer, type Zone } from './dns-server.ts';

function rsaKey(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

const KEY_2048 = rsaKey(2048);
const KEY_1024 = rsaKey(1024);

/** A domain whose MX, DMARC and DKIM are fine, so that each test zone shows only its own problem. */
function healthy(domain: string, spf: string | string[] | null, extra: Zone = {}): Zone {
  return {
    [domain]: { ...(spf === null ? {} : { TXT: Array.isArray(spf) ? spf : [spf] }), MX: [{ exchange: `mx.${domain}`, priority: 10 }] },
    [`mx.${domain}`]: { A: ['192.0.2.10'] },
    [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=reject; rua=mailto:dmarc@${domain}`] },
    [`sel24._domainkey.${domain}`]: { TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`] },
    ...extra,
  };
}

const ZONE: Zone = {
  // A good domain: SPF with an include, DMARC reject, a 2048-bit key, MX, an IP with FCrDNS.
  ...healthy('good.example', 'v=spf1 ip4:192.0.2.0/24 include:_spf.esp.example -all', {
    'mail.good.example': { A: ['192.0.2.25'] },
    [ptrName('192.0.2.25')]: { PTR: ['mail.good.example'] },
  }),
  '_spf.esp.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 ~all'] },
  // 11 lookups: 2 includes + 5 a: + 4 a:.
  ...healthy('lookups.example', 'v=spf1 include:one.lookups.example include:two.lookups.example -all', {
    'one.lookups.example': { TXT: ['v=spf1 a:h1.lookups.example a:h2.lookups.example a:h3.lookups.example a:h4.lookups.example a:h5.lookups.example -all'] },
    'two.lookups.example': { TXT: ['v=spf1 a:h6.lookups.example a:h7.lookups.example a:h8.lookups.example a:h9.lookups.example -all'] },
    ...Object.fromEntries(Array.from({ length: 9 }, (_, index) => [`h${index + 1}.lookups.example`, { A: [`192.0.2.${index + 1}`] }])),
  }),
  ...healthy('two.example', ['v=spf1 ip4:192.0.2.1 -all', 'v=spf1 include:_spf.esp.example ~all']),
  ...healthy('passall.example', 'v=spf1 +all'),
  ...healthy('void.example', 'v=spf1 a:n1.void.example a:n2.void.example a:n3.void.example -all'),
  // No DMARC anywhere.
  'nodmarc.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'], MX: [{ exchange: 'mx.nodmarc.example', priority: 10 }] },
  'mx.nodmarc.example': { A: ['192.0.2.10'] },
  'sel24._domainkey.nodmarc.example': { TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`] },
  // p=none without reports; its subdomain news. inherits it.
  ...healthy('none.example', 'v=spf1 ip4:192.0.2.0/24 -all', {
    '_dmarc.none.example': { TXT: ['v=DMARC1; p=none'] },
    'news.none.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'], A: ['192.0.2.30'] },
    'sel24._domainkey.news.none.example': { TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`] },
  }),
  // A 1024-bit key and a revoked one.
  ...healthy('weak.example', 'v=spf1 ip4:192.0.2.0/24 -all', {
    'sel24._domainkey.weak.example': { TXT: [`v=DKIM1; k=rsa; p=${KEY_1024}`] },
    'old._domainkey.weak.example': { TXT: ['v=DKIM1; k=rsa; p='] },
  }),
  // Test blocklists: 192.0.2.99 is listed, good.example is not; refuse.bl.example refuses every query.
  [`99.2.0.192.bl.example`]: { A: ['127.0.0.2'], TXT: ['Listed for testing: https://bl.example/lookup?ip=192.0.2.99'] },
  'bl.example': { A: ['192.0.2.200'] },
  'dbl.example': { A: ['192.0.2.201'] },
  [`99.2.0.192.refuse.bl.example`]: { A: ['127.255.255.254'] },
};

let server: TestDnsServer;

beforeAll(async () => {
  server = await startDnsServer(ZONE, { servfail: ['broken.example'] });
});
afterAll(async () => {
  await server?.close();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  const io: CommandIo = { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1' }, cwd: process.cwd() };
  const code = await runDomainCommand(argv, io);
  return { code, stdout: out, stderr: err };
}

async function check(domain: string, ...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await run([domain, '--dns', server.address, '--timeout', '1000', '--format', 'json', ...args]);
  const parsed = JSON.parse(result.stdout) as { file: string; report: Report }[];
  expect(parsed).toHaveLength(1);
  expect(parsed[0]?.file).toBe(domain);
  return { code: result.code, report: parsed[0]?.report as Report, stderr: result.stderr };
}

/** `rule points` for every finding with points, and the checklist's verdicts. */
function scored(report: Report): string[] {
  return report.findings.filter((finding) => finding.points !== 0).map((finding) => `${finding.rule} ${finding.points}`);
}

function checklist(report: Report): Record<string, string> {
  return Object.fromEntries(
    report.findings.filter((finding) => finding.rule.startsWith('bulk-sender-') && finding.rule !== 'bulk-sender-not-checked').map((finding) => [finding.rule, /^(Pass|Fail|Not verified)/.exec(finding.message)?.[1] ?? '?']),
  );
}

function only(report: Report, rule: string): Finding {
  const found = report.findings.filter((finding) => finding.rule === rule);
  expect(found, rule).toHaveLength(1);
  return found[0] as Finding;
}

describe('spamrisk domain against a local DNS server', () => {
  it('passes a good domain: every requirement met, no finding with points', async () => {
    const { code, report } = await check('good.example', '--selector', 'sel24', '--ip', '192.0.2.25');
    expect(scored(report)).toEqual([]);
    expect(report).toMatchObject({ version: 1, score: 0, level: 'low', threshold: 5 });
    expect(checklist(report)).toEqual({
      'bulk-sender-spf': 'Pass',
      'bulk-sender-dkim': 'Pass',
      'bulk-sender-dmarc': 'Pass',
      'bulk-sender-reverse-dns': 'Pass',
      'bulk-sender-spf-authorizes-ips': 'Pass',
    });
    expect(only(report, 'bulk-sender-spf').message).toContain('1 of 10 DNS lookups');
    expect(only(report, 'bulk-sender-dkim').message).toContain('sel24._domainkey.good.example (RSA 2048)');
    expect(only(report, 'bulk-sender-not-checked').points).toBe(0);
    expect(report.findings.map((finding) => finding.category).every((category) => ['spf', 'dkim', 'dmarc', 'mx', 'blocklist'].includes(category))).toBe(true);
    expect(code).toBe(0);
  });

  it('counts SPF lookups through includes: 11 is a permerror', async () => {
    const { code, report } = await check('lookups.example', '--selector', 'sel24');
    expect(scored(report)).toEqual(['spf-too-many-lookups 5']);
    const finding = only(report, 'spf-too-many-lookups');
    expect(finding.category).toBe('spf');
    expect(finding.message).toContain('11 DNS lookups');
    expect(finding.evidence).toContain('two.lookups.example: a:h9.lookups.example');
    expect(checklist(report)['bulk-sender-spf']).toBe('Fail');
    expect(checklist(report)['bulk-sender-reverse-dns']).toBe('Not verified');
    expect(code).toBe(1);
  });

  it('finds two SPF records', async () => {
    const { code, report } = await check('two.example', '--selector', 'sel24');
    expect(scored(report)).toEqual(['spf-multiple-records 5']);
    expect(only(report, 'spf-multiple-records').evidence).toBe('v=spf1 ip4:192.0.2.1 -all | v=spf1 include:_spf.esp.example ~all');
    expect(code).toBe(1);
  });

  it('finds +all', async () => {
    const { code, report } = await check('passall.example', '--selector', 'sel24');
    expect(scored(report)).toEqual(['spf-pass-all 5']);
    expect(only(report, 'spf-pass-all').evidence).toBe('v=spf1 +all');
    expect(checklist(report)['bulk-sender-spf']).toBe('Fail');
    expect(code).toBe(1);
  });

  it('counts void lookups', async () => {
    const { report } = await check('void.example', '--selector', 'sel24');
    expect(scored(report)).toEqual(['spf-void-lookups 5']);
    expect(only(report, 'spf-void-lookups').evidence).toBe('void.example: a:n1.void.example, void.example: a:n2.void.example, void.example: a:n3.void.example');
  });

  it('finds a missing DMARC record', async () => {
    const { code, report } = await check('nodmarc.example', '--selector', 'sel24');
    expect(scored(report)).toEqual(['dmarc-missing 5']);
    expect(only(report, 'dmarc-missing').category).toBe('dmarc');
    expect(checklist(report)['bulk-sender-dmarc']).toBe('Fail');
    expect(code).toBe(1);
  });

  it('advises on p=none without reports, and reads the organisational domain for a subdomain', async () => {
    const { code, report } = await check('none.example', '--selector', 'sel24');
    expect(scored(report)).toEqual(['dmarc-policy-none 1', 'dmarc-no-rua 1']);
    expect(only(report, 'dmarc-policy-none').suggestion).toContain('p=quarantine');
    expect(checklist(report)['bulk-sender-dmarc']).toBe('Pass');
    expect(report.level).toBe('low');
    expect(code).toBe(0);

    const sub = await check('news.none.example', '--selector', 'sel24');
    expect(scored(sub.report)).toEqual(['mx-missing 2', 'dmarc-policy-none 1', 'dmarc-no-rua 1']);
    expect(only(sub.report, 'dmarc-inherited').message).toContain('organisational domain none.example');
    expect(only(sub.report, 'mx-missing').message).toContain('falls back to its A/AAAA');
  });

  it('finds a 1024-bit DKIM key and a revoked selector', async () => {
    const { code, report } = await check('weak.example', '--selector', 'sel24,old');
    expect(scored(report)).toEqual(['dkim-revoked 5', 'dkim-weak-key 2']);
    expect(only(report, 'dkim-weak-key').evidence).toBe('sel24._domainkey.weak.example: RSA 1024 bits');
    expect(checklist(report)['bulk-sender-dkim']).toBe('Fail');
    expect(code).toBe(1);
  });

  it('guesses common selectors when none is given', async () => {
    const { report } = await check('good.example');
    expect(scored(report)).toEqual(['dkim-not-found 2']);
    expect(checklist(report)['bulk-sender-dkim']).toBe('Not verified');
    expect(server.queries).toContain('TXT selector1._domainkey.good.example');
  });

  it('queries blocklists only when asked, and names the list', async () => {
    const before = server.queries.length;
    await check('good.example', '--selector', 'sel24', '--ip', '192.0.2.99');
    expect(server.queries.slice(before).some((query) => query.includes('bl.example'))).toBe(false);

    const { code, report } = await check('good.example', '--selector', 'sel24', '--ip', '192.0.2.99', '--ip-blocklist', 'bl.example,refuse.bl.example', '--domain-blocklist', 'dbl.example');
    expect(scored(report)).toEqual(['ptr-missing 5', 'blocklist-listed 5']);
    const listed = only(report, 'blocklist-listed');
    expect(listed.category).toBe('blocklist');
    expect(listed.message).toContain('listed on bl.example');
    expect(listed.message).toContain('Listed for testing');
    expect(listed.evidence).toBe('99.2.0.192.bl.example → 127.0.0.2');
    expect(only(report, 'blocklist-unavailable').message).toContain('refuse.bl.example refused the query');
    expect(server.queries).toContain('A good.example.dbl.example');
    expect(checklist(report)['bulk-sender-reverse-dns']).toBe('Fail');
    expect(checklist(report)['bulk-sender-spf-authorizes-ips']).toBe('Pass');
    expect(code).toBe(1);
  });

  it('finds an IP the SPF record does not authorise', async () => {
    const { report } = await check('good.example', '--selector', 'sel24', '--ip', '203.0.113.7');
    expect(scored(report)).toEqual(['ptr-missing 5', 'spf-ip-not-authorized 5']);
    expect(only(report, 'spf-ip-not-authorized').message).toContain('gives fail');
  });

  it('exits 2 when DNS fails for the domain', async () => {
    const result = await run(['broken.example', '--dns', server.address, '--timeout', '500', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.example: DNS could not be queried: .*ESERVFAIL/);
    expect(JSON.parse(result.stdout)).toEqual([{ file: 'broken.example', error: expect.stringContaining('ESERVFAIL') }]);
    // The text summary counts domains, not files.
    const text = await run(['broken.example', '--dns', server.address, '--timeout', '500']);
    expect(text.stdout).toContain('✖ 0 domains checked: 0 high, 0 medium, 0 low · 1 domain could not be checked (errors on stderr)');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a.example', 'b.example'])).code).toBe(2);
    const badIp = await run(['good.example', '--ip', '300.1.1.1', '--dns', server.address]);
    expect(badIp.code).toBe(2);
    expect(badIp.stderr).toContain('"300.1.1.1" is not an IPv4 or IPv6 address');
    expect((await run(['good.example', '--dns', 'dns.example'])).stderr).toContain('--dns must be an IP address');
    expect((await run(['not_a_domain'])).code).toBe(2);
    expect((await run(['good.example', '--frobnicate'])).stderr).toContain('unknown option --frobnicate');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: spamrisk domain <domain>');
  });

  it('prints the text format like spamrisk check', async () => {
    const result = await run(['lookups.example', '--dns', server.address, '--selector', 'sel24']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('lookups.example');
    expect(result.stdout).toContain('spf-too-many-lookups');
    expect(result.stdout).toContain('Fail: lookups.example publishes one valid SPF record');
    expect(result.stdout).toMatch(/✖ 1 domain checked: 1 high, 0 medium, 0 low · 1 at or above 5\.0\n/);
  });

  it('writes SARIF', async () => {
    const result = await run(['passall.example', '--dns', server.address, '--selector', 'sel24', '--format', 'sarif']);
    const sarif = JSON.parse(result.stdout) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.runs[0]?.results.find((entry) => entry.ruleId === 'spf-pass-all')?.level).toBe('error');
  });
});
