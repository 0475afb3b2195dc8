/**
 * `spamrisk/vite` in `vite dev` (the built plugin, in a dev server of examples/vite): templates
 * are scored at start and again when they change; the result reaches the terminal and the page,
 * whose payload matches dev-result.schema.json. In Chromium (playwright-core, Debian's
 * /usr/bin/chromium): a failing template opens Vite's error overlay with its findings, typing a
 * trigger phrase into an open template brings the overlay up (the screenshot), fixing it takes it
 * away, and a passing template logs a summary in the console.
 *
 * Screenshots go to dist/test/screenshots/ (SPAMRISK_SCREENSHOTS overrides it: `npm run
 * screenshots:vite` refreshes docs/screenshots/vite-overlay.png on purpose).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import reportSchema from '../../../core/schema/report.schema.json' with { type: 'json' };
import devResultSchema from '../../../cli/schema/dev-result.schema.json' with { type: 'json' };
import filesSchema from '../../../cli/schema/files.schema.json' with { type: 'json' };
import { buildCli, REPO, type BuiltCli } from '../helpers.ts';
import { copyExample, RISKY_EMAIL, type Project } from './projects.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = resolve(process.env.SPAMRISK_SCREENSHOTS ?? join(REPO, 'dist/test/screenshots'));

interface Scored {
  result: { file: string; report?: { score: number; findings: { rule: string; evidence: string }[] }; error?: string };
  ms: number;
}

let cli: BuiltCli;
let project: Project;
let server: ViteDevServer;
let origin: string;
const scored: Scored[] = [];
const sent: unknown[] = [];
const waiters: { file: string; resolve(entry: Scored): void }[] = [];

/** The next time `file` is scored. */
function nextScore(file: string): Promise<Scored> {
  return new Promise((resolve) => waiters.push({ file, resolve }));
}

const WELCOME = () => join(project.root, 'emails/welcome.html');

/**
 * Saves emails/welcome.html and waits until it is scored with findings that `check` accepts. The
 * file is saved again now and then: a file watcher that is still starting, or two saves in the same
 * few milliseconds (chokidar throttles them), may not report a save, which an editor never does.
 */
async function saveWelcome(content: string, check: (evidence: string[]) => boolean): Promise<Scored> {
  const from = scored.length;
  let found: Scored | undefined;
  await vi.waitFor(
    () => {
      found = scored.slice(from).find((entry) => entry.result.file === 'emails/welcome.html' && check(entry.result.report?.findings.map((finding) => finding.evidence) ?? []));
      if (!found) writeFileSync(WELCOME(), content);
      expect(found).toBeDefined();
    },
    { timeout: 20_000, interval: 400 },
  );
  return found as Scored;
}

beforeAll(async () => {
  cli = await buildCli();
  project = copyExample(cli, 'vite', { 'emails/promo.html': RISKY_EMAIL });
  const { spamrisk } = (await import(join(cli.root, 'dist/lib/vite.js'))) as typeof import('../../../cli/vite/index.ts');
  const initial = Promise.all(['emails/promo.html', 'emails/receipt.html', 'emails/welcome.html'].map((file) => nextScore(file)));
  server = await createServer({
    root: project.root,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 5310 + Math.floor(Math.random() * 500), strictPort: false },
    plugins: [
      spamrisk({
        onScore: (result, ms) => {
          const entry = { result, ms } as Scored;
          scored.push(entry);
          for (const waiter of waiters.filter((each) => each.file === result.file)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(entry);
          }
        },
      }),
    ],
  });
  // What the plugin sends to the pages, checked against its schema below.
  const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void;
  (server.ws as { send: (...args: unknown[]) => void }).send = (...args: unknown[]) => {
    if (args[0] === 'spamrisk:result') sent.push(args[1]);
    send(...args);
  };
  await server.listen();
  origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  await initial;
}, 180_000);

afterAll(async () => {
  await server?.close();
  project?.dispose();
  cli?.dispose();
});

describe('vite dev', () => {
  it('scores every template when the server starts', () => {
    const files = scored.map((entry) => entry.result.file).sort();
    expect(files).toEqual(['emails/promo.html', 'emails/receipt.html', 'emails/welcome.html']);
    expect(scored.find((entry) => entry.result.file === 'emails/promo.html')?.result.report?.findings.map((finding) => finding.rule)).toContain('link-shortener');
  });

  it('scores a template again when it changes', async () => {
    const original = readFileSync(WELCOME(), 'utf8');
    try {
      const entry = await saveWelcome(original.replace('Thanks for creating an account', 'Claim your FREE gift card now, act now!!! Thanks for creating an account'), (findings) =>
        findings.includes('!!!'),
      );
      expect(entry.result.report?.findings.map((finding) => finding.evidence)).toEqual(expect.arrayContaining(['Claim your FREE', '!!!']));
    } finally {
      await saveWelcome(original, (findings) => !findings.includes('!!!'));
    }
  });

  it('sends each result to the pages in the shape of dev-result.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).addSchema(reportSchema).addSchema(filesSchema).compile(devResultSchema);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const entry of sent) expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    const promo = sent.find((entry) => (entry as { file: string }).file === 'emails/promo.html') as { fails: boolean; overlay?: { message: string; loc?: { line: number } } };
    expect(promo.fails).toBe(true);
    expect(promo.overlay?.message).toMatch(/^emails\/promo\.html scores \d+\.\d \(high\), at or above 5\.0/);
    expect(promo.overlay?.loc?.line).toBeGreaterThan(0);
  });
});

/** Why the browser tests skip, in their name where they do. */
const NO_CHROMIUM = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`;

describe.skipIf(NO_CHROMIUM !== null)(`vite dev in Chromium${NO_CHROMIUM ? ` (skipped: ${NO_CHROMIUM})` : ''}`, () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'spamrisk-vite-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 760 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => consoleLines.push(message.text()));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const overlayText = () => page.locator('vite-error-overlay').evaluate((element) => element.shadowRoot?.textContent ?? '');

  it('opens the error overlay on a failing template, with its findings', async () => {
    await page.goto(`${origin}/emails/promo.html`);
    await page.locator('vite-error-overlay').waitFor({ state: 'attached', timeout: 20_000 });
    const text = await overlayText();
    expect(text).toMatch(/emails\/promo\.html scores \d+\.\d \(high\), at or above 5\.0: likely to be filtered as spam/);
    expect(text).toContain('link-shortener');
    expect(text).toContain('[plugin:spamrisk]');
  });

  it('logs a summary in the console for a passing template, then shows the overlay when a trigger phrase is typed into it', async () => {
    const original = readFileSync(WELCOME(), 'utf8');
    try {
      consoleLines.length = 0;
      await page.goto(`${origin}/emails/welcome.html`);
      await expect.poll(() => consoleLines.join('\n'), { timeout: 20_000 }).toMatch(/\[spamrisk\] emails\/welcome\.html: \d\.\d low · passes \(fails at 5\.0\)/);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);

      // The writer types a pitch into the template and saves: the page reloads with the overlay.
      await saveWelcome(
        original.replace(
          '<p>Thanks for creating an account',
          '<p>Dear friend, you have been selected! Claim your FREE gift card now, 100% guaranteed. Act now!!! <a href="http://bit.ly/claim-now">bit.ly/claim-now</a></p>\n  <p>Thanks for creating an account',
        ),
        (evidence) => evidence.includes('http://bit.ly/claim-now'),
      );
      await page.locator('vite-error-overlay').waitFor({ state: 'attached', timeout: 20_000 });
      const text = await overlayText();
      expect(text).toMatch(/emails\/welcome\.html scores \d+\.\d \(high\)/);
      expect(text).toContain('welcome.html:9:');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'vite-overlay.png') });

      // Fixed again: the overlay goes away.
      await saveWelcome(original, (evidence) => !evidence.includes('http://bit.ly/claim-now'));
      await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 20_000 });
    } finally {
      writeFileSync(WELCOME(), original);
    }
  });
});
