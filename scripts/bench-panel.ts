// How long opening the findings panel takes on a large draft, and a re-score with the panel open
// (every re-score redraws it). Prints figures; it is not a test (times depend on the machine's load).
//
//   npx tsx scripts/build-extension.ts --test --chrome      (once: the test build in dist/test/chrome)
//   npx tsx scripts/bench-panel.ts [sizes in bytes, comma-separated; default 100000,500000,5000000]
//   EXT_DIR=/path/to/another/test/build npx tsx scripts/bench-panel.ts   (e.g. a build of main, for before/after)
//
// For each size: a fresh Chromium with the extension, the Gmail compose fixture, a draft of that many
// bytes of ordinary HTML pasted in (with a few spam phrases, so the panel has findings), then
// - openPanelMs: clicking the badge until the panel is drawn (the click handler renders it
//   synchronously: every finding is located in the draft to know whether it is a button);
// - subjectWithPanelOpenMs: typing two letters in the subject with the panel open, until the
//   re-score has been drawn and the page answers again.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, TEST_CHROME } from '../test/browser/harness/paths.ts';
import { startFixtureServer } from '../test/browser/harness/server.ts';

const EXT = path.resolve(process.env.EXT_DIR ?? TEST_CHROME);
const sizes = (process.argv[2] ?? '100000,500000,5000000').split(',').map(Number);
const EDITOR = '[g_editable="true"]';
const PARAGRAPH =
  '<p>Hello team, here is the weekly update about the project with <b>details</b> and a <a href="https://example.com/x">link</a>. FREE offer inside! Act now.</p>';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startFixtureServer();
console.log(`extension: ${EXT}; load: ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
for (const size of sizes) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-panel-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  try {
    const page = await context.newPage();
    const state = (): Promise<{ state: string; scored: number; score: number; busy: boolean; findings: number } | null> =>
      page.evaluate(() => {
        const host = document.querySelector('spamrisk-badge') as HTMLElement | null;
        if (!host?.shadowRoot) return null;
        return {
          state: host.dataset.state ?? '',
          scored: Number(host.dataset.scored ?? 0),
          score: Number(host.dataset.score ?? 0),
          busy: host.shadowRoot.querySelector('.sr-badge')?.getAttribute('data-busy') === 'true',
          findings: host.shadowRoot.querySelectorAll('.sr-panel .sr-finding').length,
        };
      });
    const settle = async (after: number): Promise<void> => {
      for (;;) {
        const now = await state();
        if (now && now.state === 'scored' && now.score > 0 && now.scored > after && !now.busy) return;
        await sleep(50);
      }
    };
    await page.goto(server.url('mail.google.com', 'gmail-compose.html', '?mode=mole'));
    await page.waitForSelector(EDITOR);
    await page.waitForFunction(() => Number((document.querySelector('spamrisk-badge') as HTMLElement | null)?.dataset.scored ?? 0) >= 1);
    const empty = (await state())!.scored;
    const html = PARAGRAPH.repeat(Math.ceil(size / PARAGRAPH.length));
    await page.evaluate(([selector, draft]) => {
      const editor = document.querySelector(selector) as HTMLElement;
      editor.focus();
      document.execCommand('insertHTML', false, draft);
    }, [EDITOR, html] as const);
    await settle(empty);
    await sleep(800);
    const before = (await state())!;

    const opened = performance.now();
    await page.evaluate(() => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge') as HTMLElement).click());
    const openPanelMs = performance.now() - opened;
    const findings = (await state())!.findings;

    await page.evaluate(() => (document.querySelector('input[name=subjectbox]') as HTMLInputElement).focus());
    const typed = performance.now();
    await page.keyboard.type('Hi');
    await settle(before.scored);
    await page.evaluate(() => 1);
    const subjectWithPanelOpenMs = performance.now() - typed;
    const open = await page.evaluate(() => !document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-panel')!.hasAttribute('hidden'));
    console.log(JSON.stringify({ bytes: html.length, findings, openPanelMs: Math.round(openPanelMs), subjectWithPanelOpenMs: Math.round(subjectWithPanelOpenMs), panelStillOpen: open }));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
await server.close();
