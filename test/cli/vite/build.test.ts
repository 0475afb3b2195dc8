/**
 * `spamrisk/vite` in a real `vite build` of the example projects (examples/vite: a plain
 * multi-page Vite project of email templates; examples/maizzle: Maizzle 6's plugin building .vue
 * templates): the CLI's text report, the build failing on a risky template, the subject from
 * <title> / <meta name="subject"> and its per-file override, spamrisk.config.json, include and
 * exclude, and the JSON report against its schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import reportSchema from '../../../core/schema/report.schema.json' with { type: 'json' };
import filesSchema from '../../../cli/schema/files.schema.json' with { type: 'json' };
import { buildCli, type BuiltCli } from '../helpers.ts';
import { copyExample, RISKY_EMAIL, viteBuild, type Project } from './projects.ts';

let cli: BuiltCli;
const projects: Project[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);
afterAll(() => {
  cli?.dispose();
  for (const project of projects) project.dispose();
});

function example(name: string, files: Record<string, string> = {}): Project {
  const project = copyExample(cli, name, files);
  projects.push(project);
  return project;
}

interface Entry {
  file: string;
  report: { score: number; level: string; findings: { rule: string; evidence: string; location?: { in: string } }[] };
}

/** A vite.config.js for examples/vite with these plugin options (as JSON) and a JSON report. */
function config(options: Record<string, unknown>): string {
  return `import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import spamrisk from 'spamrisk/vite';
const emails = readdirSync(new URL('./emails', import.meta.url)).filter((name) => name.endsWith('.html'));
export default defineConfig({
  build: { rollupOptions: { input: Object.fromEntries(emails.map((name) => [name, 'emails/' + name])) } },
  plugins: [spamrisk({ report: { file: 'spamrisk.json' }, ...${JSON.stringify(options)} })],
});
`;
}

const report = (project: Project) => JSON.parse(readFileSync(join(project.root, 'spamrisk.json'), 'utf8')) as Entry[];

describe('vite build of a multi-page project (examples/vite)', () => {
  it('prints the text report and passes when every template is under the threshold', () => {
    const project = example('vite');
    const result = viteBuild(project);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dist\/emails\/welcome\.html\n {2}\d\.\d low · passes \(fails at 5\.0\)/);
    expect(result.stdout).toContain('dist/emails/receipt.html');
    expect(result.stdout).toMatch(/✔ 2 files checked: 0 high, 0 medium, 2 low · all under 5\.0/);
  });

  it('fails the build for a risky template, listing its findings with their place in the file', () => {
    const project = example('vite', { 'emails/promo.html': RISKY_EMAIL });
    const result = viteBuild(project);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/dist\/emails\/promo\.html\n {2}\d+\.\d high · fails \(score ≥ 5\.0\)/);
    expect(result.stdout).toMatch(/^ {4}4:\d+ +\d\.\d +link-shortener +`http:\/\/bit\.ly\/claim-now` goes through the URL shortener/m);
    expect(result.stderr).toMatch(/spamrisk: 1 template at or above 5\.0: dist\/emails\/promo\.html \(\d+\.\d\) \(the findings are listed above\)/);
    // Fixed, it builds again.
    writeFileSync(join(project.root, 'emails/promo.html'), readFileSync(join(project.root, 'emails/welcome.html')));
    expect(viteBuild(project).code).toBe(0);
  });

  it('takes the subject from <meta name="subject">, else <title>, unless the options give one', () => {
    const shouting = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Hello Sam, your order 1042 has shipped.</p></body></html>`;
    const project = example('vite', {
      'emails/titled.html': shouting('<title>FREE MONEY!!! ACT NOW</title>'),
      'emails/meta.html': shouting('<title>Order update</title><meta name="subject" content="WIN CASH NOW!!!">'),
      'emails/calm.html': shouting('<title>FREE MONEY!!! ACT NOW</title>'),
      'vite.config.js': config({ failBuild: false, subject: { 'emails/calm.html': 'Your order has shipped' } }),
    });
    expect(viteBuild(project).code).toBe(0);
    const subjectEvidence = (file: string) =>
      report(project)
        .find((entry) => entry.file === file)
        ?.report.findings.filter((finding) => finding.location?.in === 'subject')
        .map((finding) => finding.evidence);
    expect(subjectEvidence('dist/emails/titled.html')).toContain('!!!');
    expect(subjectEvidence('dist/emails/meta.html')).toContain('!!!');
    expect(subjectEvidence('dist/emails/calm.html')).toEqual([]);
  });

  it('reads spamrisk.config.json from the project, its options winning, and honours exclude and include', () => {
    const project = example('vite', {
      'emails/promo.html': RISKY_EMAIL,
      'spamrisk.config.json': JSON.stringify({ threshold: 40 }),
      'fixtures/bounce-test.eml': `Subject: Hello\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${RISKY_EMAIL}`,
    });
    expect(viteBuild(project).code).toBe(0);
    writeFileSync(join(project.root, 'vite.config.js'), config({ threshold: 5 }));
    expect(viteBuild(project).code).toBe(1);
    writeFileSync(join(project.root, 'vite.config.js'), config({ threshold: 5, exclude: 'emails/promo.html' }));
    expect(viteBuild(project).code).toBe(0);
    writeFileSync(join(project.root, 'vite.config.js'), config({ threshold: 5, exclude: 'dist/emails/promo.html', include: 'fixtures/*.eml' }));
    const result = viteBuild(project);
    expect(result.code).toBe(1);
    expect(report(project).map((entry) => entry.file)).toEqual(['dist/emails/receipt.html', 'dist/emails/welcome.html', 'fixtures/bounce-test.eml']);
  });

  it('skips an empty file an include glob finds, with a note, and passes; one that finds only empty files fails', () => {
    const project = example('vite', { 'partials/_header.html': '', 'partials/_footer.html': ' \n', 'partials/body.html': '<p>Your order has shipped. Thank you for shopping with us.</p>' });
    writeFileSync(join(project.root, 'vite.config.js'), config({ include: 'partials/*.html' }));
    const result = viteBuild(project);
    expect(result.code, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('spamrisk: note: partials/_header.html: is empty (0 bytes); skipped');
    expect(report(project).map((entry) => entry.file)).toContain('partials/body.html');
    writeFileSync(join(project.root, 'vite.config.js'), config({ include: 'partials/_*.html' }));
    const empty = viteBuild(project);
    expect(empty.code).toBe(1);
    expect(`${empty.stdout}${empty.stderr}`).toContain('1 could not be read: partials/_*.html');
  });

  it('writes a JSON report that matches files.schema.json', () => {
    const project = example('vite', { 'emails/promo.html': RISKY_EMAIL, 'vite.config.js': config({ failBuild: false }) });
    expect(viteBuild(project).code).toBe(0);
    const validate = new Ajv({ allErrors: true }).addSchema(reportSchema).compile(filesSchema);
    const entries = report(project);
    expect(validate(entries), JSON.stringify(validate.errors)).toBe(true);
    expect(entries.find((entry) => entry.file === 'dist/emails/promo.html')?.report.level).toBe('high');
  });

  it('refuses a wrong option with a clear error', () => {
    const project = example('vite', { 'vite.config.js': config({ threshold: -1, rules: { 'link-shortner': 'off' }, treshold: 4 }) });
    const result = viteBuild(project);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('spamrisk(): invalid options');
    expect(result.stderr).toContain('threshold: must be a number above 0, got number -1');
    expect(result.stderr).toContain('rules.link-shortner: unknown rule id (did you mean "link-shortener"?)');
    // A mistyped option is no option dropped in silence, is worded as analyze() words one, and is listed with the rest.
    expect(result.stderr).toContain('spamrisk(): options has no option "treshold"; did you mean "threshold"? (it takes include, exclude, threshold,');
  });
});

describe('vite build with Maizzle 6 (examples/maizzle)', () => {
  const RISKY_VUE = `<template>
  <Html>
    <head><title>You have been selected</title></head>
    <Body>
      <p>Dear friend, claim your FREE gift card now, 100% guaranteed, no risk.</p>
      <p>Limited time offer, act now!!! <a href="http://bit.ly/claim-now">bit.ly/claim-now</a></p>
    </Body>
  </Html>
</template>
`;

  it('scores what Maizzle built after it, passing the clean template and failing a risky one', () => {
    const project = example('maizzle');
    const clean = viteBuild(project);
    expect(clean.stderr).not.toMatch(/error/i);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/build-emails\/order-shipped\.html\n {2}\d\.\d low · passes/);
    // The host app's page is excluded: only Maizzle's template is in the report.
    expect(clean.stdout).not.toMatch(/dist\/index\.html\n {2}\d/);
    expect(clean.stdout).toContain('1 file checked');

    writeFileSync(join(project.root, 'emails/reward.vue'), RISKY_VUE);
    const risky = viteBuild(project);
    expect(risky.code).toBe(1);
    expect(risky.stdout).toMatch(/build-emails\/reward\.html\n {2}\d+\.\d high · fails/);
    expect(risky.stdout).toMatch(/link-shortener +`http:\/\/bit\.ly\/claim-now`/);
    expect(risky.stderr).toContain('spamrisk: 1 template at or above 5.0: build-emails/reward.html');
  }, 120_000);
});
