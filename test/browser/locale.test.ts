// The UI speaks the browser's language through _locales (English complete, French and German):
// Chromium started with --lang=fr / --lang=de shows the panel and the options in that language.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './harness/browsers.ts';
import { clickBadge, firstScore, focusEditor, SPAMMY_TEXT, waitFor, badge } from './harness/compose.ts';
import { TEST_CHROME } from './harness/paths.ts';
import { startFixtureServer, type FixtureServer } from './harness/server.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => server?.close());

describe.each([
  { lang: 'fr', panel: 'Risque de spam', level: 'probablement filtré', options: 'Options de spamrisk' },
  { lang: 'de', panel: 'Spam-Risiko', level: 'wohl gefiltert', options: 'spamrisk-Einstellungen' },
])('$lang', ({ lang, panel, level, options }) => {
  test(`panel and options in ${lang}`, async () => {
    const session = await launchChromium(TEST_CHROME, [`--lang=${lang}`]);
    try {
      const page = await session.newPage();
      await page.goto(server.url('mail.google.com', 'gmail-compose.html'));
      const first = await firstScore(page);
      await focusEditor(page, { editor: '[g_editable="true"]' });
      await page.type(SPAMMY_TEXT);
      await waitFor('a high score', () => badge(page), (b) => b.scored > first.scored && b.level === 'high' && !b.busy);
      await clickBadge(page);
      const texts = await waitFor('the panel', () => page.evaluate(() => {
        const root = document.querySelector('spamrisk-badge')!.shadowRoot!;
        return { title: root.querySelector('.sr-title')?.textContent, level: root.querySelector('.sr-level')?.textContent, open: !root.querySelector('.sr-panel')!.hasAttribute('hidden') };
      }), (t) => t.open);
      expect(texts.title).toBe(panel);
      expect(texts.level).toBe(level);
      const optionsPage = await session.extensionPage('options.html');
      expect(await optionsPage.evaluate(() => document.querySelector('h1')?.textContent)).toBe(options);
    } finally {
      await session.close();
    }
  });
});
