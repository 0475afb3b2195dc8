/**
 * The recipes in examples/ run as part of the suite, so they cannot rot:
 * - react-email: examples/react-email/welcome.test.tsx (render → analyze in a vitest test) runs
 *   here as it would in a user's project, and the same pipeline flags a risky render;
 * - MJML: the mjml CLI compiles examples/mjml/emails/, and spamrisk's CLI scores the output;
 * - merge tags: Handlebars, Liquid, Mailchimp and AMPscript templates in examples/merge-tags/ are
 *   scored, subject included, with no finding on their placeholders.
 * The Vite and Maizzle recipes run in test/cli/vite/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { subjectOfHtml } from '../../cli/html-subject.ts';
import { analyzeFile } from '../../cli/node.ts';
import { REPO } from './helpers.ts';

vi.mock('spamrisk', () => import('../../core/index.ts'));

const EXAMPLES = join(REPO, 'examples');
const scratch = mkdtempSync(join(tmpdir(), 'spamrisk-recipes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in this process, as bin/spamrisk.js would. */
async function spamrisk(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: out, stderr: err };
}

// react-email's own example test, registered here as if vitest had found it in the user's project.
// A path in a variable: TypeScript does not follow it into the .tsx (no JSX settings or React types here).
const reactEmailTest = join(EXAMPLES, 'react-email/welcome.test.tsx');
await import(/* @vite-ignore */ reactEmailTest);

describe('react-email (examples/react-email)', () => {
  it('flags a render that pitches', async () => {
    const { render } = (await import('@react-email/render')) as { render(node: unknown, options?: { plainText?: boolean }): Promise<string> };
    // No React types in this repository: the module by a name TypeScript does not look up.
    const react = 'react';
    const { createElement } = (await import(/* @vite-ignore */ react)) as { createElement(type: unknown, props: unknown): unknown };
    const { Welcome } = (await import(/* @vite-ignore */ join(EXAMPLES, 'react-email/welcome.tsx'))) as { Welcome: unknown };
    const { analyze } = await import('../../core/index.ts');
    const html = await render(createElement(Welcome, { name: 'friend! You have been selected: claim your FREE gift card now, act now!!! Click here', plot: 14 }));
    const report = analyze({ html, subject: 'FREE GIFT CARD!!! Act now' });
    expect(report.level).toBe('high');
  });
});

describe('MJML (examples/mjml): mjml → spamrisk', () => {
  const mjml = (input: string, output: string) => {
    const result = spawnSync(process.execPath, [join(REPO, 'node_modules/mjml/bin/mjml'), input, '-o', output], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  };

  it('compiles the templates and the CLI passes them', async () => {
    const out = join(scratch, 'mjml-out');
    mkdirSync(out);
    mjml(join(EXAMPLES, 'mjml/emails/welcome.mjml'), `${out}/`);
    expect(readdirSync(out)).toEqual(['welcome.html']);
    const result = await spamrisk(['--no-config', out], scratch);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/mjml-out\/welcome\.html\n {2}\d\.\d low · passes/);
  });

  it('fails a risky template, with its findings', async () => {
    const source = readFileSync(join(EXAMPLES, 'mjml/emails/welcome.mjml'), 'utf8').replace(
      '<mj-text font-size="22px">Welcome to the allotments</mj-text>',
      '<mj-text font-size="22px">Dear friend, you have been selected! Claim your FREE gift card now, 100% guaranteed. Act now!!! <a href="http://bit.ly/claim-now">bit.ly/claim-now</a></mj-text>',
    );
    writeFileSync(join(scratch, 'risky.mjml'), source);
    mjml(join(scratch, 'risky.mjml'), join(scratch, 'risky.html'));
    const result = await spamrisk(['--no-config', 'risky.html'], scratch);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/link-shortener +`http:\/\/bit\.ly\/claim-now`/);
  });
});

describe('merge tags (examples/merge-tags)', () => {
  const templates = readdirSync(join(EXAMPLES, 'merge-tags')).filter((name) => name.endsWith('.html'));
  /** What template languages write: `{{ }}`, `{{{ }}}`, `{% %}`, `*|MERGE|*`, `%%var%%`, `%%[ ]%%`, `%%= =%%`. */
  const PLACEHOLDER = /\{\{|\}\}|\{%|%\}|\*\||\|\*|%%/;

  it('covers each syntax', () => {
    const all = templates.map((name) => readFileSync(join(EXAMPLES, 'merge-tags', name), 'utf8')).join('\n');
    for (const syntax of ['{{ ', '{{{', '{%', '*|', '%%[', '%%=', '%%']) expect(all).toContain(syntax);
  });

  it.each(templates)('%s scores with no finding on its placeholders, subject included', async (name) => {
    const path = join(EXAMPLES, 'merge-tags', name);
    const subject = subjectOfHtml(readFileSync(path, 'utf8'));
    expect(subject).toMatch(PLACEHOLDER);
    const report = await analyzeFile(path, { config: false, ...(subject !== undefined ? { subject } : {}) });
    expect(report.findings.filter((finding) => PLACEHOLDER.test(finding.evidence) || PLACEHOLDER.test(finding.message))).toEqual([]);
    expect(report.findings.filter((finding) => finding.points > 0)).toEqual([]);
  });

  // Upper-case merge tags (`*|FNAME|*`, `%%FIRST_NAME%%`, `{{ORDER_TOTAL}}`) are placeholders,
  // not shouted words: a template made mostly of them must not fail on them.
  it('does not read upper-case merge tags as shouting', async () => {
    const { analyze } = await import('../../core/index.ts');
    const html = [
      '<p>Hi *|FNAME|* *|LNAME|*,</p>',
      '<p>Your order *|ORDER_ID|* ships on *|SHIP_DATE|* from *|STORE_NAME|*: *|TRACKING_URL|*.</p>',
      '<p>%%FIRST_NAME%%, your total is {{ORDER_TOTAL}} by {{SHIPPING_METHOD}}.</p>',
      '<p><a href="*|UNSUB|*">Unsubscribe</a></p>',
    ].join('');
    const report = analyze({ html, subject: '*|MC:SUBJECT|*' });
    expect(report.findings.filter((finding) => PLACEHOLDER.test(finding.evidence))).toEqual([]);
    // Ten upper-case tags beside a paragraph of prose: the same names written out are shouting
    // (all-caps-text fires), as tags of each ESP's syntax they are not.
    const prose = 'Thanks for shopping with us this spring. Your parcel is packed and the courier will bring it within three working days. You can follow it from your account page at any time.';
    const names = ['FIRSTNAME', 'LASTNAME', 'ORDER_ID', 'SHIP_DATE', 'SHIP_CITY', 'TRACKING_NUMBER', 'STORE_NAME', 'SUPPORT_EMAIL', 'ACCOUNT_URL', 'COUPON_CODE'];
    const template = (tag: (name: string) => string) => {
      const [a, b, c, d, e, f, g, h, i, j] = names.map(tag);
      return `<p>Hi ${a} ${b},</p><p>${prose}</p><p>Order ${c} ships ${d} to ${e}, tracking ${f}.</p><p>${g} · ${h} · ${i} · code ${j}</p><p><a href="https://shop.example/u">Unsubscribe</a></p>`;
    };
    const shouting = (html: string) => analyze({ html }).findings.filter((finding) => finding.rule === 'all-caps-text');
    expect(shouting(template((name) => name))).toHaveLength(1);
    for (const tag of [(name: string) => `*|${name}|*`, (name: string) => `%%${name}%%`, (name: string) => `%${name}%`, (name: string) => `[[${name}]]`, (name: string) => `{{${name}}}`]) {
      expect(shouting(template(tag)), tag('NAME')).toEqual([]);
    }
  });
});
