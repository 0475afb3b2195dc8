// End-to-end in Debian's Chromium (playwright-core), with the test build of dist/test/chrome.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/browsers.ts';
import { waitFor } from './harness/compose.ts';
import { TEST_CHROME } from './harness/paths.ts';
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
