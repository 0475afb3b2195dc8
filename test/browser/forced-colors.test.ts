// Forced-colours mode (Windows High Contrast, `@media (forced-colors: active)`) on every surface of
// the extension, in Chromium and Firefox ESR: the browser paints the pages in system colours and
// drops box-shadows, so what told things apart by colour or by a shadow is gone. Checked, as the
// browser computes it with the system colours in force (harness/a11y.ts forcedColorsFailures): every
// control keeps a boundary (a border or an outline), focus stays visible, no text is lost, the
// badge tells the level by more than its colour, and the highlighted evidence is still painted.
//
// Chromium emulates the mode (CDP Emulation.setEmulatedMedia, Playwright's `forcedColors`; its
// palette: Canvas white, CanvasText black). Firefox has no emulation over BiDi: it runs with the
// setting a user picks (Colors…, override the page's colours "Always", browser.display.document_color_use
// = 2), which makes `(forced-colors: active)` match and paints with the system's (GTK's) colours.

import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { GECKO_ID } from '../../extension/manifest.ts';
import { badgeShape, focusIndicators, forcedColorsFailures, pngPixels, tabbable } from './harness/a11y.ts';
import { firefoxForcedColors, launchChromium, launchFirefox, type Driver, type Session } from './harness/browsers.ts';
import { badge, CLEAN_TEXT, clickBadge, closePanel, firstScore, focusEditor, focusSubject, SPAMMY_TEXT, waitFor } from './harness/compose.ts';
import { SCREENSHOTS, TEST_CHROME, TEST_FIREFOX } from './harness/paths.ts';
import { startFixtureServer, type FixtureServer } from './harness/server.ts';
import { clickSelector, fillField, popupWithReport, resetSettings, saveSettings, settled } from './harness/suite.ts';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const BROWSERS = [
  { browser: 'chromium', launch: (): Promise<Session> => launchChromium(TEST_CHROME, [], 'light', 'active') },
  { browser: 'firefox', launch: (): Promise<Session> => launchFirefox(TEST_FIREFOX, GECKO_ID, firefoxForcedColors()) },
];

const GMAIL = { editor: '[g_editable="true"]', subject: 'input[name="subjectbox"]' };
/** WCAG 1.4.11: a focus ring or a boundary against what is behind it. */
const RING_CONTRAST = 3;
const HOST = 'spamrisk-badge';

for (const { browser, launch } of BROWSERS) describe(`${browser}: forced-colours mode`, () => {
  let server: FixtureServer;
  let session: Session;
  let home: Driver;
  const opened: Driver[] = [];

  async function open(query = ''): Promise<Driver> {
    const page = await session.newPage();
    opened.push(page);
    await page.goto(server.url('mail.google.com', 'gmail-compose.html', query));
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'the compose page is in forced-colours mode').toBe(true);
    return page;
  }

  async function extensionPage(file: string): Promise<Driver> {
    const page = await session.extensionPage(file, home);
    opened.push(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), `${file} is in forced-colours mode`).toBe(true);
    return page;
  }

  /** The controls (of the widget: `host`): each reached by Tab and showing focus, a ring at 3:1, in forced colours. */
  async function focusWalk(page: Driver, least: number, host?: string): Promise<void> {
    const controls = await tabbable(page, host);
    expect(controls.length, 'controls to Tab through').toBeGreaterThanOrEqual(least);
    const focus = await focusIndicators(page, controls, host, RING_CONTRAST);
    expect(focus.unmarked, 'controls without a visible focus indicator').toEqual([]);
    expect(focus.faint, 'focus rings below 3:1 against what is behind them').toEqual([]);
    expect(controls.filter((name) => !focus.visited.includes(name)), 'controls Tab did not reach').toEqual([]);
  }

  /** The badge's shape (badgeShape), its level words checked against the panel's own (one home: levelLabel). */
  async function shapeAndWords(page: Driver): Promise<string> {
    const { shape, words } = await badgeShape(page);
    if ((await badge(page)).state !== 'scored') {
      expect(words, 'no level words on a badge with no score').toBe('');
      return shape;
    }
    await clickBadge(page);
    await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
    const panelWords = await page.evaluate(() => document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-panel .sr-level')?.textContent ?? null);
    await closePanel(page);
    await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
    await focusEditor(page, GMAIL);
    expect(words, 'the badge says the level in the panel\'s words').toBe(panelWords);
    return shape;
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    home = await session.newPage();
    await home.goto(server.url('mail.google.com', 'gmail-compose.html'));
    await firstScore(home);
    await session.prepareExtensionContext(home);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(async () => {
    while (opened.length) await opened.pop()!.close().catch(() => undefined);
  });

  test('badge: a boundary in every state, and the level told by more than colour', async () => {
    try {
      const page = await open();
      const idle = await firstScore(page);
      expect.soft(await forcedColorsFailures(page, { host: HOST }), 'idle badge').toEqual([]);
      const shapes = new Map<string, string>();
      shapes.set('idle', await shapeAndWords(page));

      await focusEditor(page, GMAIL);
      await page.type(CLEAN_TEXT);
      const low = await settled(page, idle);
      expect(low.level, 'a clean draft').toBe('low');
      expect.soft(await forcedColorsFailures(page, { host: HOST }), 'low badge').toEqual([]);
      shapes.set('low', await shapeAndWords(page));

      await page.type(SPAMMY_TEXT);
      const high = await settled(page, low);
      expect(high.level, 'a spammy draft').toBe('high');
      expect.soft(await forcedColorsFailures(page, { host: HOST }), 'high badge').toEqual([]);
      shapes.set('high', await shapeAndWords(page));

      // The same draft under a threshold just above its score: medium.
      await saveSettings(session, { threshold: Math.ceil(high.score * 2) / 2 + 0.5 });
      await waitFor('the medium level', () => badge(page), (b) => b.level === 'medium' && !b.busy);
      expect.soft(await forcedColorsFailures(page, { host: HOST }), 'medium badge').toEqual([]);
      shapes.set('medium', await shapeAndWords(page));

      const distinct = new Set(shapes.values());
      expect(distinct.size, `badge looks without colour and score:\n${[...shapes].map(([k, v]) => `${k}:\n${v}`).join('\n')}`).toBe(shapes.size);
    } finally {
      await resetSettings(session);
    }
  });

  test('send confirmation: boundaries, text and focus', async () => {
    await saveSettings(session, { confirmSend: true });
    try {
      const page = await open();
      const idle = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      await settled(page, idle);
      await clickSelector(page, '[role="button"][aria-label^="Send"]');
      await waitFor('the confirmation', () => page.evaluate(() => !document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm')!.hasAttribute('hidden')), (shown) => shown);
      expect(await forcedColorsFailures(page, { host: HOST, surfaces: ['.sr-confirm'] }), 'confirmation').toEqual([]);
      await focusWalk(page, 3, HOST);
      await page.press('Escape');
    } finally {
      await resetSettings(session);
    }
  });

  // The panel over a spammy draft and subject; then the evidence of a finding, marked in the draft
  // with ::highlight(): a screenshot of its words with the highlight and one without must differ in
  // most of their pixels (a painted background, not only an underline); then a subject finding's
  // words, framed by the widget's mark (a border over the page, at 3:1 like any boundary).
  test('panel: boundaries, text, the level as text, focus on every control; the highlighted evidence and the subject frame', async () => {
    const page = await open('?mode=mole');
    const idle = await firstScore(page);
    await focusEditor(page, GMAIL);
    await page.type(SPAMMY_TEXT);
    const spammy = await settled(page, idle);
    await focusSubject(page, GMAIL);
    await page.type(' Limited time offer');
    await settled(page, spammy);
    await clickBadge(page);
    await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
    expect(await forcedColorsFailures(page, { host: HOST, surfaces: ['.sr-panel'] }), 'panel').toEqual([]);
    const level = await page.evaluate(() => {
      const pill = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-panel .sr-level');
      return pill && pill.getClientRects().length > 0 ? pill.textContent : null;
    });
    expect(level, 'the level, as text in the panel').toBeTruthy();
    await focusWalk(page, 4, HOST);
    expect((await badge(page)).panelOpen, 'the panel stayed open through the Tab walk').toBe(true);

    const activate = (suffix: string): Promise<boolean> => page.evaluate((suffix) => {
      const button = [...document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll<HTMLElement>('button.sr-finding')]
        .find((b) => b.getAttribute('aria-disabled') !== 'true' && (b.dataset.rule ?? '').endsWith(suffix) && b.dataset.rule !== 'subject-phrase');
      button?.click();
      return button !== undefined;
    }, suffix);
    expect(await activate('-phrase'), 'a phrase finding in the draft').toBe(true);
    const box = await waitFor('the highlight', () => page.evaluate(() => {
      const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('spamrisk-finding') ?? [])][0];
      if (!range) return null;
      const r = range.getBoundingClientRect();
      return { x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height) };
    }), (b) => b !== null && b.width > 4);
    const dir = path.join(SCREENSHOTS, 'forced-colors');
    mkdirSync(dir, { recursive: true });
    const marked = path.join(dir, `highlight-${browser}.png`);
    const plain = path.join(dir, `highlight-${browser}-none.png`);
    await page.screenshot(marked, box!);
    // The same words without the highlight (the registry is the document's, shared by every world).
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.delete('spamrisk-finding'));
    await page.screenshot(plain, box!);
    const [a, b] = [pngPixels(marked), pngPixels(plain)];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let changed = 0;
    for (let i = 0; i < a.width * a.height; i++) {
      if ([0, 1, 2].some((k) => Math.abs(a.rgba[i * 4 + k]! - b.rgba[i * 4 + k]!) > 32)) changed++;
    }
    expect(changed / (a.width * a.height), `share of the evidence's pixels the highlight changes (${marked})`).toBeGreaterThan(0.5);

    const subjectFinding = await page.evaluate(() => {
      const buttons = [...document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll<HTMLElement>('button.sr-finding')];
      const button = buttons.find((b) => b.dataset.rule === 'subject-phrase' && b.getAttribute('aria-disabled') !== 'true');
      button?.click();
      return button ? 'subject-phrase' : buttons.map((b) => `${b.dataset.rule} ${b.getAttribute('aria-disabled') ?? ''}`).join(', ');
    });
    expect(subjectFinding, 'a phrase finding in the subject').toBe('subject-phrase');
    await waitFor('the subject frame', () => page.evaluate(() => {
      const mark = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-mark')!;
      return !mark.hasAttribute('hidden') && mark.getClientRects().length > 0;
    }), (shown) => shown);
    expect(await forcedColorsFailures(page, { host: HOST, surfaces: ['.sr-mark'] }), 'the subject frame').toEqual([]);
  });

  test('popup: a report and the explain tab', async () => {
    const page = await extensionPage('popup.html');
    await popupWithReport(page);
    expect(await forcedColorsFailures(page), 'score tab').toEqual([]);
    expect(await page.evaluate(() => document.querySelector('#paste-result .sr-level')?.textContent), 'the level, as text').toBeTruthy();
    await focusWalk(page, 4);
    // The selected tab is told by shape too (its underline was a colour on a transparent border).
    const tabs = (): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll('[role="tab"]')].map((tab) => {
      const style = getComputedStyle(tab);
      return ['top', 'right', 'bottom', 'left'].map((side) => `${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-width`)}`).join(',');
    }));
    const [selected, other] = await tabs();
    expect(selected, 'the selected tab\'s shape differs from the other\'s').not.toBe(other);

    await clickSelector(page, '#tab-explain');
    await page.evaluate(() => {
      (document.querySelector('#bounce') as HTMLTextAreaElement).value =
        '550 5.7.515 Access denied, sending domain sender.example does not meet the required authentication level.';
    });
    await clickSelector(page, '#explain');
    await waitFor('the explanation', () => page.evaluate(() => document.querySelector('#explain-result .sr-main') !== null), (shown) => shown);
    expect(await forcedColorsFailures(page), 'explain tab').toEqual([]);
  });

  test('options, with a field error showing', async () => {
    const page = await extensionPage('options.html');
    await fillField(page, '#threshold', '101');
    await waitFor('the field error', () => page.evaluate(() => (document.querySelector('#threshold-error') as HTMLElement).hidden), (hidden) => !hidden);
    expect(await forcedColorsFailures(page), 'options').toEqual([]);
    await focusWalk(page, 4);
  });
});
