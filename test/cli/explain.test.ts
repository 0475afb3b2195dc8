/**
 * `spamrisk explain`, run as users run it (the built bin in a subprocess), on bounces written from
 * the published formats (test/cli/fixtures/explain/README.md): exit codes, the main cause and its
 * category, every output format (SARIF against the vendored 2.1.0 schema), input errors that name
 * the file without hiding the others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import reportSchema from '../../core/schema/report.schema.json' with { type: 'json' };
import { buildCli, makeTree, runCli, sarifValidator, type BuiltCli } from './helpers.ts';

const FIXTURES = new URL('./fixtures/explain/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

const GMAIL = 'bounces/gmail-5.7.26-dsn.eml';
const MICROSOFT = 'bounces/microsoft-5.7.515-ndr.txt';
const EXIM = 'bounces/exim-relay-denied.txt';
const HEADERS = 'bounces/spamassassin-headers.txt';
const UNRECOGNISED = 'bounces/unrecognised.txt';

let cli: BuiltCli;
let cwd: string;
let disposeTree: () => void;

beforeAll(async () => {
  cli = await buildCli();
  const tree = makeTree({
    [GMAIL]: fixture('gmail-5.7.26-dsn.eml'),
    [MICROSOFT]: fixture('microsoft-5.7.515-ndr.txt'),
    [EXIM]: fixture('exim-relay-denied.txt'),
    [HEADERS]: fixture('spamassassin-headers.txt'),
    [UNRECOGNISED]: fixture('unrecognised.txt'),
    'bounces/empty.txt': '\n',
    'bounces/outlook.msg': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    // A config for templates must not change how bounces are judged.
    'spamrisk.config.json': JSON.stringify({ threshold: 50 }),
  });
  cwd = tree.root;
  disposeTree = tree.dispose;
}, 120_000);
afterAll(() => {
  cli?.dispose();
  disposeTree?.();
});

interface Finding {
  rule: string;
  category: string;
  points: number;
  message: string;
  suggestion: string;
  evidence: string;
}
type Entry = { file: string; report: { score: number; level: string; findings: Finding[] } } | { file: string; error: string };

function json(args: string[], input?: string): { code: number; entries: Entry[]; stderr: string } {
  const result = runCli(cli, ['explain', '-f', 'json', ...args], { cwd, ...(input !== undefined ? { input } : {}) });
  return { code: result.code, entries: JSON.parse(result.stdout) as Entry[], stderr: result.stderr };
}

function mainCause(entry: Entry | undefined): Finding | undefined {
  return entry && 'report' in entry ? entry.report.findings[0] : undefined;
}

describe('spamrisk explain: causes and exit codes', () => {
  it.each([
    { file: GMAIL, category: 'authentication', rule: 'authentication-failed', code: 1 },
    { file: MICROSOFT, category: 'authentication', rule: 'authentication-failed', code: 1 },
    { file: EXIM, category: 'relay', rule: 'relay-denied', code: 1 },
    { file: HEADERS, category: 'content', rule: 'spamassassin-verdict', code: 1 },
    { file: UNRECOGNISED, category: 'other', rule: 'unrecognised-input', code: 0 },
  ])('$file → $category ($rule), exit $code', ({ file, category, rule, code }) => {
    const result = json([file]);
    expect(result.code, result.stderr).toBe(code);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]?.file).toBe(file);
    expect(mainCause(result.entries[0])).toMatchObject({ category, rule });
  });

  it('reads the domains and codes of the refusal into the main cause', () => {
    const [gmail, microsoft] = json([GMAIL, MICROSOFT]).entries.map(mainCause);
    expect(gmail?.message).toContain('sender.example');
    expect(gmail?.message).toContain('5.7.26');
    expect(gmail?.evidence).toContain('550-5.7.26');
    expect(microsoft?.message).toContain('5.7.515');
    expect(microsoft?.suggestion).toMatch(/DMARC/);
  });

  it('reports match the Report schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    for (const entry of json([GMAIL, MICROSOFT, EXIM, HEADERS, UNRECOGNISED]).entries) {
      expect('report' in entry && validate(entry.report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('gives an unrecognised text a 0-point finding that says so, and exit 0', () => {
    const result = json([UNRECOGNISED]);
    const entry = result.entries[0];
    expect(entry && 'report' in entry && entry.report.score).toBe(0);
    expect(mainCause(entry)?.message).toContain('does not recognise');
  });

  it('ignores the config file, and follows --threshold and --fail-on', () => {
    // The tree's spamrisk.config.json says threshold 50: explain keeps its own default of 5.
    expect(runCli(cli, ['explain', GMAIL], { cwd }).code).toBe(1);
    expect(runCli(cli, ['explain', '--threshold', '10', GMAIL], { cwd }).code).toBe(0);
    expect(runCli(cli, ['explain', '--threshold', '10', '--fail-on', 'medium', GMAIL], { cwd }).code).toBe(1);
    expect(runCli(cli, ['explain', '--fail-on', 'medium', UNRECOGNISED], { cwd }).code).toBe(0);
  });

  it('merges the content check of the returned message, unless --no-content', () => {
    const returned = (entries: Entry[]) => mainCauseList(entries[0]).filter((finding) => finding.message.startsWith('In the returned message'));
    const withContent = returned(json([GMAIL]).entries);
    expect(withContent.length).toBeGreaterThan(0);
    for (const finding of withContent) expect(finding.points).toBe(0);
    expect(returned(json(['--no-content', GMAIL]).entries)).toEqual([]);
  });

  it('reads stdin with -, and refuses empty stdin (exit 2) naming it', () => {
    const piped = json(['-'], fixture('exim-relay-denied.txt'));
    expect(piped.code).toBe(1);
    expect(piped.entries[0]?.file).toBe('<stdin>');
    expect(mainCause(piped.entries[0])?.category).toBe('relay');
    const empty = runCli(cli, ['explain', '-'], { cwd, input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('spamrisk: <stdin>: is empty');
  });

  it('names each missing, empty or binary file (exit 2) and still explains the others', () => {
    const result = json([GMAIL, 'bounces/gone.eml', 'bounces/empty.txt', 'bounces/outlook.msg', EXIM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('spamrisk: bounces/gone.eml: no such file');
    expect(result.stderr).toContain('spamrisk: bounces/empty.txt: is empty');
    expect(result.stderr).toContain('spamrisk: bounces/outlook.msg: is not a text file');
    expect(result.entries.map((entry) => [entry.file, 'error' in entry])).toEqual([
      [GMAIL, false],
      ['bounces/gone.eml', true],
      ['bounces/empty.txt', true],
      ['bounces/outlook.msg', true],
      [EXIM, false],
    ]);
    expect(mainCause(result.entries[4])?.category).toBe('relay');
  });

  it('usage errors exit 2 and name the problem', () => {
    const none = runCli(cli, ['explain'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no input');
    const unknown = runCli(cli, ['explain', '--subject', 'x', GMAIL], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --subject');
    expect(runCli(cli, ['explain', '-f', 'xml', GMAIL], { cwd }).stderr).toContain('--format must be one of text, json, sarif, junit');
    const help = runCli(cli, ['explain', '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: spamrisk explain');
  });
});

function mainCauseList(entry: Entry | undefined): Finding[] {
  return entry && 'report' in entry ? entry.report.findings : [];
}

describe('spamrisk explain: text', () => {
  it('puts the main cause first, with its category, message, what to do and the evidence, then the others', () => {
    const result = runCli(cli, ['explain', GMAIL, UNRECOGNISED], { cwd });
    expect(result.code).toBe(1);
    const block = result.stdout.split('\n\n')[0] as string;
    const lines = block.split('\n');
    expect(lines[0]).toBe(GMAIL);
    expect(lines[1]).toBe('  8.0 high · fails (score ≥ 5.0) · authentication');
    expect(lines[2]).toBe('  Main cause: authentication · authentication-failed · 8.0 points');
    expect(lines[3]).toMatch(/^ {4}Gmail refused the message as unauthenticated/);
    expect(lines[4]).toMatch(/^ {4}→ What to do: /);
    expect(lines[5]).toMatch(/^ {4}Evidence: 550-5\.7\.26 This mail is unauthenticated/);
    expect(lines[6]).toMatch(/^ {2}Also found \(\d+\):$/);
    expect(lines[7]).toContain('In the returned message:');
    expect(result.stdout).toContain('unrecognised-input');
    expect(result.stdout).toMatch(/✖ 2 files explained: 1 high, 0 medium, 1 low · 1 at or above 5\.0\n$/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('--quiet prints only failing inputs', () => {
    const quiet = runCli(cli, ['explain', '-q', UNRECOGNISED], { cwd });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(runCli(cli, ['explain', '-q', UNRECOGNISED, EXIM], { cwd }).stdout).not.toContain(UNRECOGNISED);
  });
});

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; properties: { category: string; points: number } }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

describe('spamrisk explain: sarif and junit', () => {
  it('SARIF validates against the 2.1.0 schema, puts each finding on line 1 and links causes to docs/explain.md#causes', () => {
    // With advice, so that the returned message's 0-point content findings are placed too.
    const result = runCli(cli, ['explain', '-f', 'sarif', '--sarif-advice', GMAIL, MICROSOFT, EXIM, HEADERS, UNRECOGNISED, 'bounces/gone.eml'], { cwd });
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [run] = log.runs;
    const rules = run?.tool.driver.rules ?? [];
    const results = run?.results ?? [];
    expect(results.length).toBeGreaterThan(5);
    for (const sarifResult of results) {
      expect(sarifResult.locations?.[0]?.physicalLocation.region).toEqual({ startLine: 1 });
      expect(rules[sarifResult.ruleIndex]?.id).toBe(sarifResult.ruleId);
    }
    const gmail = results.find((entry) => entry.locations?.[0]?.physicalLocation.artifactLocation.uri === GMAIL);
    expect(gmail).toMatchObject({ ruleId: 'authentication-failed', level: 'error', properties: { category: 'authentication', points: 8 } });
    const cause = rules.find((rule) => rule.id === 'relay-denied');
    expect(cause?.helpUri).toMatch(/\/blob\/main\/docs\/explain\.md#causes$/);
    expect(rules.find((rule) => rule.id === 'spamassassin-verdict')?.helpUri).toMatch(/docs\/explain\.md#causes$/);
    // A content finding of the returned message links to its rule page.
    const content = results.find((entry) => entry.message.text.startsWith('In the returned message'));
    expect(rules[content?.ruleIndex ?? -1]?.helpUri).toMatch(/\/docs\/rules\/[a-z0-9-]+\.md$/);
    expect(run?.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'bounces/gone.eml: no such file' } }] });
  });

  it('JUnit has a failure for a refused message and none for an unrecognised text', () => {
    const result = runCli(cli, ['explain', '-f', 'junit', EXIM, UNRECOGNISED], { cwd });
    expect(result.code).toBe(1);
    const document = new new Window().DOMParser().parseFromString(result.stdout, 'application/xml') as unknown as Document;
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const cases = [...document.getElementsByTagName('testcase')];
    expect(cases.map((testcase) => [testcase.getAttribute('name'), testcase.getElementsByTagName('failure').length])).toEqual([
      [EXIM, 1],
      [UNRECOGNISED, 0],
    ]);
    expect(cases[0]?.textContent).toContain('relay-denied');
  });

  it('--output writes the report to a file', () => {
    const result = runCli(cli, ['explain', '-f', 'json', '-o', 'out.json', EXIM], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(mainCause((JSON.parse(readFileSync(join(cwd, 'out.json'), 'utf8')) as Entry[])[0])?.rule).toBe('relay-denied');
  });
});
