// End-to-end in Debian's Chromium (playwright-core), with the test build of dist/test/chrome.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/browsers.ts';
import { badge, clickBadge, firstScore, waitFor } from './harness/compose.ts';
import { TEST_CHROME } from './harness/paths.ts';
import { startFixtureServer, type FixtureServer } from './harness/server.ts';
import { composeSuite } from './harness/suite.ts';

composeSuite('chromium', () => launchChromium(TEST_CHROME));

// The popup's "Explain a bounce" tab, in the built extension (its own browser: the compose suite
// closes its session when done). Unit tests (test/extension/explain-tab.test.ts) cover the rest.
describe('chromium: popup explains a bounce', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(TEST_CHROME);
  });
  afterAll(async () => session?.close());

  test('a pasted Microsoft 5.7.515 bounce shows its main cause and category', async () => {
    const popup = await session.extensionPage('popup.html');
    await popup.evaluate(() => (document.querySelector('#tab-explain') as HTMLButtonElement).click());
    expect(await popup.evaluate(() => (document.querySelector('#panel-explain') as HTMLElement).hidden)).toBe(false);
    await popup.evaluate(() => {
      (document.querySelector('#bounce') as HTMLTextAreaElement).value =
        "Remote Server returned '550 5.7.515 Access denied, sending domain sender.example does not meet the required authentication level.'";
      (document.querySelector('#explain') as HTMLButtonElement).click();
    });
    const shown = await waitFor(
      'the explanation',
      () => popup.evaluate(() => ({
        category: document.querySelector('#explain-result .sr-main')?.getAttribute('data-category') ?? '',
        label: document.querySelector('#explain-result .sr-main .sr-category')?.textContent ?? '',
        message: document.querySelector('#explain-result .sr-main-message')?.textContent ?? '',
      })),
      (state) => state.category !== '',
    );
    expect(shown.category).toBe('authentication');
    expect(shown.label).toBe('Authentication (SPF, DKIM, DMARC)');
    expect(shown.message).toContain('5.7.515');
  });
});

// Recipient addresses (issue 7): a mistyped domain typed into Gmail's To field shows up as a
// warning in the panel's "Recipients" section and a marker on the badge; the score does not move
// and the field is left alone. Unit tests (test/extension/recipients.test.ts) cover the rest.
describe('chromium: recipient warnings', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium(TEST_CHROME);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('someone@gmial.com in To: "gmial.com looks like a typo of gmail.com"', async () => {
    const page = await session.newPage();
    await page.goto(server.url('mail.google.com', 'gmail-compose.html', '?mode=mole'));
    const first = await firstScore(page);
    await page.evaluate(() => (document.querySelector('input[aria-label="To recipients"]') as HTMLInputElement).focus());
    await page.type('someone@gmial.com');
    const recipients = (): Promise<{ count: number; marker: boolean; message: string; field: string; score: string; value: string }> =>
      page.evaluate(() => {
        const host = document.querySelector('spamrisk-badge') as HTMLElement;
        const root = host.shadowRoot!;
        return {
          count: Number(host.dataset.recipients ?? 0),
          marker: !(root.querySelector('.sr-badge-marker') as HTMLElement).hidden,
          message: root.querySelector('.sr-recipients .sr-recipient .sr-message')?.textContent ?? '',
          field: root.querySelector('.sr-recipients .sr-recipient .sr-field')?.textContent ?? '',
          score: host.dataset.score ?? '',
          value: (document.querySelector('input[aria-label="To recipients"]') as HTMLInputElement).value,
        };
      });
    const warned = await waitFor('the recipient warning', recipients, (r) => r.count === 1);
    expect(warned.marker).toBe(true);
    expect(warned.score, 'the badge keeps the content score (none: the draft is empty)').toBe(first.state === 'idle' ? '' : String(first.score));
    await clickBadge(page);
    await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
    const shown = await recipients();
    expect(shown.message).toBe('gmial.com looks like a typo of gmail.com');
    expect(shown.field).toBe('To');
    expect(shown.value, 'the field is not modified').toBe('someone@gmial.com');
  });
});
