/**
 * Each output format of the real CLI, checked against its contract: JSON against the Report
 * schema, SARIF against the SARIF 2.1.0 JSON schema (vendored in test/cli/schemas/) plus what
 * GitHub code scanning needs, JUnit XML parsed as XML.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../core/index.ts';
import { escapeXml } from '../../cli/formatters/junit.ts';
import reportSchema from '../../core/schema/report.schema.json' with { type: 'json' };
import filesSchema from '../../cli/schema/files.schema.json' with { type: 'json' };
import { buildCli, CLEAN_HTML, docBlock, isolatedConfig, makeTree, missingFromOutput, REPO, RISKY_HTML, runCli, sarifValidator, type BuiltCli } from './helpers.ts';

let cli: BuiltCli;
let cwd: string;
let disposeTree: () => void;

/** `<b>` and `&` in a file name and in the evidence, to check escaping. */
const AWKWARD_NAME = 'promo <b>&amp; "x".html';
const AWKWARD_HTML = '<p>Tom &amp; Jerry\'s <b>acme</b> widget</p>\n<p>the acme widget &lt;now&gt;</p>';
const QP_EML = [
  'From: Shop <news@shop.example>',
  'Subject: =?UTF-8?Q?Caf=C3=A9_news?=',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><body>',
  '<p>Caf=C3=A9 news: a line long enough to be soft wrapped by the quoted-printable enco=',
  'der, and then the acme widget.</p>',
  '</body></html>',
  '',
].join('\r\n');
/** base64 cannot be mapped back to the file: positions stay in the decoded part. */
const BASE64_EML = [
  'From: Shop <news@shop.example>',
  'Subject: Hello',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  'PGh0bWw+PGJvZHk+CjxwPkNhZsOpIG5ld3M6IHRoZSBhY21lIHdpZGdldC48L3A+CjwvYm9keT48L2h0bWw+Cg==',
  '',
].join('\r\n');

beforeAll(async () => {
  cli = await buildCli();
  const tree = makeTree({
    'spamrisk.config.json': JSON.stringify(isolatedConfig()),
    'mail/clean.html': CLEAN_HTML,
    'mail/risky.html': RISKY_HTML,
    [`mail/${AWKWARD_NAME}`]: AWKWARD_HTML,
    'mail/qp.eml': QP_EML,
    'mail/b64.eml': BASE64_EML,
  });
  cwd = tree.root;
  disposeTree = tree.dispose;
}, 120_000);
afterAll(() => {
  cli?.dispose();
  disposeTree?.();
});

describe('--format text', () => {
  it("is what docs/cli.md's example shows, cut where it says", () => {
    const excerpt = docBlock('examples/phishing-like.html');
    const result = runCli(cli, ['--no-config', 'examples/'], { cwd: REPO });
    expect(result.code).toBe(1);
    expect(missingFromOutput(excerpt, result.stdout.split('\n'))).toBeNull();
    // The check does fail on a stale example.
    expect(missingFromOutput(['examples/phishing-like.html', '  10.2 high · fails (score ≥ 5.0) · 12 findings'], result.stdout.split('\n'))).not.toBeNull();
  });
});

describe('--format json', () => {
  it('is an array of { file, report } whose reports match the Report schema', () => {
    const result = runCli(cli, ['mail', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    const entries = JSON.parse(result.stdout) as { file: string; report: unknown }[];
    expect(entries.map((entry) => entry.file)).toEqual(['mail/b64.eml', 'mail/clean.html', `mail/${AWKWARD_NAME}`, 'mail/qp.eml', 'mail/risky.html']);
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(['file', 'report', 'positions']);
      expect(validate(entry.report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  type Place = { line: number; column?: number; endLine?: number; endColumn?: number; decoded?: { in: string; line: number; column: number } } | null;
  const entriesOf = (args: string[]) =>
    JSON.parse(runCli(cli, [...args, '--format', 'json'], { cwd }).stdout) as { file: string; report: { findings: { rule: string; evidence: string }[] }; positions: Place[] }[];

  it('places each finding in the file, line and column, as SARIF does (positions, aligned with the findings)', () => {
    const [risky] = entriesOf(['mail/risky.html']);
    expect(risky?.report.findings.map((finding) => finding.evidence)).toEqual(['acme widget']);
    expect(risky?.positions).toEqual([{ line: 4, column: 12, endLine: 4, endColumn: 23 }]);
    // A quoted-printable part maps back to the file, after a soft line break and an encoded `é`.
    expect(entriesOf(['mail/qp.eml'])[0]?.positions).toEqual([{ line: 8, column: 19, endLine: 8, endColumn: 30 }]);
  });

  it('gives a base64 part\'s finding its anchor line and its place in the decoded part, and null for the whole message', () => {
    expect(entriesOf(['mail/b64.eml'])[0]?.positions).toEqual([{ line: 3, decoded: { in: 'html-part', line: 2, column: 19, endLine: 2, endColumn: 30 } }]);
    // A subject given with --subject is no line of the file: line 1, and its column in the subject.
    const subject = JSON.parse(runCli(cli, ['--no-config', 'mail/clean.html', '--subject', 'Act now: free money, risk free', '--format', 'json'], { cwd }).stdout) as {
      report: { findings: { location?: { in: string; start: number; end: number } }[] };
      positions: Place[];
    }[];
    const inSubject = subject[0]?.report.findings.flatMap((finding, index) => (finding.location?.in === 'subject' ? [{ location: finding.location, place: subject[0]?.positions[index] }] : [])) ?? [];
    expect(inSubject.length).toBeGreaterThan(0);
    for (const { location, place } of inSubject) {
      expect(place).toEqual({ line: 1, decoded: { in: 'subject', line: 1, column: location.start + 1, endLine: 1, endColumn: location.end + 1 } });
    }
    // Every rule on: whole-message findings (no location) are null, the others placed.
    const everything = runCli(cli, ['--no-config', '--format', 'json', `${REPO}examples/risky-promo.html`], { cwd });
    const [promo] = JSON.parse(everything.stdout) as { report: { findings: { location?: unknown }[] }; positions: Place[] }[];
    expect(promo?.positions).toHaveLength(promo?.report.findings.length ?? -1);
    expect(promo?.positions.map((place) => place === null)).toEqual(promo?.report.findings.map((finding) => finding.location === undefined));
    expect(promo?.positions.some((place) => place !== null)).toBe(true);
  });

  it('agrees with SARIF on every finding it places in the file', () => {
    const files = [`${REPO}examples/risky-promo.html`, `${REPO}examples/phishing-like.html`];
    const json = JSON.parse(runCli(cli, ['--no-config', '--format', 'json', ...files], { cwd }).stdout) as { report: { findings: { rule: string; points: number }[] }; positions: Place[] }[];
    const sarif = JSON.parse(runCli(cli, ['--no-config', '--format', 'sarif', '--sarif-advice', ...files], { cwd }).stdout) as { runs: { results: SarifResult[] }[] };
    const regions = sarif.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.region) ?? [];
    const places = json.flatMap((entry) => entry.positions);
    expect(places).toHaveLength(regions.length);
    places.forEach((place, index) => {
      const region = regions[index];
      expect(place?.line ?? 1).toBe(region?.startLine);
      if (place && !place.decoded) expect(place).toEqual({ line: region?.startLine, column: region?.startColumn, endLine: region?.endLine, endColumn: region?.endColumn });
    });
  });

  it('matches files.schema.json as a whole, unreadable files included', () => {
    const result = runCli(cli, ['mail', 'mail/gone.html', '--format', 'json'], { cwd });
    const validate = new Ajv({ allErrors: true }).addSchema(reportSchema).compile(filesSchema);
    const entries = JSON.parse(result.stdout) as unknown[];
    expect(validate(entries), JSON.stringify(validate.errors)).toBe(true);
    expect(entries).toContainEqual({ file: 'mail/gone.html', error: 'mail/gone.html: no such file or directory' });
    // The schema does reject what is not a report.
    expect(validate([{ file: 'a.html', report: { score: 1 } }])).toBe(false);
    expect(validate([{ file: 'a.html' }])).toBe(false);
    const report = (entries.find((entry) => (entry as { file: string }).file === 'mail/risky.html') as { report: unknown }).report;
    expect(validate([{ file: 'a.html', report, positions: [{ line: 4, column: 0, endLine: 4, endColumn: 2 }] }])).toBe(false);
    expect(validate([{ file: 'a.html', report, positions: [{ line: 4 }] }])).toBe(false);
    // Each entry kind names exactly the properties the formatter writes, and refuses any other.
    const kinds = filesSchema.definitions.entry.oneOf.map((kind) => Object.keys(kind.properties).sort().join(' '));
    const written = [...new Set(entries.map((entry) => Object.keys(entry as object).sort().join(' ')))];
    expect(kinds.sort()).toEqual(written.sort());
    const { positions } = entries.find((entry) => (entry as { file: string }).file === 'mail/risky.html') as { positions: unknown[] };
    expect(validate([{ file: 'a.html', report, positions }])).toBe(true);
    expect(validate([{ file: 'a.html', report, positions, position: null }])).toBe(false);
    expect(validate([{ file: 'a.html', error: 'a.html: no such file or directory', position: null }])).toBe(false);
  });
});

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  properties: { points: number };
}

describe('--format sarif', () => {
  const run = () => {
    const result = runCli(cli, ['mail', '--format', 'sarif'], { cwd });
    return { ...result, log: JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri: string; help: { text: string } }[] } }; results: SarifResult[]; originalUriBaseIds: Record<string, { uri: string }>; invocations: { executionSuccessful: boolean }[] }[] } };
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    const { log, code } = run();
    expect(code).toBe(1);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator does reject what GitHub rejects (a 0 column, a result with no message).
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { message?: unknown; locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[] };
    const first = broken.runs[0]?.results[0];
    if (first?.locations[0]) first.locations[0].physicalLocation.region.startColumn = 0;
    expect(validate(broken)).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] })).toBe(false);
  });

  it('has one result per finding, with rule id, level, message and the region in the file', () => {
    const { log } = run();
    const [sarifRun] = log.runs;
    const json = JSON.parse(runCli(cli, ['mail', '--format', 'json'], { cwd }).stdout) as { report: { findings: unknown[] } }[];
    expect(sarifRun?.results).toHaveLength(json.reduce((sum, entry) => sum + entry.report.findings.length, 0));
    const risky = sarifRun?.results.find((result) => result.locations[0]?.physicalLocation.artifactLocation.uri === 'mail/risky.html');
    expect(risky).toMatchObject({
      ruleId: 'custom-phrase',
      level: 'error',
      message: { text: expect.stringContaining('`acme widget` is on your own list') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'mail/risky.html', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 12, endLine: 4, endColumn: 23 } } }],
      properties: { points: 5 },
    });
    expect(sarifRun?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${cwd}/`);
    expect(sarifRun?.invocations[0]?.executionSuccessful).toBe(true);
  });

  it('percent-encodes file names in URIs', () => {
    const { log } = run();
    const uris = new Set(log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri));
    expect(uris).toContain('mail/promo%20%3Cb%3E%26amp%3B%20%22x%22.html');
  });

  it('makes URIs relative to the repository root when run from a subfolder, and to the working directory outside git', () => {
    type UriLog = { runs: { results: SarifResult[]; artifacts: { location: { uri: string; uriBaseId?: string } }[]; originalUriBaseIds: Record<string, { uri: string }> }[] };
    const sub = join(cwd, 'mail');
    const inRepo = JSON.parse(runCli(cli, ['--format', 'sarif', 'risky.html'], { cwd: sub }).stdout) as UriLog;
    expect(sarifValidator()(inRepo)).toBe(true);
    expect(inRepo.runs[0]?.artifacts.map((artifact) => artifact.location)).toEqual([{ uri: 'mail/risky.html', uriBaseId: '%SRCROOT%' }]);
    expect(inRepo.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'mail/risky.html', uriBaseId: '%SRCROOT%' });
    expect(inRepo.runs[0]?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${cwd}/`);
    // The message still names the file as the command line did.
    expect(inRepo.runs[0]?.results[0]?.message.text).toContain('risky.html scores');

    // A name that starts with two dots is a file at the root, not outside it.
    const dotted = makeTree({ '..risky.html': RISKY_HTML });
    try {
      const log = JSON.parse(runCli(cli, ['--no-config', '--format', 'sarif', '..risky.html'], { cwd: dotted.root }).stdout) as UriLog;
      expect(log.runs[0]?.artifacts.map((artifact) => artifact.location)).toEqual([{ uri: '..risky.html', uriBaseId: '%SRCROOT%' }]);
    } finally {
      dotted.dispose();
    }

    const outside = makeTree({ 'emails/risky.html': RISKY_HTML });
    try {
      rmSync(join(outside.root, '.git'), { recursive: true });
      const log = JSON.parse(runCli(cli, ['--no-config', '--format', 'sarif', 'risky.html'], { cwd: join(outside.root, 'emails') }).stdout) as UriLog;
      expect(log.runs[0]?.artifacts.map((artifact) => artifact.location)).toEqual([{ uri: 'risky.html', uriBaseId: '%SRCROOT%' }]);
      expect(log.runs[0]?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${outside.root}/emails/`);
    } finally {
      outside.dispose();
    }
  });

  it('gives each result a stable partialFingerprints, distinct for equal findings on one line', () => {
    type PrintLog = { runs: { results: (SarifResult & { partialFingerprints?: Record<string, string> })[] }[] };
    const tree = makeTree({ 'spamrisk.config.json': JSON.stringify(isolatedConfig()), 'min.html': '<p>Acme widget and an acme  widget.</p>' });
    try {
      const prints = () => {
        const log = JSON.parse(runCli(cli, ['-f', 'sarif', 'min.html'], { cwd: tree.root }).stdout) as PrintLog;
        expect(sarifValidator()(log)).toBe(true);
        return (log.runs[0]?.results ?? []).filter((result) => result.ruleId === 'custom-phrase').map((result) => ({ line: result.locations[0]?.physicalLocation.region.startLine, print: result.partialFingerprints?.['spamriskFinding/v1'] }));
      };
      const first = prints();
      expect(first).toHaveLength(2);
      expect(first.map((result) => result.line)).toEqual([1, 1]);
      for (const { print } of first) expect(print).toMatch(/^[0-9a-f]{32}$/);
      expect(first[0]?.print).not.toBe(first[1]?.print);
      expect(prints()).toEqual(first);
      // Moved down two lines, the findings keep their fingerprints.
      writeFileSync(join(tree.root, 'min.html'), '<!-- a -->\n\n<p>Acme widget and an acme  widget.</p>');
      expect(prints().map((result) => result.print)).toEqual(first.map((result) => result.print));
    } finally {
      tree.dispose();
    }
  });

  it('keeps every fingerprint when a sentence is added, though counts in the evidence change', () => {
    type PrintLog = { runs: { results: (SarifResult & { partialFingerprints?: Record<string, string> })[] }[] };
    const template = '<p>FREE!!! Act now!!! Limited time offer, click here, 100% guaranteed, cash bonus!!!</p>';
    const tree = makeTree({ 'promo.html': template });
    try {
      const results = () => (JSON.parse(runCli(cli, ['--no-config', '-f', 'sarif', '--sarif-advice', 'promo.html'], { cwd: tree.root }).stdout) as PrintLog).runs[0]?.results ?? [];
      const first = results();
      const density = () => results().find((result) => result.ruleId === 'phrase-density')?.message.text;
      const before = density();
      // The test relies on a count in the evidence: the phrase density's word count.
      expect(before).toMatch(/\d+ words/);
      writeFileSync(join(tree.root, 'promo.html'), `${template}\n<p>We will see you at the fair next week with the whole team.</p>`);
      expect(density()).not.toBe(before);
      const second = results();
      expect(second.map((result) => result.ruleId)).toEqual(first.map((result) => result.ruleId));
      expect(second.map((result) => result.partialFingerprints?.['spamriskFinding/v1'])).toEqual(first.map((result) => result.partialFingerprints?.['spamriskFinding/v1']));
      // Equal findings (three `!!!`) are still told apart.
      const prints = second.map((result) => result.partialFingerprints?.['spamriskFinding/v1']);
      expect(new Set(prints).size).toBe(prints.length);
    } finally {
      tree.dispose();
    }
  });

  it('maps findings in a quoted-printable .eml part back to the file', () => {
    const { log } = run();
    const qp = log.runs[0]?.results.find((result) => result.locations[0]?.physicalLocation.artifactLocation.uri === 'mail/qp.eml');
    // `acme widget` follows a soft line break and an encoded `é`: line 8 of the file.
    expect(qp?.locations[0]?.physicalLocation.region).toEqual({ startLine: 8, startColumn: 19, endLine: 8, endColumn: 30 });
    expect(qp?.message.text).not.toContain('decoded');
  });

  it('anchors findings in a base64 .eml part on the part header, giving the decoded position in the message', () => {
    const { log } = run();
    const b64 = log.runs[0]?.results.find((result) => result.locations[0]?.physicalLocation.artifactLocation.uri === 'mail/b64.eml');
    expect(b64?.locations[0]?.physicalLocation.region).toEqual({ startLine: 3 });
    expect(b64?.message.text).toContain('(line 2, column 19 of the decoded HTML part)');
  });

  it('describes every rule in tool.driver with its description, help and a link to its docs page', () => {
    const { log } = run();
    const driverRules = log.runs[0]?.tool.driver.rules ?? [];
    for (const rule of rules) {
      const described = driverRules.find((candidate) => candidate.id === rule.id);
      expect(described?.shortDescription.text).toBe(rule.description);
      expect(described?.helpUri).toMatch(new RegExp(`^https://.+/blob/main/docs/rules/${rule.id}\\.md$`));
      expect(described?.help.text).toContain(rule.description);
    }
    for (const result of log.runs[0]?.results ?? []) expect(driverRules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('reports unreadable files as tool notifications and still lists the other results', () => {
    const result = runCli(cli, ['mail/risky.html', 'mail/gone.html', '--format', 'sarif'], { cwd });
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout);
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'mail/gone.html: no such file or directory' } }],
    });
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it('gives whole-message findings line 1 (GitHub needs a line) under the default rules', () => {
    const result = runCli(cli, ['--no-config', '--format', 'sarif', 'examples/risky-promo.html', 'examples/order-shipped.eml'], { cwd: REPO });
    const log = JSON.parse(result.stdout);
    expect(sarifValidator()(log)).toBe(true);
    for (const sarifResult of log.runs[0].results as SarifResult[]) {
      expect(sarifResult.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('--format sarif: stdin', () => {
  const resultsOf = (stdout: string) => (JSON.parse(stdout) as { runs: { results: SarifResult[]; artifacts: { location: { uri: string } }[] }[] }).runs[0];

  it('points into the file --stdin-filename names, as for the file itself, and reads it as that file', () => {
    const named = runCli(cli, ['-f', 'sarif', '--stdin-filename', 'mail/risky.html', '-'], { cwd, input: RISKY_HTML });
    expect(named.stderr).toBe('');
    expect(named.code).toBe(1);
    expect(sarifValidator()(JSON.parse(named.stdout))).toBe(true);
    const run = resultsOf(named.stdout);
    expect(run?.artifacts.map((artifact) => artifact.location.uri)).toEqual(['mail/risky.html']);
    expect(run?.results.length).toBeGreaterThan(0);
    expect(run?.results.every((result) => result.locations.length === 1)).toBe(true);
    expect(run?.results).toEqual(resultsOf(runCli(cli, ['-f', 'sarif', 'mail/risky.html'], { cwd }).stdout)?.results);
    // A name ending in .eml is read as a message, as the file would be (here: one that is not MIME).
    const eml = runCli(cli, ['-f', 'json', '--stdin-filename', './mail/../mail/promo.eml', '-'], { cwd, input: RISKY_HTML });
    expect(eml.code).toBe(2);
    expect(JSON.parse(eml.stdout)).toEqual([{ file: 'mail/promo.eml', error: expect.stringContaining('is not a MIME message') }]);
  });

  it('warns on stderr that results from stdin have no location without --stdin-filename', () => {
    const unnamed = runCli(cli, ['-f', 'sarif', '-'], { cwd, input: RISKY_HTML });
    expect(unnamed.code).toBe(1);
    expect(unnamed.stderr).toContain('spamrisk: warning: stdin has no file name, so its SARIF results have no location');
    expect(unnamed.stderr).toContain('--stdin-filename <path>');
    expect(resultsOf(unnamed.stdout)?.results.some((result) => result.locations === undefined)).toBe(true);
    expect(runCli(cli, ['-f', 'json', '-'], { cwd, input: RISKY_HTML }).stderr).toBe('');
  });

  it('refuses --stdin-filename without "-"', () => {
    const result = runCli(cli, ['--stdin-filename', 'a.html', 'mail/risky.html'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--stdin-filename names what "-" (stdin) reads, and no "-" was given');
    expect(runCli(cli, ['explain', '--stdin-filename', 'a.txt', 'a.txt'], { cwd }).stderr).toContain('--stdin-filename names what "-" (stdin) reads');
  });

  it('explain: points at the file --stdin-filename names, as at the file itself, and warns without it', () => {
    const bounce = '550 5.1.1 <sam@example.com>: Recipient address rejected: User unknown\n';
    const bounceTree = makeTree({ 'bounces/b.txt': bounce });
    try {
      const file = runCli(cli, ['explain', '-f', 'sarif', 'bounces/b.txt'], { cwd: bounceTree.root });
      const named = runCli(cli, ['explain', '-f', 'sarif', '--stdin-filename', 'bounces/b.txt', '-'], { cwd: bounceTree.root, input: bounce });
      expect(named.stderr).toBe('');
      expect(named.code).toBe(1);
      expect(resultsOf(named.stdout)?.results.map((result) => result.locations)).toEqual(resultsOf(file.stdout)?.results.map((result) => result.locations));
      expect(resultsOf(named.stdout)?.results.every((result) => result.locations?.length === 1)).toBe(true);
      const unnamed = runCli(cli, ['explain', '-f', 'sarif', '-'], { cwd: bounceTree.root, input: bounce });
      expect(unnamed.stderr).toContain('spamrisk: warning: stdin has no file name, so its SARIF results have no location');
      expect(resultsOf(unnamed.stdout)?.results.every((result) => result.locations === undefined)).toBe(true);
    } finally {
      bounceTree.dispose();
    }
  });
});

describe('--format sarif: advice', () => {
  interface AdviceLog {
    runs: { results: { level: string; properties: { points: number } }[]; properties?: { adviceOmitted?: number } }[];
  }
  const templates = ['--no-config', 'examples/newsletter.html', 'examples/order-receipt.html', 'examples/risky-promo.html'];

  it('leaves 0-point advice out by default (it flooded code scanning), and the text and JSON reports keep it', () => {
    const entries = JSON.parse(runCli(cli, ['-f', 'json', ...templates], { cwd: REPO }).stdout) as { report: { findings: { points: number }[] } }[];
    const findings = entries.flatMap((entry) => entry.report.findings);
    const advice = findings.filter((finding) => finding.points <= 0).length;
    expect(advice).toBeGreaterThan(0);
    const log = JSON.parse(runCli(cli, ['-f', 'sarif', ...templates], { cwd: REPO }).stdout) as AdviceLog;
    expect(sarifValidator()(log)).toBe(true);
    const [run] = log.runs;
    expect(run?.results).toHaveLength(findings.length - advice);
    expect(run?.results.every((result) => result.properties.points > 0 && result.level !== 'note' && result.level !== 'none')).toBe(true);
    expect(run?.properties?.adviceOmitted).toBe(advice);
    expect(runCli(cli, templates, { cwd: REPO }).stdout).toMatch(/^ +- +0\.0 +missing-unsubscribe|0\.0 +[a-z-]+ /m);
  });

  it('lists advice at level "none" with --sarif-advice', () => {
    const log = JSON.parse(runCli(cli, ['-f', 'sarif', '--sarif-advice', ...templates], { cwd: REPO }).stdout) as AdviceLog;
    expect(sarifValidator()(log)).toBe(true);
    const [run] = log.runs;
    const advice = run?.results.filter((result) => result.properties.points <= 0) ?? [];
    expect(advice.length).toBeGreaterThan(0);
    expect(advice.every((result) => result.level === 'none')).toBe(true);
    expect(run?.properties).toBeUndefined();
  });
});

/** Well-formed XML: the DOM parser finds no error, and every `&` starts an entity (which happy-dom does not check). */
function parseXml(xml: string): Document {
  expect(xml.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, '')).not.toContain('&');
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const document = new new Window().DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('--format junit', () => {
  it('has one test case per file and a failure, with the findings, for each risky one', () => {
    const result = runCli(cli, ['mail', 'mail/nothing.html', '--format', 'junit'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const document = parseXml(result.stdout);
    const suite = document.getElementsByTagName('testsuite')[0];
    expect(suite?.getAttribute('tests')).toBe('6');
    expect(suite?.getAttribute('failures')).toBe('4');
    expect(suite?.getAttribute('errors')).toBe('1');
    const cases = [...document.getElementsByTagName('testcase')];
    expect(cases.map((testCase) => testCase.getAttribute('name'))).toEqual([
      'mail/b64.eml',
      'mail/clean.html',
      `mail/${AWKWARD_NAME}`,
      'mail/qp.eml',
      'mail/risky.html',
      'mail/nothing.html',
    ]);
    const clean = cases[1];
    expect(clean?.children).toHaveLength(0);
    const failure = cases[4]?.getElementsByTagName('failure')[0];
    expect(failure?.getAttribute('message')).toBe('score 5.0 (high) is at or above 5.0');
    expect(failure?.textContent).toContain('mail/risky.html:4:12 5.0 custom-phrase: `acme widget` is on your own list');
    expect(cases[5]?.getElementsByTagName('error')[0]?.getAttribute('message')).toBe('mail/nothing.html: no such file or directory');
  });

  it('writes every finding as file:line:column, where SARIF places it, with a base64 part\'s decoded position in words', () => {
    const b64 = parseXml(runCli(cli, ['mail/b64.eml', '--format', 'junit'], { cwd }).stdout);
    expect(b64.getElementsByTagName('failure')[0]?.textContent).toContain(
      'mail/b64.eml:3:1 5.0 custom-phrase: `acme widget` is on your own list of phrases to avoid. (line 2, column 19 of the decoded HTML part)',
    );
    // Under the default rules, with whole-message findings (line 1) and .eml parts; a low
    // threshold so that every file fails and lists its findings.
    const files = ['examples/risky-promo.html', 'mail/b64.eml', 'mail/qp.eml'].map((file) => (file.startsWith('mail/') ? `${cwd}/${file}` : file));
    const args = ['--no-config', '-t', '0.1', ...files];
    const junit = parseXml(runCli(cli, [...args, '--format', 'junit'], { cwd: REPO }).stdout);
    const sarif = JSON.parse(runCli(cli, [...args, '--format', 'sarif', '--sarif-advice'], { cwd: REPO }).stdout) as { runs: { results: SarifResult[] }[] };
    const sarifPlaces = (sarif.runs[0]?.results ?? []).map((result) => {
      const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? { artifactLocation: { uri: '' }, region: {} };
      const file = artifactLocation.uri.startsWith('file://') ? decodeURIComponent(new URL(artifactLocation.uri).pathname) : artifactLocation.uri;
      return `${file}:${region.startLine}:${region.startColumn ?? 1}`;
    });
    const junitPlaces = [...junit.getElementsByTagName('failure')].flatMap((failure) =>
      (failure.textContent ?? '')
        .split('\n')
        .slice(1)
        .filter((line) => !line.startsWith('    → '))
        .map((line) => {
          expect(line).toMatch(/^\S+:\d+:\d+ -?\d+\.\d [a-z0-9-]+: /);
          return line.slice(0, line.indexOf(' '));
        }),
    );
    expect(junitPlaces).toEqual(sarifPlaces);
    expect(new Set(junitPlaces.map((place) => place.slice(0, place.indexOf(':'))))).toEqual(new Set(files));
    // A finding about the whole message (no location) is on line 1, column 1.
    const entries = JSON.parse(runCli(cli, [...args, '--format', 'json'], { cwd: REPO }).stdout) as { file: string; report: { findings: { location?: unknown }[] } }[];
    const whole = entries.flatMap((entry) => entry.report.findings.flatMap((finding, index) => (finding.location ? [] : [[entry.file, index] as const])));
    expect(whole.length).toBeGreaterThan(0);
    const placesOf = (file: string) => junitPlaces.filter((place) => place.startsWith(`${file}:`));
    for (const [file, index] of whole) expect(placesOf(file)[index]).toBe(`${file}:1:1`);
  });

  it('escapes names and evidence', () => {
    const result = runCli(cli, [`mail/${AWKWARD_NAME}`, '--format', 'junit'], { cwd });
    const document = parseXml(result.stdout);
    const testCase = document.getElementsByTagName('testcase')[0];
    expect(testCase?.getAttribute('file')).toBe(`mail/${AWKWARD_NAME}`);
    expect(testCase?.getElementsByTagName('failure')[0]?.textContent).toContain('`acme widget`');
  });
});

describe('escapeXml', () => {
  it('escapes markup and replaces what XML 1.0 cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('bell\u0007 nul\u0000 tab\t lone\ud800 pair\ud83d\ude00')).toBe('bell\ufffd nul\ufffd tab\t lone\ufffd pair\ud83d\ude00');
  });
});
