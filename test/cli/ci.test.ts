/**
 * The ready-made CI steps: action.yml (a composite GitHub Action) and .pre-commit-hooks.yaml.
 * The action's scripts run here under bash as the runner runs them, with its inputs as the
 * environment it maps them to and the built CLI as the installed spamrisk; the reports they write
 * are checked against their schemas. The pre-commit hook runs as pre-commit invokes it: its entry
 * with its args and the staged file names.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import reportSchema from '../../core/schema/report.schema.json' with { type: 'json' };
import filesSchema from '../../cli/schema/files.schema.json' with { type: 'json' };
import { buildCli, CLEAN_HTML, makeTree, REPO, sarifValidator, type BuiltCli } from './helpers.ts';
import { RISKY_EMAIL } from './vite/projects.ts';

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const step = (name: string) => action.runs.steps.find((candidate) => candidate.name === name) as Step;

let cli: BuiltCli;
const trees: { dispose(): void }[] = [];
beforeAll(async () => {
  cli = await buildCli();
}, 120_000);
afterAll(() => {
  cli?.dispose();
  for (const tree of trees) tree.dispose();
});

function repository(): string {
  const tree = makeTree({ 'emails/welcome.html': CLEAN_HTML, 'emails/promo.html': RISKY_EMAIL, 'emails/drafts/idea.html': RISKY_EMAIL, 'README.md': '# site' });
  trees.push(tree);
  return tree.root;
}

/**
 * Runs one step's script as the runner runs `shell: bash` (`bash --noprofile --norc -eo pipefail`),
 * its `env` filled from `inputs` (else the defaults).
 */
function runStep(name: string, cwd: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const { run, env = {} } = step(name);
  const values = (expression: string) =>
    expression.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? '').replace(/\$\{\{\s*steps\.run\.outputs\.([\w-]+)\s*\}\}/g, (_, output: string) => extra[`output:${output}`] ?? '');
  const outputs = join(cwd, 'github-output.txt');
  writeFileSync(outputs, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run ?? ''], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputs, SPAMRISK_BIN: cli.bin, ...Object.fromEntries(Object.entries(env).map(([key, value]) => [key, values(value)])) },
  });
  const written = Object.fromEntries(
    readFileSync(outputs, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: written };
}

describe('action.yml', () => {
  it('is a composite action whose scripts take inputs only through the environment', () => {
    expect(action.runs.using).toBe('composite');
    for (const each of action.runs.steps) {
      if (each.run) {
        // `${{ inputs.x }}` in a script would let an input inject shell code.
        expect(each.run, each.name).not.toContain('${{');
        expect(spawnSync('bash', ['--noprofile', '--norc', '-n', '-c', each.run]).status, `${each.name}: bash syntax`).toBe(0);
      }
      for (const match of JSON.stringify(each).matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs), each.name).toContain(match[1]);
    }
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'fail-on', 'upload-sarif']));
    expect(step('Upload findings to code scanning').uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(action.outputs['exit-code']?.value).toBe('${{ steps.run.outputs.exit-code }}');
  });

  it('scores the paths with the defaults, writes valid SARIF for the upload and leaves the verdict to the last step', () => {
    const cwd = repository();
    const run = runStep('Score templates', cwd, { paths: 'emails\n!emails/drafts/**' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ 'exit-code': '1', report: 'spamrisk.sarif' });
    const log = JSON.parse(readFileSync(join(cwd, 'spamrisk.sarif'), 'utf8')) as { runs: { artifacts: { location: { uri: string } }[] }[] };
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]?.artifacts.map((artifact) => artifact.location.uri)).toEqual(['emails/promo.html', 'emails/welcome.html']);

    const fail = runStep('Fail on risky templates', cwd, {}, { 'output:exit-code': '1', 'output:report': 'spamrisk.sarif' });
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('::error title=spamrisk::A template is at or above the spam threshold; see the findings in spamrisk.sarif.');
  });

  it('passes format, threshold, fail-on and several paths on one line', () => {
    const cwd = repository();
    const lenient = runStep('Score templates', cwd, { paths: 'emails/welcome.html emails/promo.html', format: 'json', threshold: '60' });
    expect(lenient.outputs).toEqual({ 'exit-code': '0', report: 'spamrisk.json' });
    const entries = JSON.parse(readFileSync(join(cwd, 'spamrisk.json'), 'utf8')) as unknown[];
    const validate = new Ajv().addSchema(reportSchema).compile(filesSchema);
    expect(validate(entries), JSON.stringify(validate.errors)).toBe(true);
    expect(entries).toHaveLength(2);
    // A threshold above promo.html's score, but with its medium half below it.
    const score = (entries.find((entry) => (entry as { file: string }).file === 'emails/promo.html') as { report: { score: number } }).report.score;
    const threshold = String(Math.ceil(score * 1.5));
    expect(runStep('Score templates', cwd, { paths: 'emails/promo.html', format: 'junit', threshold }).outputs['exit-code']).toBe('0');
    const strict = runStep('Score templates', cwd, { paths: 'emails/promo.html', format: 'junit', 'fail-on': 'medium', threshold });
    expect(strict.outputs['exit-code']).toBe('1');
    expect(readFileSync(join(cwd, 'spamrisk.xml'), 'utf8')).toContain('<testsuites name="spamrisk"');
    const missing = runStep('Score templates', cwd, { paths: 'nowhere/*.html' });
    expect(missing.outputs['exit-code']).toBe('2');
    expect(missing.stderr).toContain('nowhere/*.html: no .html, .htm or .eml file matches this pattern');
  });

  it('reads a value with a line break as one path per line, its spaces kept, and a value on one line as paths parted by spaces', () => {
    const tree = makeTree({ 'emails/Ünïcode dir/promo.html': RISKY_EMAIL, 'emails/welcome.html': CLEAN_HTML });
    trees.push(tree);
    const cwd = tree.root;
    const files = (paths: string) => {
      const run = runStep('Score templates', cwd, { paths, format: 'json' });
      return { run, files: (JSON.parse(readFileSync(join(cwd, 'spamrisk.json'), 'utf8')) as { file: string }[]).map((entry) => entry.file).sort() };
    };
    // A YAML block (`paths: |`) ends its one line with a line break: one path, not two.
    const alone = files('emails/Ünïcode dir/\n');
    expect(alone.run.stderr).toBe('');
    expect(alone.run.outputs['exit-code']).toBe('1');
    expect(alone.files).toEqual(['emails/Ünïcode dir/promo.html']);
    // White space around a line (indentation, a CR of CRLF) and blank lines are no part of a path.
    const lines = files('  emails/Ünïcode dir/promo.html \r\n\n\temails/welcome.html\n');
    expect(lines.run.stderr).toBe('');
    expect(lines.files).toEqual(['emails/welcome.html', 'emails/Ünïcode dir/promo.html'].sort());
    // A value on one line is split on spaces, as documented: the folder's name becomes two paths.
    const split = runStep('Score templates', cwd, { paths: 'emails/Ünïcode dir/', format: 'json' });
    expect(split.outputs['exit-code']).toBe('2');
    expect(split.stderr).toContain('emails/Ünïcode: no such file');
    expect(files('emails/welcome.html emails/Ünïcode\tdir/').run.stderr).toContain('dir/: no such file');
  });

  it("leaves fail-on and threshold to the config's failOn and threshold unless the inputs are set", () => {
    const cwd = repository();
    const score = (JSON.parse(runCliScore(cwd)) as { report: { score: number } }[])[0]?.report.score ?? 0;
    // From 2 points, ceil(1.5 × score) / 2 ≤ score < ceil(1.5 × score): promo.html under the
    // threshold, but at or above its medium half (at 1.4 points the half would be 1.5).
    expect(score).toBeGreaterThanOrEqual(2);
    writeFileSync(join(cwd, 'spamrisk.config.json'), JSON.stringify({ threshold: Math.ceil(score * 1.5), failOn: 'medium' }));
    expect(runStep('Score templates', cwd, { paths: 'emails/promo.html' }).outputs['exit-code']).toBe('1');
    // The input, when set, still overrides the config.
    expect(runStep('Score templates', cwd, { paths: 'emails/promo.html', 'fail-on': 'high' }).outputs['exit-code']).toBe('0');
  });

  it("shows no fail-on in the README's and docs' Action examples: set, it would override the config's failOn", () => {
    for (const doc of ['README.md', 'docs/cli.md']) {
      const text = readFileSync(join(REPO, doc), 'utf8');
      const examples = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').filter((block) => /uses: spamrisk\/spamrisk@/.test(block));
      expect(examples.length, doc).toBeGreaterThan(0);
      for (const example of examples) expect(example, doc).not.toMatch(/^\s*fail-on:/m);
    }
  });
});

function runCliScore(cwd: string): string {
  return spawnSync(process.execPath, [cli.bin, '--format', 'json', 'emails/promo.html'], { cwd, encoding: 'utf8' }).stdout;
}

describe('action.yml, installed from its own source', () => {
  // The step runs as written in a fresh clone of this checkout's HEAD: no node_modules and none of
  // the build output git ignores (core/data/*.ts). Only `npm ci` is left out, since tests run
  // offline: the clone links this checkout's node_modules instead, as `npm ci --ignore-scripts`
  // would install them (no package's scripts run, this one's `prepare` neither).
  // A source tree that is no git checkout of its own (a tarball, `git archive`) has no HEAD to clone.
  const git = (args: string[], cwd = REPO) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const topLevel = git(['rev-parse', '--show-toplevel']);
  const isGitCheckout = topLevel.status === 0 && realpathSync(topLevel.stdout.trim()) === realpathSync(REPO);
  it.skipIf(!isGitCheckout)('builds a working spamrisk in a fresh clone (npm ci skipped: the clone links node_modules, tests run offline; skipped outside a git checkout)', () => {
    const head = git(['rev-parse', 'HEAD']).stdout.trim();
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    const root = mkdtempSync(join(tmpdir(), 'spamrisk-action-'));
    trees.push({ dispose: () => rmSync(root, { recursive: true, force: true }) });
    const clone = join(root, 'action');
    expect(git(['clone', '--quiet', '--shared', '--no-checkout', REPO, clone]).status).toBe(0);
    expect(git(['checkout', '--quiet', '--detach', head], clone).status).toBe(0);
    symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');

    const install = step('Install spamrisk');
    const lines = (install.run ?? '').split('\n');
    const npmCi = lines.filter((line) => /^\s*npm ci\b/.test(line));
    expect(npmCi, 'the step installs with npm ci').toHaveLength(1);
    const script = lines.map((line) => (/^\s*npm ci\b/.test(line) ? 'echo "npm ci skipped: node_modules is linked"' : line)).join('\n');
    const githubEnv = join(root, 'github-env.txt');
    writeFileSync(githubEnv, '');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root, GITHUB_ACTION_PATH: clone, GITHUB_ENV: githubEnv, RUNNER_TEMP: root, SPAMRISK_VERSION: '' },
      timeout: 120_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const bin = /^SPAMRISK_BIN=(.*)$/m.exec(readFileSync(githubEnv, 'utf8'))?.[1];
    expect(bin).toBe(join(clone, 'bin/spamrisk.js'));

    const cwd = repository();
    const scored = spawnSync(process.execPath, [bin ?? '', '--format', 'json', 'emails/promo.html', 'emails/welcome.html'], { cwd, encoding: 'utf8' });
    expect(scored.stderr).toBe('');
    expect(scored.status).toBe(1);
    const entries = JSON.parse(scored.stdout) as { file: string; report: { level: string } }[];
    expect(entries.map((entry) => [entry.file, entry.report.level])).toEqual([
      ['emails/promo.html', 'high'],
      ['emails/welcome.html', 'low'],
    ]);
  }, 90_000);
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; args?: string[]; language: string; files: string }[];
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('runs the package bin on the staged templates', () => {
    expect(hook?.id).toBe('spamrisk');
    expect(hook?.language).toBe('node');
    expect(Object.keys(pkg.bin)).toContain(hook?.entry);
    // pre-commit's Python regex, `(?i)` as a flag.
    const files = new RegExp((hook?.files ?? '').replace(/^\(\?i\)/, ''), hook?.files.startsWith('(?i)') ? 'i' : '');
    expect(['emails/a.html', 'b.HTM', 'c.eml'].every((name) => files.test(name))).toBe(true);
    expect(['notes.txt', 'page.html.erb', 'mail.emlx'].some((name) => files.test(name))).toBe(false);
  });

  it('fails the commit on a risky template, listing only it, and passes quietly otherwise', () => {
    const cwd = repository();
    const commit = (names: string[]) => spawnSync(process.execPath, [cli.bin, ...(hook?.args ?? []), ...names], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const risky = commit(['emails/welcome.html', 'emails/promo.html']);
    expect(risky.status).toBe(1);
    expect(risky.stdout).toContain('emails/promo.html');
    expect(risky.stdout).not.toContain('emails/welcome.html');
    const clean = commit(['emails/welcome.html']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
  });
});
