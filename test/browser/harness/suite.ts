// The end-to-end scenarios, registered once per browser (chromium.test.ts, firefox.test.ts): every
// fixture compose window, typing clean and spammy text, the badge, the panel, the highlight, the
// toolbar badge, the popup, the options taking effect live, the ESP site switch, send confirmation,
// hostile draft content, leaks, dark pages. The draft's HTML must come out byte for byte unchanged.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { OPEN_PANEL_KEYS } from '../../../extension/manifest.ts';
import type { BrowserName, Driver, Session } from './browsers.ts';
import {
  badge,
  CLEAN_TEXT,
  clickBadge,
  clickFinding,
  closePanel,
  editorHtml,
  ESP_SITE,
  ESP_VARIANTS,
  firstScore,
  focusEditor,
  focusSubject,
  highlights,
  editorMutations,
  nextScore,
  panelFindings,
  SPAMMY_TEXT,
  waitFor,
  watchMutations,
  WEBMAIL_VARIANTS,
  REAL_EDITOR_VARIANTS,
  widgetBoxes,
  type BadgeState,
  type Variant,
} from './compose.ts';
import { normalizeSettings, syncItemBytes } from '../../../extension/shared/settings.ts';
import { SCREENSHOTS } from './paths.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

/** Gmail's compose fixture: the draft and the subject, as its content script finds them. */
const GMAIL = { editor: '[g_editable="true"]', subject: 'input[name="subjectbox"]' };

/** Waits for a new score, then for the scores to stop coming (typing produces a few). */
export async function settled(page: Driver, after: BadgeState): Promise<BadgeState> {
  let state = await nextScore(page, after);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 450));
    const now = await badge(page);
    if (now.scored === state.scored && !now.busy) return now;
    state = now;
  }
}

/** Badge texts of all tabs (toolbar), read with the extension API. */
function toolbarBadges(session: Session): Promise<string[]> {
  return session.extension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    };
    const tabs = await api.tabs.query({});
    return Promise.all(tabs.map((tab) => api.action.getBadgeText({ tabId: tab.id! })));
  });
}

/** Match patterns of the content scripts registered at run time (ESP sites). */
function registrations(session: Session): Promise<(string | undefined)[]> {
  return session.extension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    };
    return (await api.scripting.getRegisteredContentScripts()).map((s) => s.matches?.join(','));
  });
}

/** The settings as stored: storage.sync's `settings` with storage.local's `lists` (the phrase lists, ext43) over it. */
function storedSettings(session: Session): Promise<Record<string, unknown> | undefined> {
  return session.extension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      storage: { sync: { get(k: string): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>> } };
    };
    const synced = (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
    const lists = (await api.storage.local.get('lists')).lists as Record<string, unknown> | undefined;
    return synced || lists ? { ...synced, ...lists } : undefined;
  });
}

export function saveSettings(session: Session, settings: object): Promise<void> {
  return session.extension(async (value) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      storage: { sync: { set(v: object): Promise<void> }; local: { remove(k: string): Promise<void> } };
    };
    // as an older version stored them (lists included): storage.local's lists would win (ext43)
    await api.storage.local.remove('lists');
    await api.storage.sync.set({ settings: value });
  }, settings);
}

export function resetSettings(session: Session): Promise<void> {
  return session.extension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      storage: { sync: { clear(): Promise<void> }; local: { remove(k: string): Promise<void> } };
    };
    await api.storage.sync.clear();
    await api.storage.local.remove('lists');
  });
}

/**
 * The popup (`page` open on popup.html) at its usual size, after scoring a pasted spammy draft with
 * a shortened link: the report is shown (the accessibility and forced-colours checks start from it).
 */
export async function popupWithReport(page: Driver): Promise<void> {
  await page.setViewport(400, 700);
  await page.evaluate(() => {
    (document.querySelector('#source') as HTMLTextAreaElement).value =
      '<p>URGENT: <b>WINNER</b>! Claim your prize now, 100% free, act now!!! <a href="http://bit.ly/x">Click here</a></p>';
  });
  await clickSelector(page, '#score');
  await waitFor('the report', () => page.evaluate(() => document.querySelector('#paste-result .sr-score') !== null), (shown) => shown);
}

export async function clickSelector(page: Driver, selector: string): Promise<void> {
  const point = await page.evaluate((s) => {
    const el = document.querySelector(s) as HTMLElement | null;
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 };
  }, selector);
  if (!point) throw new Error(`no element ${selector}`);
  await page.click(point.x, point.y);
}

/** Replaces an input's value the way a user does (click, select all, type), then leaves it (change). */
export async function fillField(page: Driver, selector: string, text: string): Promise<void> {
  await clickSelector(page, selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement).select(), selector);
  await page.type(text);
  await page.press('Tab');
}

function shot(browser: BrowserName, name: string): string | null {
  if (process.env.SPAMRISK_NO_SCREENSHOTS) return null;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, browser === 'chromium' ? `${name}.png` : `${name}-firefox.png`);
}

export function composeSuite(browser: BrowserName, launch: () => Promise<Session>): void {
  let session: Session;
  let server: FixtureServer;
  const pages: Driver[] = [];

  const open = async (site: string, file: string, query = ''): Promise<Driver> => {
    const page = await session.newPage();
    pages.push(page);
    await page.goto(server.url(site, file, query));
    return page;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    const first = await open('mail.google.com', 'gmail-compose.html', '?open=0');
    await session.prepareExtensionContext(first);
  });

  afterEach(async () => {
    await resetSettings(session);
    while (pages.length > 1) await pages.pop()!.close().catch(() => undefined);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Types clean then spammy text (and a spammy subject), checking badge, panel, highlight and the draft. */
  async function composeScenario(v: Variant, screenshots = false): Promise<void> {
    const page = await open(v.site, v.file, v.query);
    const first = await firstScore(page);
    expect(first.count, 'exactly one editor found').toBe(1);
    expect(first.site).toBe(v.adapter);

    await focusEditor(page, v.spec, v.typeAtStart);
    await page.type(CLEAN_TEXT);
    const clean = await settled(page, first);
    expect(clean.level, `clean text scores ${clean.score}`).toBe('low');

    await page.type(SPAMMY_TEXT);
    const spammy = await settled(page, clean);
    expect(spammy.score, 'spammy text raises the score').toBeGreaterThan(clean.score + 3);
    expect(spammy.level).toBe('high');
    // One decimal at every size (ux30: "15" stood for 15.4 next to the panel's "/ 5.0").
    expect(spammy.text).toBe(spammy.score.toFixed(1));
    expect(await toolbarBadges(session), 'toolbar badge shows the tab score').toContain(spammy.text);
    const badgeShot = screenshots ? shot(browser, 'badge-gmail') : null;
    if (badgeShot) {
      // the compose window only: the badge in its corner
      const clip = await page.evaluate(() => {
        const r = document.querySelector('[role="dialog"]')!.getBoundingClientRect();
        return { x: Math.max(r.left - 8, 0), y: Math.max(r.top - 8, 0), width: Math.min(r.width + 16, innerWidth - r.left + 8), height: Math.min(r.height + 16, innerHeight - r.top + 8) };
      });
      await page.screenshot(badgeShot, clip);
    }

    if (v.spec.subject) {
      await focusSubject(page, v.spec);
      await page.type(' FREE $$$ WIN!!!');
      const latest = await settled(page, spammy);
      expect(latest.score, 'a spammy subject counts').toBeGreaterThan(spammy.score);
    }

    // From here on the draft must not change by a single byte.
    const before = await editorHtml(page, v.spec);
    await watchMutations(page, v.spec);

    await clickBadge(page);
    await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
    const findings = await panelFindings(page);
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.suggestion.length).toBeGreaterThan(5);
      expect(f.points).toMatch(/^[+-]?\d+\.\d$/);
    }

    const phrase = findings.findIndex((f) => f.rule.endsWith('-phrase') && f.rule !== 'subject-phrase');
    expect(phrase, 'a phrase finding to highlight').toBeGreaterThanOrEqual(0);
    await clickFinding(page, phrase);
    const lit = await waitFor('the highlight', () => highlights(page, v.spec), (h) => h.size === 1);
    expect(lit.inEditor).toBe(true);
    expect(lit.texts[0]!.length).toBeGreaterThan(1);
    expect(SPAMMY_TEXT.toLowerCase()).toContain(lit.texts[0]!.toLowerCase());
    expect((await badge(page)).highlightVia, 'located from the core offsets, not by search').toBe('offsets');
    const panelShot = screenshots ? shot(browser, 'panel-gmail') : null;
    if (panelShot) await page.screenshot(panelShot);

    for (let i = 0; i < Math.min(findings.length, 8); i++) await clickFinding(page, i);
    await closePanel(page);
    await waitFor('the highlight to clear', () => highlights(page, v.spec), (h) => h.size === 0);

    expect(await editorHtml(page, v.spec), 'draft HTML unchanged byte for byte').toBe(before);
    expect(await editorMutations(page), 'no mutation of the draft').toEqual([]);
    // Everything the page, its editor and the extension loaded came from the fixture server.
    expect(page.requests().filter((url) => !localRequest(url)), 'no request outside the local server').toEqual([]);
  }

  /** A request that stays on this machine: the fixture server, or a URL that needs no network. */
  const localRequest = (url: string): boolean =>
    url.startsWith(`${server.origin}/`) || /^(data|blob|about|chrome-extension|moz-extension):/.test(url);

  describe('webmail compose windows', () => {
    for (const v of WEBMAIL_VARIANTS) {
      test(v.name, () => composeScenario(v, v.query === '?mode=mole'));
    }

    test('Gmail inline reply: the quoted history added by "…" is scored (no input event)', async () => {
      const page = await open('mail.google.com', 'gmail-inline-reply.html');
      const first = await firstScore(page);
      await watchMutations(page, { editor: '#fx-reply-body' });
      await clickSelector(page, '.ajR');
      const after = await nextScore(page, first);
      expect(after.scored).toBeGreaterThan(first.scored);
      expect(await editorHtml(page, { editor: '#fx-reply-body' })).toContain('gmail_quote');
    });
  });

  describe('ESP editors (generic adapter, optional host permission)', () => {
    test('off until the site is enabled in the options; then scored', async () => {
      const esp = await open(ESP_SITE, 'esp-tinymce-editor.html');
      await waitFor('the ESP editor', () => esp.evaluate(() => document.documentElement.dataset.fxReady), (r) => r === '1');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await badge(esp)).count, 'no badge on a site the user did not enable').toBe(0);

      const options = await session.extensionPage('options.html', pages[0]);
      pages.push(options);
      await fillField(options, '#site', server.origin);
      await clickSelector(options, '#add-site');
      await waitFor('the site to be listed', () => options.evaluate(() => document.querySelector('#sites')?.textContent ?? ''), (t) => t.includes('127.0.0.1'));
      const registered = await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
      expect(registered).toEqual(['http://127.0.0.1/*']);

      // Issue 13: the tab that was already open gets its badge without a reload, and the page says so.
      const state = await firstScore(esp);
      expect(state.count).toBe(1);
      expect(state.site).toBe('generic');
      const said = await waitFor('the status', () => options.evaluate(() => document.querySelector('#status')?.textContent ?? ''), (t) => /open/.test(t));
      expect(said).toMatch(/already open/);
    });

    for (const v of [...ESP_VARIANTS, ...REAL_EDITOR_VARIANTS]) {
      test(v.name, async () => {
        // settings were reset after the previous test: enable the site again (storage only; the
        // permission stays granted)
        await session.extension(async (origin) => {
          const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
            storage: { sync: { set(v: object): Promise<void> } };
          };
          await api.storage.sync.set({ settings: { sites: [origin] } });
        }, server.origin);
        await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
        await composeScenario(v);
      });
    }
  });

  test('hostile draft content never runs from the panel or the popup', async () => {
    const spec = { editor: '[g_editable="true"]' };
    const page = await open('mail.google.com', 'gmail-compose.html');
    const first = await firstScore(page);
    await focusEditor(page, spec);
    // As text (a quoted email showing markup) …
    await page.type(' FREE cash <img src=x onerror="window.__pwned=(window.__pwned||0)+1"> <script>window.__pwned=99</script> ');
    // … and as elements, which the page itself runs once on insertion (the baseline).
    await page.evaluate(() => {
      const editor = document.querySelector('[g_editable="true"]')!;
      editor.insertAdjacentHTML(
        'beforeend',
        '<div><img src="x" onerror="window.__pwnedPage=(window.__pwnedPage||0)+1"><script>window.__pwned=7</script>Act now!</div>',
      );
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const state = await settled(page, first);
    const baseline = await page.evaluate(() => (window as unknown as { __pwnedPage?: number }).__pwnedPage ?? 0);

    await clickBadge(page);
    await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
    const findings = await panelFindings(page);
    for (let i = 0; i < findings.length; i++) await clickFinding(page, i);
    const inside = await page.evaluate(() => {
      const root = document.querySelector('spamrisk-badge')!.shadowRoot!;
      return { elements: root.querySelectorAll('img, script, iframe, object, embed').length, text: root.textContent ?? '' };
    });
    expect(inside.elements).toBe(0);
    if (findings.some((f) => f.rule === 'script-in-email')) expect(inside.text).toContain('<script>');

    const popup = await session.extensionPage('popup.html', page);
    pages.push(popup);
    await page.bringToFront();
    await popup.evaluate(() => window.dispatchEvent(new Event('spamrisk-test:refresh')));
    await waitFor('the popup report', () => popup.evaluate(() => document.querySelector('#current .sr-score')?.textContent ?? ''), (t) => t === state.text);
    expect(await popup.evaluate(() => document.querySelectorAll('#current img, #current script').length)).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      page: (window as unknown as { __pwnedPage?: number }).__pwnedPage ?? 0,
    }));
    expect(after.pwned).toBeUndefined();
    expect(after.page, 'no new handler ran after the page inserted its own image').toBe(baseline);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('popup: the focused editor report, pasted HTML, pasted and dropped .eml', async () => {
    const page = await open('mail.google.com', 'gmail-compose.html');
    const first = await firstScore(page);
    await focusEditor(page, { editor: '[g_editable="true"]' });
    await page.type(SPAMMY_TEXT);
    const state = await settled(page, first);

    const popup = await session.extensionPage('popup.html', page);
    pages.push(popup);
    await popup.setViewport(400, 640);
    await page.bringToFront();
    await popup.evaluate(() => window.dispatchEvent(new Event('spamrisk-test:refresh')));
    await waitFor('the current report', () => popup.evaluate(() => document.querySelector('#current .sr-score')?.textContent ?? ''), (t) => t === state.text);
    expect(await popup.evaluate(() => document.querySelectorAll('#current .sr-finding').length)).toBeGreaterThan(2);

    // Pasted HTML.
    await popup.bringToFront();
    await popup.evaluate(() => {
      const source = document.querySelector('#source') as HTMLTextAreaElement;
      source.value = '<p>URGENT: <b>WINNER</b>! Claim your prize now, 100% free, act now!!! <a href="http://bit.ly/x">Click here</a></p>';
    });
    await clickSelector(popup, '#score');
    const pasted = await waitFor('the pasted report', () => popup.evaluate(() => document.querySelector('#paste-result .sr-score')?.textContent ?? ''), (t) => t !== '');
    expect(Number(pasted)).toBeGreaterThan(3);
    const shotFile = shot(browser, 'popup');
    if (shotFile && browser === 'chromium') {
      await popup.setViewport(400, 760);
      await popup.evaluate(() => window.scrollTo(0, 0));
      await popup.screenshot(shotFile);
    }

    // Pasted .eml: parsed as a message (subject and headers count).
    const eml = 'From: "Winner Team" <win@example.test>\r\nTo: you@example.test\r\nSubject: FREE MONEY $$$ ACT NOW\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Claim your prize now!!!</p>\r\n';
    await popup.evaluate((text) => ((document.querySelector('#source') as HTMLTextAreaElement).value = text), eml);
    await clickSelector(popup, '#score');
    await waitFor('the .eml report', () => popup.evaluate(() => document.querySelector('#paste-result')?.textContent ?? ''), (t) => t.includes('.eml'));

    // Dropped .eml file.
    await popup.evaluate((text) => {
      const source = document.querySelector('#source') as HTMLTextAreaElement;
      source.value = '';
      document.querySelector('#paste-result')!.replaceChildren();
      const data = new DataTransfer();
      data.items.add(new File([text], 'offer.eml', { type: 'message/rfc822' }));
      source.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, eml);
    await waitFor('the dropped report', () => popup.evaluate(() => document.querySelector('#paste-result')?.textContent ?? ''), (t) => t.includes('.eml'));
  });

  test('options apply live: threshold, custom phrases, allowed words, languages', async () => {
    const spec = { editor: '[g_editable="true"]' };
    const page = await open('mail.google.com', 'gmail-compose.html');
    const first = await firstScore(page);
    await focusEditor(page, spec);
    await page.type(' Hi Sam, the quarterly figures are ready. FREE cash now, act now! Dear friend, 100% guaranteed, claim your prize!!! ');
    const base = await settled(page, first);
    expect(base.level).toBe('high');

    const options = await session.extensionPage('options.html', page);
    pages.push(options);
    await options.setViewport(900, 1100);
    /** What the findings quote from the draft, lower-cased (independent of rule ids). */
    const quoted = async (): Promise<string[]> => {
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const list = (await panelFindings(page)).flatMap((f) => f.quoted.map((q) => q.toLowerCase()));
      await closePanel(page);
      return list;
    };

    // Threshold: far above the score → no longer "high", without reloading the compose page.
    await fillField(options, '#threshold', '40');
    const relaxed = await waitFor('the new threshold', () => badge(page), (b) => b.scored > base.scored && b.level !== 'high' && !b.busy);
    expect(relaxed.score).toBe(base.score);

    // Custom phrase: counted.
    expect(await quoted()).not.toContain('quarterly figures');
    await fillField(options, '#phrases', 'quarterly figures');
    await waitFor('the custom phrase', () => badge(page), (b) => b.score > relaxed.score && !b.busy);
    expect(await quoted()).toContain('quarterly figures');

    // Allowed word: "free" never counts any more.
    const withFree = await badge(page);
    const mentionsFree = (list: string[]): boolean => list.some((q) => /\bfree\b/.test(q));
    expect(mentionsFree(await quoted())).toBe(true);
    await fillField(options, '#allowed', 'free');
    await waitFor('the allowed word', () => badge(page), (b) => b.score < withFree.score && !b.busy);
    expect(mentionsFree(await quoted())).toBe(false);

    // Languages (issue 13): ticking German adds it to English, the English phrases still count …
    const english = await badge(page);
    await clickSelector(options, '#languages input[value="de"]');
    await waitFor('German saved', () => storedSettings(session), (s) => JSON.stringify(s?.languages) === '["en","de"]');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await badge(page)).score, 'English still checked').toBe(english.score);
    const shotFile = shot(browser, 'options');
    if (shotFile && browser === 'chromium') await options.screenshot(shotFile);
    // … and only removing English (and the detected language) explicitly drops them.
    await clickSelector(options, '#languages input[value="en"]');
    await clickSelector(options, '#detectLanguage');
    await waitFor('the language change', () => badge(page), (b) => b.score < english.score - 1 && !b.busy);

    const stored = await storedSettings(session);
    expect(stored).toMatchObject({ threshold: 40, phrases: ['quarterly figures'], allowed: ['free'], languages: ['de'], detectLanguage: false });
  });

  test('confirm before Send when the level is high (opt-in)', async () => {
    const spec = { editor: '[g_editable="true"]' };
    const page = await open('mail.google.com', 'gmail-compose.html');
    const first = await firstScore(page);
    await page.evaluate(() => {
      const send = document.querySelector('[role="button"][aria-label^="Send"]')!;
      const w = window as unknown as { __sendPresses: number };
      w.__sendPresses = 0;
      send.addEventListener('mousedown', () => w.__sendPresses++);
    });
    await focusEditor(page, spec);
    await page.type(SPAMMY_TEXT);
    const state = await settled(page, first);
    expect(state.level).toBe('high');

    // Off by default: Send goes through.
    await clickSelector(page, '[role="button"][aria-label^="Send"]');
    expect(await page.evaluate(() => (window as unknown as { __sendPresses: number }).__sendPresses)).toBe(1);

    const options = await session.extensionPage('options.html', page);
    pages.push(options);
    await clickSelector(options, '#confirmSend');
    await waitFor('the setting', () => session.extension(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        storage: { sync: { get(k: string): Promise<{ settings?: { confirmSend?: boolean } }> } };
      };
      return (await api.storage.sync.get('settings')).settings?.confirmSend === true;
    }), (on) => on);
    await new Promise((resolve) => setTimeout(resolve, 300));

    await clickSelector(page, '[role="button"][aria-label^="Send"]');
    const confirm = await waitFor('the confirm', () => page.evaluate(() => {
      const box = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm')!;
      return { open: !box.hasAttribute('hidden'), text: box.textContent ?? '', items: box.querySelectorAll('li').length };
    }), (c) => c.open);
    expect(confirm.items).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __sendPresses: number }).__sendPresses), 'Send held back').toBe(1);
    const shotFile = shot(browser, 'confirm-send');
    if (shotFile && browser === 'chromium') await page.screenshot(shotFile);

    const sendAnyway = await page.evaluate(() => {
      const button = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm .sr-primary')!;
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.click(sendAnyway.x, sendAnyway.y);
    await waitFor('the replayed Send', () => page.evaluate(() => (window as unknown as { __sendPresses: number }).__sendPresses), (n) => n === 2);

    // Ctrl+Enter in the body is held back too.
    await focusEditor(page, spec);
    await page.press('Control+Enter');
    await waitFor('the confirm again', () => page.evaluate(() => !document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm')!.hasAttribute('hidden')), (open) => open);
  });

  /**
   * Gmail's compose dock, in a page opened with it closed, opened, taken out and put back eight
   * times without a page load, then removed for good: the window and document listeners
   * (Driver.globalListeners: null where the browser cannot count them) before the first attach,
   * once attached, after the eight returns and after the removal, and the content script's session
   * counters.
   */
  async function dockCycles() {
    const page = await open('mail.google.com', 'gmail-compose.html', '?open=0');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await badge(page)).count).toBe(0);
    const baseline = await page.globalListeners();
    await clickSelector(page, '[gh="cm"]');
    await firstScore(page);
    const attached = await page.globalListeners();
    for (let i = 0; i < 8; i++) {
      await page.evaluate(() => {
        const w = window as unknown as { __dock?: Element };
        w.__dock = document.querySelector('.dw')!;
        w.__dock.remove();
      });
      await waitFor('detach', () => badge(page), (b) => b.count === 0);
      await page.evaluate(() => document.body.append((window as unknown as { __dock: Element }).__dock));
      await waitFor('attach', () => badge(page), (b) => b.count === 1 && b.scored >= 1);
    }
    const counters = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    const returned = await page.globalListeners();
    await page.evaluate(() => document.querySelector('.dw')!.remove());
    await waitFor('detach', () => badge(page), (b) => b.count === 0);
    return { counters, listeners: { baseline, attached, returned, removed: await page.globalListeners() } };
  }

  test('compose windows open and close without page loads: attach, detach', async () => {
    const { counters } = await dockCycles();
    expect(counters.spamriskSessions).toBe('1');
    expect(counters.spamriskDetached).toBe('8');
    await waitFor('the toolbar badge to clear', () => toolbarBadges(session), (texts) => texts.every((t) => t === ''));
  });

  test('compose windows open and close without page loads: no listener leaks', async (ctx) => {
    // Counting a page's listeners needs Chromium's DevTools protocol (DOMDebugger.getEventListeners,
    // every world, content scripts included); Firefox is driven through WebDriver BiDi, which has no
    // such call, so there the check skips and says why rather than passing without having looked.
    if (browser !== 'chromium') ctx.skip('listener leaks are counted in Chromium only: WebDriver BiDi (Firefox) cannot list a page\'s event listeners (Chromium: DOMDebugger.getEventListeners)');
    const { listeners } = await dockCycles();
    expect(listeners.baseline, 'Chromium counts listeners').not.toBeNull();
    expect(listeners.returned, 'listeners of one attached editor, not nine').toBe(listeners.attached);
    expect(listeners.removed, 'every listener removed').toBe(listeners.baseline);
  });

  test('the panel follows a dark page', async () => {
    const page = await open('mail.google.com', 'gmail-compose.html');
    const first = await firstScore(page);
    await focusEditor(page, { editor: '[g_editable="true"]' });
    await page.type(SPAMMY_TEXT);
    await settled(page, first);
    await clickBadge(page);
    expect((await waitFor('the panel', () => badge(page), (b) => b.panelOpen)).theme).toBe('light');
    await closePanel(page);
    // The page switches to a dark theme (its own stylesheet; the draft is untouched).
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body, .fx-list, .AD, .Hy .Hp, .Am, .aSt { background: #202124 !important; color: #e8eaed !important; } .GS .eV input, .aoT { background: #202124; color: #e8eaed; }';
      document.head.append(style);
    });
    await clickBadge(page);
    expect((await waitFor('the panel', () => badge(page), (b) => b.panelOpen)).theme).toBe('dark');
    const shotFile = shot(browser, 'panel-dark');
    if (shotFile) await page.screenshot(shotFile);
  });

  // ---- issue 13: the extension as people really use it ------------------------------------------

  describe('issue 13', () => {
    // Layout, options-page and rendering logic is the same code in both browsers: those tests run in
    // Chromium only, to keep the suite's time down; what touches browser APIs and events runs in both.
    const chromiumOnly = browser === 'chromium' ? test : test.skip;
    const sendPresses = (page: Driver): Promise<number> => page.evaluate(() => (window as unknown as { __sendPresses: number }).__sendPresses);
    const confirmOpen = (page: Driver): Promise<boolean> =>
      page.evaluate(() => !document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm')!.hasAttribute('hidden'));

    test('1. Escape on "Send this email?" closes it; Send and Ctrl+Enter ask again', async () => {
      await saveSettings(session, { confirmSend: true });
      const page = await open('mail.google.com', 'gmail-compose.html');
      const first = await firstScore(page);
      await page.evaluate(() => {
        const w = window as unknown as { __sendPresses: number };
        w.__sendPresses = 0;
        document.querySelector('[role="button"][aria-label^="Send"]')!.addEventListener('mousedown', () => w.__sendPresses++);
      });
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      expect((await settled(page, first)).level).toBe('high');

      await clickSelector(page, '[role="button"][aria-label^="Send"]');
      await waitFor('the confirm', () => confirmOpen(page), (open) => open);
      expect((await widgetBoxes(page)).focus, 'focus moves into the dialog').toMatch(/^button/);
      await page.press('Escape');
      await waitFor('the confirm to close', () => confirmOpen(page), (open) => !open);
      expect(await sendPresses(page), 'Escape does not send').toBe(0);

      // Send again: the question comes back (today nothing happens and nothing reaches the page).
      await clickSelector(page, '[role="button"][aria-label^="Send"]');
      await waitFor('the confirm again', () => confirmOpen(page), (open) => open);
      await page.press('Escape');
      await waitFor('the confirm to close', () => confirmOpen(page), (open) => !open);
      await focusEditor(page, GMAIL);
      await page.press('Control+Enter');
      await waitFor('the confirm after Ctrl+Enter', () => confirmOpen(page), (open) => open);
      const sendAnyway = await page.evaluate(() => {
        const r = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm .sr-primary')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.click(sendAnyway.x, sendAnyway.y);
      await waitFor('the replayed Send', () => sendPresses(page), (n) => n === 1);
    });

    test('3. an empty draft shows no score until there is text', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html');
      const empty = await firstScore(page);
      expect(empty.state).toBe('idle');
      expect(empty.text, 'no number on the badge').toBe('');
      expect(empty.level).toBeUndefined();
      expect(await toolbarBadges(session), 'no toolbar score').not.toContain('2.8');
      expect((await widgetBoxes(page)).label).toMatch(/nothing to score/i);
      await focusEditor(page, GMAIL);
      await page.type('   ');
      await page.press('Enter');
      await page.press('Enter');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await badge(page)).state, 'whitespace is nothing to score').toBe('idle');
      await page.type('Hello Sam');
      const text = await waitFor('a score', () => badge(page), (b) => b.state === 'scored' && !b.busy);
      expect(text.text).toMatch(/^\d/);
      // Deleting everything again: back to no score.
      await page.evaluate(() => {
        const editor = document.querySelector('[g_editable="true"]') as HTMLElement;
        editor.ownerDocument.getSelection()!.selectAllChildren(editor);
      });
      await page.press('Backspace');
      await waitFor('no score again', () => badge(page), (b) => b.state === 'idle');

      // The popup's Score on an empty box: nothing to score, no "low risk".
      const popup = await session.extensionPage('popup.html', page);
      pages.push(popup);
      await popup.evaluate(() => ((document.querySelector('#source') as HTMLTextAreaElement).value = '  \n '));
      await clickSelector(popup, '#score');
      const said = await waitFor('the answer', () => popup.evaluate(() => document.querySelector('#paste-result')?.textContent ?? ''), (t) => t !== '');
      expect(said).toMatch(/nothing to score/i);
      expect(await popup.evaluate(() => document.querySelectorAll('#paste-result .sr-score').length)).toBe(0);
    });

    test('11. the popup refuses a dropped PNG', async () => {
      const page = pages[0]!;
      const popup = await session.extensionPage('popup.html', page);
      pages.push(popup);
      await popup.evaluate(() => {
        const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([png], 'logo.png', { type: 'image/png' }));
        document.querySelector('#source')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
      const error = await waitFor('the refusal', () => popup.evaluate(() => {
        const el = document.querySelector('#paste-error') as HTMLElement;
        return el.hidden ? '' : el.textContent ?? '';
      }), (t) => t !== '');
      expect(error).toContain('logo.png');
      expect(error).toMatch(/not a text file/);
      expect(await popup.evaluate(() => document.querySelectorAll('#paste-result .sr-score').length), 'not scored').toBe(0);
      expect(await popup.evaluate(() => (document.querySelector('#source') as HTMLTextAreaElement).value), 'not pasted as text').toBe('');
    });

    test('4. GrapesJS newsletter (npm): the whole canvas is one document, one badge', async () => {
      await saveSettings(session, { sites: [server.origin] });
      await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
      const page = await open(ESP_SITE, 'esp-grapesjs-newsletter.html');
      await waitFor('GrapesJS', () => page.evaluate(() => document.documentElement.dataset.fxReady), (r) => r === '1', 20_000);
      const first = await waitFor('the canvas score', () => badge(page), (b) => b.count === 1 && b.state === 'scored' && !b.busy, 15_000);
      expect(first.site).toBe('generic');
      expect(first.level).toBe('low');
      const spec = { frame: 'iframe.gjs-frame', editor: '[data-gjs-type="wrapper"]' };
      // The footer's unsubscribe link is in another block than the one being edited: the union counts.
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      expect((await panelFindings(page)).map((f) => f.rule).filter((rule) => /unsubscribe/.test(rule))).toEqual([]);
      await closePanel(page);

      // Edit one text block as a user does: double-click it (GrapesJS makes only it editable), type.
      const point = await page.evaluate(() => {
        const frame = document.querySelector('iframe.gjs-frame') as HTMLIFrameElement;
        const block = frame.contentDocument!.querySelector('#fx-block-body')!;
        const f = frame.getBoundingClientRect();
        const r = block.getBoundingClientRect();
        return { x: f.left + r.left + 30, y: f.top + r.top + r.height / 2 };
      });
      await page.click(point.x, point.y);
      // GrapesJS turns a text block editable on dblclick (two synthetic clicks do not make one).
      await page.evaluate(() => {
        const frame = document.querySelector('iframe.gjs-frame') as HTMLIFrameElement;
        frame.contentDocument!.querySelector('#fx-block-body')!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, detail: 2 }));
      });
      const editable = await waitFor('the block to be editable', () => page.evaluate(() =>
        ((document.querySelector('iframe.gjs-frame') as HTMLIFrameElement).contentDocument!.querySelector('#fx-block-body') as HTMLElement).isContentEditable),
      (e) => e, 5000);
      expect(editable).toBe(true);
      await page.evaluate(() => {
        const doc = (document.querySelector('iframe.gjs-frame') as HTMLIFrameElement).contentDocument!;
        const block = doc.querySelector('#fx-block-body') as HTMLElement;
        block.focus();
        const range = doc.createRange();
        range.selectNodeContents(block);
        range.collapse(false);
        doc.getSelection()!.removeAllRanges();
        doc.getSelection()!.addRange(range);
      });
      await page.type(SPAMMY_TEXT);
      const spammy = await waitFor('the spammy canvas', () => badge(page), (b) => b.level === 'high' && !b.busy, 10_000);
      expect((await badge(page)).count, 'still one badge for the canvas').toBe(1);
      expect(spammy.score).toBeGreaterThan(first.score + 3);

      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const findings = await panelFindings(page);
      const phrase = findings.findIndex((f) => f.rule.endsWith('-phrase') && f.rule !== 'subject-phrase');
      expect(phrase).toBeGreaterThanOrEqual(0);
      await clickFinding(page, phrase);
      const lit = await waitFor('the highlight in the canvas', () => highlights(page, spec), (h) => h.size === 1);
      expect(lit.inEditor).toBe(true);
      const shotFile = shot(browser, 'grapesjs');
      if (shotFile && browser === 'chromium') await page.screenshot(shotFile);
    });

    test('4. a block canvas in a same-origin iframe: the union of its editable blocks', async () => {
      await saveSettings(session, { sites: [server.origin] });
      await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
      const page = await open(ESP_SITE, 'esp-block-canvas.html', '?frame=same');
      const first = await waitFor('the canvas score', () => badge(page), (b) => b.count === 1 && b.state === 'scored' && !b.busy, 10_000);
      expect(first.site).toBe('generic');
      await focusEditor(page, { frame: '#fx-builder', editor: '#fx-text-2' });
      await page.type(SPAMMY_TEXT);
      const after = await waitFor('the spammy canvas', () => badge(page), (b) => b.level === 'high' && !b.busy);
      expect(after.count, 'one badge for three editable blocks').toBe(1);
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      // The footer block's unsubscribe link counts although another block was edited.
      expect((await panelFindings(page)).some((f) => /unsubscribe/.test(f.rule))).toBe(false);
    });

    test('4. a builder in a cross-origin frame: the popup says which site to add; once added, it is scored', async () => {
      await saveSettings(session, { sites: [server.origin] });
      await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
      const page = await open(ESP_SITE, 'esp-block-canvas.html', '?frame=cross');
      await waitFor('the builder frame', () => page.evaluate(() => document.documentElement.dataset.fxReady), (r) => r === '1');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const popup = await session.extensionPage('popup.html', page);
      pages.push(popup);
      await page.bringToFront();
      await popup.evaluate(() => window.dispatchEvent(new Event('spamrisk-test:refresh')));
      const other = `http://localhost:${server.port}`;
      const hint = await waitFor('the frame hint', () => popup.evaluate(() => document.querySelector('#current .frame-hint')?.textContent ?? ''), (t) => t !== '');
      expect(hint).toContain(other);
      expect(await popup.evaluate(() => document.querySelector('#current .frame-add')?.textContent ?? '')).toContain(other);

      // The user adds that site too: the frame gets its own badge and score, no reload.
      await saveSettings(session, { sites: [server.origin, other] });
      await waitFor('both registrations', () => registrations(session), (list) => list.includes('http://localhost/*'));
      // (an open tab gets the script from the options page's Add; here storage was written directly)
      await page.goto(server.url(ESP_SITE, 'esp-block-canvas.html', '?frame=cross'));
      await waitFor('the builder frame', () => page.evaluate(() => document.documentElement.dataset.fxReady), (r) => r === '1');
      const framed = await waitFor('the toolbar score of the framed canvas', () => toolbarBadges(session), (texts) => texts.some((t) => /^\d/.test(t)), 10_000);
      expect(framed.some((t) => /^\d/.test(t))).toBe(true);
      await page.bringToFront();
      await popup.evaluate(() => window.dispatchEvent(new Event('spamrisk-test:refresh')));
      await waitFor('the framed report in the popup', () => popup.evaluate(() => document.querySelector('#current .sr-score')?.textContent ?? ''), (t) => /^\d/.test(t));
    });

    test('5. keyboard: Enter opens the panel with focus in it, Tab follows reading order, Escape returns to the badge; a live region speaks', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      const spoken = (await widgetBoxes(page)).live;
      expect(spoken, 'the polite live region announced the score').toMatch(/\d/);
      expect(await page.evaluate(() => document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-live')!.getAttribute('aria-live'))).toBe('polite');

      await page.evaluate(() => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge') as HTMLElement).focus());
      await page.press('Enter');
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      expect((await widgetBoxes(page)).focus, 'focus moved into the panel').toMatch(/^section\.sr-panel/);
      await page.press('Tab');
      expect((await widgetBoxes(page)).focus, 'first stop: the close button').toMatch(/^button\.sr-close/);
      const expected = await page.evaluate(() =>
        [...document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll('.sr-panel button.sr-finding')].slice(0, 3).map((b) => (b as HTMLElement).dataset.rule));
      for (const rule of expected) {
        await page.press('Tab');
        expect((await widgetBoxes(page)).focus, 'the findings, first to last').toBe(`button.sr-finding[${rule}]`);
      }
      await page.press('Escape');
      await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
      expect((await widgetBoxes(page)).focus, 'focus back on the badge').toMatch(/^button\.sr-badge/);
      // Shift+Tab from the badge's panel reopened goes back to the badge.
      await page.press('Enter');
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      await page.press('Shift+Tab');
      expect((await widgetBoxes(page)).focus).toMatch(/^button\.sr-badge/);
    });

    chromiumOnly('9. the panel covers neither recipients, subject nor the window controls, and closes when typing resumes', async () => {
      const cases = [
        { site: 'mail.google.com', file: 'gmail-compose.html', query: '?mode=fullscreen', spec: GMAIL,
          keep: ['input[name="subjectbox"]', '.GS', '[role="button"][aria-label^="Send"]', '.Hm img[aria-label]'] },
        { site: 'mail.google.com', file: 'gmail-compose.html', query: '?mode=mole', spec: GMAIL,
          keep: ['input[name="subjectbox"]', '.GS', '[role="button"][aria-label^="Send"]', '.Hm img[aria-label]'] },
        { site: 'mail.yahoo.com', file: 'yahoo-compose.html', query: '?mode=new', spec: { editor: '[data-test-id="rte"]' },
          keep: ['input[data-test-id="compose-subject"]', '#message-to-field', '[data-test-id="compose-send-button"]'] },
      ];
      for (const c of cases) {
        const page = await open(c.site, c.file, c.query);
        const first = await firstScore(page);
        await focusEditor(page, c.spec);
        await page.type(SPAMMY_TEXT);
        await settled(page, first);
        await clickBadge(page);
        await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
        const panel = (await widgetBoxes(page)).panel!;
        const overlaps = await page.evaluate(({ keep, p }) => keep.flatMap((selector) => [...document.querySelectorAll(selector)].map((el) => {
          const r = el.getBoundingClientRect();
          const hit = r.width > 0 && r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
          return hit ? selector : null;
        })).filter((x) => x !== null), { keep: c.keep, p: panel });
        expect(overlaps, `${c.file}${c.query}: covered`).toEqual([]);
        expect(panel.bottom - panel.top, 'a readable panel').toBeGreaterThan(150);
        // Back to typing: the panel closes, focus stays in the draft; the badge reopens it.
        await focusEditor(page, c.spec);
        await page.type(' ok');
        await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
        await clickBadge(page);
        await waitFor('the panel again', () => badge(page), (b) => b.panelOpen);
        await page.close();
        pages.splice(pages.indexOf(page), 1);
      }
    });

    chromiumOnly('9. TinyMCE: the panel uses the room the window has, not only the editor', async () => {
      await saveSettings(session, { sites: [server.origin] });
      await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
      const v = ESP_VARIANTS[0]!;
      const page = await open(v.site, v.file, v.query);
      await page.setViewport(1280, 1000);
      // A short text block near the top of a tall window: below it there is plenty of room.
      await waitFor('the ESP editor', () => page.evaluate(() => document.documentElement.dataset.fxReady), (r) => r === '1');
      await page.evaluate(() => ((document.querySelector('#fx-block-text_ifr') as HTMLElement).style.height = '110px'));
      const first = await firstScore(page);
      await focusEditor(page, v.spec);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const { panel } = await widgetBoxes(page);
      const frame = await page.evaluate(() => {
        const r = document.querySelector('#fx-block-text_ifr')!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      const subject = await page.evaluate(() => {
        const r = document.querySelector('#fx-subject')!.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      const shown = panel!.bottom - panel!.top;
      expect(shown, `not cut at the editor's bottom edge (${Math.round(frame.bottom)})`).toBeGreaterThanOrEqual(Math.min(panel!.scrollHeight, 500));
      const coversSubject = subject.left < panel!.right && subject.right > panel!.left && subject.top < panel!.bottom && subject.bottom > panel!.top;
      expect(coversSubject, 'the subject stays visible').toBe(false);
      await page.setViewport(1280, 800);
    });

    chromiumOnly('12. findings that cannot be shown in the draft are disabled buttons; the others highlight', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const kinds = await page.evaluate(() => {
        const root = document.querySelector('spamrisk-badge')!.shadowRoot!;
        return {
          buttons: root.querySelectorAll('.sr-panel button.sr-finding:not([aria-disabled="true"])').length,
          plain: [...root.querySelectorAll('.sr-panel button.sr-finding[aria-disabled="true"]')].map((d) => (d as HTMLElement).dataset.rule),
        };
      });
      expect(kinds.plain.length, 'a finding without a place in the draft (e.g. no unsubscribe link)').toBeGreaterThan(0);
      for (let i = 0; i < Math.min(kinds.buttons, 6); i++) {
        const point = await page.evaluate((n) => {
          const el = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll('.sr-panel button.sr-finding:not([aria-disabled="true"])')[n] as HTMLElement;
          el.scrollIntoView({ block: 'nearest' });
          const r = el.getBoundingClientRect();
          return { x: r.left + 20, y: r.top + Math.min(r.height / 2, 14), subject: el.dataset.rule === 'subject-phrase' };
        }, i);
        await page.click(point.x, point.y);
        if (!point.subject) expect((await badge(page)).highlightVia, `button #${i} highlights something`).not.toBe('none');
      }
    });

    for (const c of [
      { name: 'Outlook', site: 'outlook.office.com', file: 'outlook-compose.html', query: '?mode=new', editor: '[aria-label^="Message body"]',
        to: '[aria-label="To"]', widen: { selector: '#app', columns: '120px 200px 1fr' } },
      { name: 'Yahoo', site: 'mail.yahoo.com', file: 'yahoo-compose.html', query: '?mode=new', editor: '[data-test-id="rte"]',
        to: '#message-to-field', widen: null },
    ]) {
      chromiumOnly(`12. ${c.name}: the badge keeps its offset from the editor's edge when the editor widens and the badge grows`, async () => {
        const page = await open(c.site, c.file, c.query);
        const first = await firstScore(page);
        const gap = (): Promise<{ right: number; bottom: number }> => page.evaluate((selector) => {
          const editor = document.querySelector(selector) as HTMLElement;
          const r = editor.getBoundingClientRect();
          const inner = { right: r.left + editor.clientLeft + editor.clientWidth, bottom: Math.min(r.top + editor.clientTop + editor.clientHeight, innerHeight) };
          const b = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge')!.getBoundingClientRect();
          return { right: Math.round(inner.right - b.right), bottom: Math.round(inner.bottom - b.bottom) };
        }, c.editor);
        await focusEditor(page, { editor: c.editor });
        await page.type(SPAMMY_TEXT);
        await settled(page, first);
        // The editor widens (a wider window, the side pane collapsed) …
        await page.setViewport(1500, 800);
        if (c.widen) await page.evaluate(({ selector, columns }) => ((document.querySelector(selector) as HTMLElement).style.gridTemplateColumns = columns), c.widen);
        await new Promise((resolve) => setTimeout(resolve, 700));
        const widened = await gap();
        expect(widened.right, 'after widening: space at the right').toBeGreaterThanOrEqual(6);
        // … then the badge itself grows (a recipient warning adds its "@" marker) with the editor unchanged.
        await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).focus(), c.to);
        await page.type('someone@gmial.com');
        await waitFor('the recipient marker', () => page.evaluate(() => Number((document.querySelector('spamrisk-badge') as HTMLElement).dataset.recipients ?? 0)), (n) => n > 0);
        await new Promise((resolve) => setTimeout(resolve, 700));
        const grown = await gap();
        expect(grown.right, 'after the badge grew: still space at the right').toBeGreaterThanOrEqual(6);
        expect(grown.bottom).toBeGreaterThanOrEqual(6);
        await page.setViewport(1280, 800);
      });
    }

    chromiumOnly('10. options: invalid values get a message next to the field and are not saved', async () => {
      const options = await session.extensionPage('options.html', pages[0]);
      pages.push(options);
      await options.setViewport(900, 1100);
      const fieldState = (id: string): Promise<{ error: string; invalid: string | null; value: string }> =>
        options.evaluate((i) => {
          const field = document.getElementById(i) as HTMLInputElement;
          const error = document.getElementById(`${i}-error`) as HTMLElement;
          return { error: error.hidden ? '' : error.textContent ?? '', invalid: field.getAttribute('aria-invalid'), value: field.value };
        }, id);
      for (const bad of ['0', '-3', '101', '1e9', '0.1', '7.3', '']) {
        if (bad === '') {
          await clickSelector(options, '#threshold');
          await options.evaluate(() => (document.querySelector('#threshold') as HTMLInputElement).select());
          await options.press('Backspace');
          await options.press('Tab');
        } else {
          await fillField(options, '#threshold', bad);
        }
        const state = await waitFor(`a message for ${JSON.stringify(bad)}`, () => fieldState('threshold'), (s) => s.error !== '');
        expect(state.invalid).toBe('true');
        expect(state.value, 'the typed value is kept, not reverted').toBe(bad);
        expect(state.error).toMatch(/0.5/);
      }
      expect((await storedSettings(session))?.threshold ?? 5, 'nothing saved').toBe(5);
      await fillField(options, '#threshold', '7.5');
      await waitFor('the valid threshold saved', () => storedSettings(session), (s) => s?.threshold === 7.5);
      expect((await fieldState('threshold')).error).toBe('');

      const site = async (text: string): Promise<string> => {
        await fillField(options, '#site', text);
        await clickSelector(options, '#add-site');
        return (await waitFor(`the message for ${text}`, () => fieldState('site'), (s) => s.error !== '')).error;
      };
      expect(await site('not a url')).toMatch(/not a web address/);
      expect(await site('mail.google.com')).toMatch(/already works/);
      // (test builds may use http on 127.0.0.1 and localhost, where the fixtures are served, so the
      // http message is checked on another host here; unit tests check http://localhost:8080 itself)
      const insecure = await site('http://intranet.example:8080');
      expect(insecure).toContain('http://intranet.example:8080');
      expect(insecure).toMatch(/https:\/\/localhost:8080/);
      expect((await storedSettings(session))?.sites ?? [], 'no site saved').toEqual([]);
      await fillField(options, '#site', '*.example.com');
      expect(await options.evaluate(() => document.querySelector('#site-preview')?.textContent ?? '')).toContain('https://*.example.com/*');
    });
  });

  // ---- ux30: what a user trial found -------------------------------------------------------------

  describe('ux30', () => {
    const chromiumOnly = browser === 'chromium' ? test : test.skip;
    /**
     * Runs a keyboard command as its shortcut does. A browser-level shortcut cannot be pressed from
     * the test in either browser (CDP and BiDi key events go to the page, verified: Alt+Shift+K sent
     * that way never reaches the extension), so a test-build hook asks the background to run it.
     */
    const runCommand = (page: Driver, name: string): Promise<void> =>
      page.evaluate((n) => void window.dispatchEvent(new CustomEvent('spamrisk-test:command', { detail: n })), name);
    /** The caret in the draft: the text of its node and the offset in it, or null when elsewhere. */
    const caret = (page: Driver): Promise<{ active: boolean; text: string; offset: number } | null> =>
      page.evaluate((selector) => {
        const editor = document.querySelector(selector) as HTMLElement;
        const selection = getSelection();
        if (!selection || selection.rangeCount === 0 || !editor.contains(selection.anchorNode)) return null;
        return { active: document.activeElement === editor, text: selection.anchorNode?.textContent ?? '', offset: selection.anchorOffset };
      }, GMAIL.editor);

    test('1. a keyboard shortcut opens the panel of the draft being written; Escape gives focus back to the draft, caret where it was', async () => {
      const shortcut = await session.extension(async () => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
        };
        return (await api.commands.getAll()).find((c) => c.name === 'open-panel')?.shortcut ?? '';
      });
      expect(shortcut, 'the browser took the suggested key (empty: refused or taken)').toBe(OPEN_PANEL_KEYS);

      const page = await open('mail.google.com', 'gmail-compose.html');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      // The caret in the middle of the draft, not at its end.
      await page.evaluate((selector) => {
        const editor = document.querySelector(selector) as HTMLElement;
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode()!;
        const range = document.createRange();
        range.setStart(node, 6);
        range.collapse(true);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, GMAIL.editor);
      const before = { html: await editorHtml(page, GMAIL), caret: await caret(page) };
      expect(before.caret?.active).toBe(true);
      // The badge names the keys in force (ext30 review: only the options page did).
      const named = await waitFor(
        'the badge to name the shortcut',
        () =>
          page.evaluate(() => {
            const b = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge')!;
            return { title: b.getAttribute('title') ?? '', keys: b.getAttribute('aria-keyshortcuts') };
          }),
        (b) => b.keys !== null,
      );
      expect(named.keys).toBe(OPEN_PANEL_KEYS);
      expect(named.title).toContain(OPEN_PANEL_KEYS);

      await runCommand(page, 'open-panel');
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      expect((await widgetBoxes(page)).focus, 'focus in the panel').toMatch(/^section\.sr-panel/);
      await page.press('Tab');
      expect((await widgetBoxes(page)).focus, 'Tab goes on inside the panel').toMatch(/^button\.sr-close/);
      await page.press('Escape');
      await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
      expect((await widgetBoxes(page)).focus, 'not the badge').toBe('');
      expect(await caret(page), 'focus and caret back where they were').toEqual(before.caret);
      expect(await editorHtml(page, GMAIL), 'the draft is unchanged').toBe(before.html);
      // Typing goes on at the caret.
      await page.type('Q');
      expect(await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).textContent!.slice(0, 8), GMAIL.editor)).toBe(
        `${before.caret!.text.slice(0, 6)}Q${before.caret!.text.slice(6, 7)}`,
      );

      // From the subject: back to the subject.
      await focusSubject(page, GMAIL);
      await runCommand(page, 'open-panel');
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      await page.press('Escape');
      await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('subjectbox');

      // From a button of the page (Gmail's Compose), not the draft: back to that button (ext30 review:
      // Escape always went to the draft).
      const html = await editorHtml(page, GMAIL);
      await page.evaluate(() => (document.querySelector('[gh="cm"]') as HTMLElement).focus());
      await runCommand(page, 'open-panel');
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      await page.press('Escape');
      await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('gh'))).toBe('cm');
      expect(await editorHtml(page, GMAIL), 'the draft is unchanged').toBe(html);
    });

    chromiumOnly('2. every finding is a Tab stop, in reading order; Enter and Space on one without a place in the draft do nothing', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      await page.evaluate(() => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge') as HTMLElement).focus());
      await page.press('Enter');
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const findings = await panelFindings(page);
      await page.press('Tab');
      expect((await widgetBoxes(page)).focus).toMatch(/^button\.sr-close/);
      const stops: string[] = [];
      let tried = false;
      for (let i = 0; i < findings.length; i++) {
        await page.press('Tab');
        const focus = (await widgetBoxes(page)).focus;
        stops.push(focus);
        const disabled = await page.evaluate(() => document.querySelector('spamrisk-badge')!.shadowRoot!.activeElement?.getAttribute('aria-disabled') === 'true');
        if (disabled && !tried) {
          tried = true;
          const state = (): Promise<unknown> =>
            page.evaluate(() => {
              const root = document.querySelector('spamrisk-badge')!.shadowRoot!;
              const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
              return {
                focus: (root.activeElement as HTMLElement | null)?.dataset.rule,
                open: !(root.querySelector('.sr-panel') as HTMLElement).hidden,
                pressed: root.querySelectorAll('[aria-pressed="true"]').length,
                highlights: registry.get('spamrisk-finding')?.size ?? 0,
              };
            });
          const was = await state();
          await page.press('Enter');
          await page.press('Space');
          expect(await state(), 'nothing happened').toEqual(was);
        }
      }
      expect(stops, 'each finding once, first to last').toEqual(findings.map((f) => `button.sr-finding[${f.rule}]`));
      expect(tried, 'a finding without a place in the draft (the unsubscribe link, phrase density)').toBe(true);
    });

    chromiumOnly('3. options: the last language cannot be unticked, and its box stays ticked; the shortcut is named', async () => {
      await saveSettings(session, { languages: ['de'], detectLanguage: false });
      const options = await session.extensionPage('options.html', pages[0]);
      pages.push(options);
      await options.setViewport(900, 1100);
      const boxes = (): Promise<{ de: boolean; detect: boolean; error: string }> =>
        options.evaluate(() => ({
          de: (document.querySelector('#languages input[value="de"]') as HTMLInputElement).checked,
          detect: (document.querySelector('#detectLanguage') as HTMLInputElement).checked,
          error: (document.querySelector('#languages-error') as HTMLElement).hidden ? '' : document.querySelector('#languages-error')!.textContent ?? '',
        }));
      await waitFor('the saved languages shown', boxes, (b) => b.de && !b.detect);
      await clickSelector(options, '#languages input[value="de"]');
      const refused = await waitFor('the message', boxes, (b) => b.error !== '');
      expect(refused.de, 'the box whose change was refused is ticked again').toBe(true);
      expect((await storedSettings(session))?.languages).toEqual(['de']);
      // The same for the detection box, when it is the last one left.
      await clickSelector(options, '#detectLanguage');
      await waitFor('detection saved', () => storedSettings(session), (st) => st?.detectLanguage === true);
      await clickSelector(options, '#languages input[value="de"]');
      await waitFor('German removed', () => storedSettings(session), (st) => JSON.stringify(st?.languages) === '[]');
      await clickSelector(options, '#detectLanguage');
      const last = await waitFor('the message', boxes, (b) => b.error !== '');
      expect(last.detect).toBe(true);
      expect((await storedSettings(session))?.detectLanguage).toBe(true);

      expect(await options.evaluate(() => document.querySelector('#shortcut')?.textContent ?? '')).toContain(OPEN_PANEL_KEYS);
    });
  });

  // ---- ext33: what the extension audit found -----------------------------------------------------

  describe('ext33', () => {
    const CK_FULL = { frame: 'iframe.cke_wysiwyg_frame', editor: 'body', subject: '#fx-subject' };
    /** Gmail's docked compose with a spammy subject and `text` in the draft, scored. */
    const withSpammySubject = async (text: string): Promise<Driver> => {
      const page = await open('mail.google.com', 'gmail-compose.html', '?mode=mole');
      const first = await firstScore(page);
      await focusSubject(page, GMAIL);
      await page.type('FREE MONEY $1000 WINNER');
      await focusEditor(page, GMAIL);
      await page.type(text);
      await settled(page, first);
      return page;
    };
    /** What CKEditor 4 saves: getData(), the textarea updateElement() fills, and the iframe's whole document. */
    const saved = (page: Driver): Promise<{ data: string; textarea: string; document: string }> =>
      page.evaluate(() => {
        const editor = (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string; updateElement(): void }> } }).CKEDITOR.instances['fx-body']!;
        editor.updateElement();
        return {
          data: editor.getData(),
          textarea: (document.getElementById('fx-body') as HTMLTextAreaElement).value,
          document: (document.querySelector('iframe.cke_wysiwyg_frame') as HTMLIFrameElement).contentDocument!.documentElement.outerHTML,
        };
      });
    /** Whether a stylesheet of the editor's document (its own or adopted) paints our highlight. */
    const highlightStyled = (page: Driver): Promise<boolean> =>
      page.evaluate(() => {
        const doc = (document.querySelector('iframe.cke_wysiwyg_frame') as HTMLIFrameElement).contentDocument!;
        const sheets = [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])];
        return sheets.some((sheet) => {
          try {
            return [...sheet.cssRules].some((rule) => rule.cssText.includes('spamrisk-finding'));
          } catch {
            return false;
          }
        });
      });

    test('1. CKEditor 4 fullPage: nothing of ours is saved with the document, while the highlight shows or after', async () => {
      await saveSettings(session, { sites: [server.origin] });
      await waitFor('the registration', () => registrations(session), (list) => list.includes('http://127.0.0.1/*'));
      const page = await open(ESP_SITE, 'esp-ckeditor4-editor.html', '?fullpage=1');
      await waitFor('the editor', () => page.evaluate(() => document.documentElement.dataset.fxReady), (r) => r === '1');
      const first = await firstScore(page);
      await focusEditor(page, CK_FULL);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      const before = await saved(page);
      expect(before.data, 'a whole document').toMatch(/<html[\s\S]*<head>[\s\S]*<style/);

      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const findings = await panelFindings(page);
      const phrase = findings.findIndex((f) => f.rule.endsWith('-phrase') && f.rule !== 'subject-phrase');
      await clickFinding(page, phrase);
      const lit = await waitFor('the highlight', () => highlights(page, CK_FULL), (h) => h.size === 1);
      expect(lit.inEditor).toBe(true);
      expect(await highlightStyled(page), 'the highlight is painted').toBe(true);
      const shown = await saved(page);
      expect(shown.data, 'getData() while the highlight shows').toBe(before.data);
      expect(shown.textarea).toBe(before.textarea);
      expect(shown.document).not.toContain('spamrisk');

      await closePanel(page);
      await waitFor('the highlight to clear', () => highlights(page, CK_FULL), (h) => h.size === 0);
      const after = await saved(page);
      expect(after.data, 'getData() after the panel closed').toBe(before.data);
      expect(after.textarea).toBe(before.textarea);
      expect(after.document).not.toContain('spamrisk');
      expect(await highlightStyled(page), 'our stylesheet went with the highlight').toBe(false);
    });

    test('3. the draft changes while a finding has focus: focus stays on that finding, Tab goes on from it', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html', '?mode=mole');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      const scored = await settled(page, first);
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      // (audit 5) the widget names its language and direction: the UI's, English in these browsers
      expect(await page.evaluate(() => {
        const root = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-root') as HTMLElement;
        return `${root.lang.split('-')[0]} ${root.dir}`;
      })).toBe('en ltr');
      for (let i = 0; i < 4; i++) await page.press('Tab'); // the close button, then the third finding
      const on = (await widgetBoxes(page)).focus;
      expect(on).toMatch(/^button\.sr-finding\[/);
      const next = await page.evaluate(() => {
        const buttons = [...document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll('.sr-panel .sr-finding')];
        return (buttons[buttons.indexOf(document.querySelector('spamrisk-badge')!.shadowRoot!.activeElement!) + 1] as HTMLElement | undefined)?.dataset.rule;
      });
      // The page changes the draft by script (a signature): a re-score redraws the open panel.
      await page.evaluate((selector) => {
        const line = document.createElement('div');
        line.textContent = '-- Sent from my phone';
        document.querySelector(selector)!.append(line);
      }, GMAIL.editor);
      await settled(page, scored);
      expect((await badge(page)).panelOpen).toBe(true);
      expect((await widgetBoxes(page)).focus, 'the same finding (its message may count the new words)').toBe(on);
      await page.press('Tab');
      expect((await widgetBoxes(page)).focus, 'Tab goes on from there').toBe(`button.sr-finding[${next}]`);
    });

    test('4. a subject finding: focus stays in the panel, the subject is marked, not selected; Escape from the subject closes the panel', async () => {
      const page = await withSpammySubject(' Hello, act now! Click here.');
      const subjectState = (): Promise<{ value: string; start: number | null; end: number | null; focused: boolean }> =>
        page.evaluate((selector) => {
          const input = document.querySelector(selector) as HTMLInputElement;
          return { value: input.value, start: input.selectionStart, end: input.selectionEnd, focused: document.activeElement === input };
        }, GMAIL.subject);
      const before = await subjectState();
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const findings = await panelFindings(page);
      const index = findings.findIndex((f) => f.rule.startsWith('subject-'));
      expect(index, 'a subject finding').toBeGreaterThanOrEqual(0);
      // By keyboard: focus the finding, Enter.
      await page.evaluate((i) => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll('.sr-panel .sr-finding')[i] as HTMLElement).focus(), index);
      await page.press('Enter');
      const marked = await waitFor('the mark', () => page.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.mark ?? ''), (m) => m !== '');
      expect(marked).toMatch(/^\d+-\d+$/);
      expect((await widgetBoxes(page)).focus, 'focus stays on the finding').toBe(`button.sr-finding[${findings[index]!.rule}]`);
      const during = await subjectState();
      expect(during.focused, 'the subject did not take focus').toBe(false);
      expect([during.value, during.start, during.end], 'no selection in the subject').toEqual([before.value, before.start, before.end]);
      // The mark is over the subject field.
      const overlap = await page.evaluate((selector) => {
        const m = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-mark')!.getBoundingClientRect();
        const f = document.querySelector(selector)!.getBoundingClientRect();
        return m.width > 0 && m.left < f.right && m.right > f.left && m.top < f.bottom && m.bottom > f.top;
      }, GMAIL.subject);
      expect(overlap).toBe(true);
      // A key now goes to the finding, not into the subject.
      await page.press('x');
      expect((await subjectState()).value).toBe(before.value);

      // The user clicks into the subject: Escape there closes the panel, focus stays in the subject.
      await focusSubject(page, GMAIL);
      await page.press('Escape');
      await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
      expect((await subjectState()).focused).toBe(true);
      expect((await subjectState()).value).toBe(before.value);
      expect(await page.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.mark ?? '')).toBe('');
    });

    for (const lang of ['it', 'pt']) {
      test(`6. Outlook in another UI language (${lang}): the subject counts`, async () => {
        const page = await open('outlook.office.com', 'outlook-compose.html', `?mode=new&lang=${lang}`);
        const first = await firstScore(page);
        expect(first.site).toBe('outlook');
        const spec = { editor: '#fx-owa-body', subject: 'input[type="text"]' };
        await focusEditor(page, spec);
        await page.type(CLEAN_TEXT);
        const clean = await settled(page, first);
        await focusSubject(page, spec);
        await page.type('FREE MONEY $1000 WINNER!!!');
        const spammy = await settled(page, clean);
        expect(spammy.score, 'the subject is read').toBeGreaterThan(clean.score + 1);
        await clickBadge(page);
        await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
        expect((await panelFindings(page)).some((f) => f.rule.startsWith('subject-'))).toBe(true);
      });
    }

    // ---- review ext33fix ----
    test('6b. Outlook in Italian, a reply (?lang=it&mode=reply): the compose is built and its subject counts', async () => {
      const page = await open('outlook.office.com', 'outlook-compose.html', '?mode=reply&lang=it');
      const first = await firstScore(page);
      expect(first.site).toBe('outlook');
      const spec = { editor: '#fx-owa-body', subject: 'input[type="text"]' };
      await focusSubject(page, spec);
      await page.press('End');
      await page.type(' FREE MONEY $1000 WINNER!!!');
      const spammy = await settled(page, first);
      expect(spammy.score, 'the subject is read').toBeGreaterThan(first.score + 1);
    });

    test('review 3: a page that breaks or tampers with CSSStyleSheet gets nothing of ours in its document; each highlight has a fresh sheet', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html', '?mode=mole');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      await settled(page, first);
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const findings = await panelFindings(page);
      const phrase = findings.findIndex((f) => f.rule.endsWith('-phrase') && !f.rule.startsWith('subject'));
      expect(phrase).toBeGreaterThanOrEqual(0);
      const ours = (): Promise<boolean> =>
        page.evaluate(() => [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('spamrisk-finding'))));
      await clickFinding(page, phrase);
      await waitFor('the highlight', () => highlights(page, GMAIL), (h) => h.size === 1);
      expect(await ours(), 'painted by an adopted sheet').toBe(true);
      // The page empties the adopted sheet; the next highlight must not reuse it.
      await page.evaluate(() => {
        for (const sheet of document.adoptedStyleSheets) sheet.replaceSync('');
      });
      await clickFinding(page, phrase);
      await waitFor('the highlight', () => highlights(page, GMAIL), (h) => h.size === 1);
      expect(await ours(), 'a fresh sheet for the next highlight').toBe(true);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length), 'the old one is gone').toBe(1);

      await closePanel(page);
      await waitFor('the highlight to clear', () => highlights(page, GMAIL), (h) => h.size === 0);
      expect(await ours(), 'no sheet of ours after close').toBe(false);

      // A page that breaks replaceSync before our first highlight (Firefox builds the sheet with the
      // page's own constructor): no <style> or anything else of ours goes into the document; at most
      // there is no highlight, and the evidence is scrolled into view.
      const broken = await open('mail.google.com', 'gmail-compose.html', '?mode=mole');
      const head = await broken.evaluate(() => {
        CSSStyleSheet.prototype.replaceSync = () => {
          throw new Error('page says no');
        };
        return document.head.innerHTML;
      });
      const start = await firstScore(broken);
      await focusEditor(broken, GMAIL);
      await broken.type(SPAMMY_TEXT);
      await settled(broken, start);
      await clickBadge(broken);
      await waitFor('the panel', () => badge(broken), (b) => b.panelOpen);
      const index = (await panelFindings(broken)).findIndex((f) => f.rule.endsWith('-phrase') && !f.rule.startsWith('subject'));
      await clickFinding(broken, index);
      await waitFor('the click', () => broken.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.highlightVia ?? ''), (via) => via !== '');
      expect(await broken.evaluate(() => document.querySelectorAll('style[id^="spamrisk"]').length), 'no <style> of ours').toBe(0);
      expect(await broken.evaluate(() => document.head.innerHTML), 'the head as the page left it').toBe(head);
    });

    test('review 4, 5: an Escape the page menu takes leaves our panel open; a framed subject is announced', async () => {
      const page = await withSpammySubject(SPAMMY_TEXT);
      await page.evaluate(() => {
        const menu = document.createElement('div');
        menu.id = 'pm';
        menu.setAttribute('role', 'menu');
        menu.tabIndex = -1;
        menu.textContent = 'page menu';
        document.body.append(menu);
        document.addEventListener('keydown', (event) => {
          const open = document.getElementById('pm');
          if (event.key !== 'Escape' || !open) return;
          open.remove();
          event.preventDefault();
          event.stopPropagation();
        });
      });
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      await page.evaluate(() => (document.getElementById('pm') as HTMLElement).focus());
      await page.press('Escape');
      await waitFor('the page menu to close', () => page.evaluate(() => document.getElementById('pm') === null), (gone) => gone);
      expect((await badge(page)).panelOpen, 'the page took that Escape').toBe(true);

      const findings = await panelFindings(page);
      const subjectFinding = findings.findIndex((f) => f.rule.startsWith('subject-'));
      await clickFinding(page, subjectFinding);
      await waitFor('the mark', () => page.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.mark ?? ''), (m) => m !== '');
      const live = await waitFor(
        'the announcement',
        () => page.evaluate(() => document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-live')!.textContent ?? ''),
        (text) => text.includes('subject'),
      );
      expect(live).toMatch(/in the subject/);
      // Escape in the draft still closes the panel.
      await focusEditor(page, GMAIL);
      await page.press('Escape');
      await waitFor('the panel to close', () => badge(page), (b) => !b.panelOpen);
    });
  });

  describe('ext43', () => {
    /** The options page's messages: #status and each field's error (empty when hidden). */
    const optionsMessages = (page: Driver): Promise<Record<string, string>> =>
      page.evaluate(() => {
        const out: Record<string, string> = { status: document.querySelector('#status')!.textContent ?? '' };
        for (const e of document.querySelectorAll<HTMLElement>('.field-error')) out[e.id] = e.hidden ? '' : (e.textContent ?? '');
        return out;
      });
    /** Pastes `lines` into a list field, types one more line, leaves it (Tab): the reviewer's steps. */
    const pasteList = async (page: Driver, selector: string, lines: string[], last: string): Promise<void> => {
      await clickSelector(page, selector);
      await page.evaluate((a) => {
        const t = document.querySelector(a.selector) as HTMLTextAreaElement;
        t.value = a.text;
        t.setSelectionRange(t.value.length, t.value.length);
      }, { selector, text: lines.join('\n') });
      await page.type(`\n${last}`);
      await page.press('Tab');
    };
    const phrases = (n: number): string[] => Array.from({ length: n }, (_, i) => `our competitor brand phrase number ${i} extra`);

    test('1, 3. options: 400 pasted phrases (18 KB) save, and so does the threshold after them; a refused save says so next to the field and the rest still saves', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html', '?open=0');
      const options = await session.extensionPage('options.html', page);
      pages.push(options);
      await pasteList(options, '#phrases', phrases(20), 'last one');
      await waitFor('21 phrases stored', () => storedSettings(session), (s) => (s?.phrases as string[] | undefined)?.length === 21);
      await pasteList(options, '#phrases', phrases(400), 'last one');
      await waitFor('401 phrases stored', () => storedSettings(session), (s) => (s?.phrases as string[] | undefined)?.length === 401);
      await fillField(options, '#threshold', '4');
      await waitFor('threshold 4 stored', () => storedSettings(session), (s) => s?.threshold === 4);
      expect(await optionsMessages(options)).toMatchObject({ status: 'Saved.', 'phrases-error': '', 'threshold-error': '' });

      // 3. a value the field refuses: the message next to it, and no "Saved." left standing
      await fillField(options, '#threshold', '-1');
      const refused = await waitFor('the threshold error', () => optionsMessages(options), (m) => m['threshold-error'] !== '');
      expect(refused.status).toBe('');

      // Synced settings just under storage.sync's 8,192-byte item (sites from another device):
      // ticking one more language would pass it. Refused before the browser is asked, said next to
      // the field, the boxes show what is in force; the phrase lists (storage.local) still save.
      const sites: string[] = [];
      const synced = (): number => syncItemBytes('settings', { ...normalizeSettings({ threshold: 4, sites }), phrases: undefined, allowed: undefined });
      while (synced() < 8190 - 60) sites.push(`https://editor-number-${sites.length}.example.com/*`);
      // the last one's host takes up what is left, in labels of at most 30 characters
      const host = [...'p'.repeat(8190 - synced() - ',"https://.example.com/*"'.length)];
      for (let i = 30; i < host.length - 1; i += 31) host[i] = '.';
      sites.push(`https://${host.join('')}.example.com/*`);
      expect(synced()).toBe(8190);
      await session.extension(async (value) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: { sync: { set(v: object): Promise<void> } } };
        await api.storage.sync.set({ settings: value });
      }, { threshold: 4, sites });
      await waitFor('the sites shown', () => options.evaluate(() => document.querySelectorAll('#sites li').length), (n) => n === sites.length);
      await clickSelector(options, '#languages input[value="de"]');
      const tooBig = await waitFor('the save error', () => optionsMessages(options), (m) => m['languages-error'] !== '');
      expect(tooBig['languages-error']).toMatch(/^Not saved: .*\b8195\b.*\b8192 bytes\b/);
      expect(tooBig.status).toBe('');
      expect(await options.evaluate(() => (document.querySelector('#languages input[value="de"]') as HTMLInputElement).checked), 'the box shows what is in force').toBe(false);
      expect((await storedSettings(session))?.languages).toBeUndefined();
      await pasteList(options, '#allowed', ['Acme'], 'Globex');
      await waitFor('the allowed words stored', () => storedSettings(session), (s) => JSON.stringify(s?.allowed) === '["Acme","Globex"]');
      expect((await optionsMessages(options)).status).toBe('Saved.');
    });

    test('4, 5. an image finding is framed over the page, the draft untouched; a finding that cannot be shown clears the last one and says why', async () => {
      const page = await open('mail.google.com', 'gmail-compose.html', '?mode=mole');
      const first = await firstScore(page);
      await focusEditor(page, GMAIL);
      await page.type(SPAMMY_TEXT);
      // a picture without alt text, as a paste brings it
      await page.evaluate((selector) => {
        (document.querySelector(selector) as HTMLElement).focus();
        document.execCommand('insertHTML', false, '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="120" height="60">');
      }, GMAIL.editor);
      await page.type(' end');
      await settled(page, first);
      const before = await editorHtml(page, GMAIL);
      // by keyboard: focus the finding, Enter (a click near the top of a scrolled panel can land on its head)
      const pressFinding = async (index: number): Promise<void> => {
        await page.evaluate((n) => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll('.sr-panel .sr-finding')[n] as HTMLElement).focus(), index);
        await page.press('Enter');
      };
      await clickBadge(page);
      await waitFor('the panel', () => badge(page), (b) => b.panelOpen);
      const findings = await panelFindings(page);
      const image = findings.findIndex((f) => f.rule === 'image-missing-alt');
      const phrase = findings.findIndex((f) => f.rule.endsWith('-phrase') && f.rule !== 'subject-phrase');
      const unshown = await page.evaluate(() =>
        [...document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll('.sr-panel .sr-finding')].findIndex((b) => b.getAttribute('aria-disabled') === 'true'),
      );
      expect([image, phrase, unshown].every((i) => i >= 0), `findings: ${findings.map((f) => f.rule).join(', ')}`).toBe(true);

      // 4. the image: a frame over it (nothing for ::highlight to paint there)
      await pressFinding(image);
      await waitFor('the frame', () => page.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.mark ?? ''), (m) => m === 'element');
      const around = await page.evaluate((selector) => {
        const m = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-mark')!.getBoundingClientRect();
        const img = document.querySelector(`${selector} img`)!.getBoundingClientRect();
        return m.width > 0 && m.left <= img.left + 1 && m.right >= img.right - 1 && m.top <= img.top + 1 && m.bottom >= img.bottom - 1;
      }, GMAIL.editor);
      expect(around, 'the frame is around the image').toBe(true);
      expect((await highlights(page, GMAIL)).size).toBe(0);
      // scrolled out of the editor's view, the image is not framed over the page around the editor
      // (rev43d 3): the editor made a scroll box just shorter than the text above the image
      const above = await page.evaluate((selector) => {
        const editor = document.querySelector(selector) as HTMLElement;
        Object.assign(editor.style, { padding: '0', minHeight: '0', boxSizing: 'content-box', overflowY: 'auto' });
        editor.scrollTop = 0;
        const offset = editor.querySelector('img')!.getBoundingClientRect().top - editor.getBoundingClientRect().top - editor.clientTop;
        editor.style.height = editor.style.maxHeight = `${Math.floor(offset) - 4}px`;
        return offset;
      }, GMAIL.editor);
      expect(above, 'text above the image').toBeGreaterThan(12);
      const scrollEditor = (to: 'top' | 'bottom'): Promise<void> =>
        page.evaluate(
          (a) => {
            const editor = document.querySelector(a.selector) as HTMLElement;
            editor.scrollTop = a.to === 'top' ? 0 : editor.scrollHeight;
          },
          { selector: GMAIL.editor, to },
        );
      const markShown = (): Promise<string> => page.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.mark ?? '');
      await scrollEditor('bottom');
      await waitFor('the frame, the image in view', markShown, (m) => m === 'element');
      await scrollEditor('top');
      await waitFor('the frame hidden', markShown, (m) => m === '');
      expect(await page.evaluate(() => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-mark') as HTMLElement).hidden)).toBe(true);
      await scrollEditor('bottom');
      await waitFor('the frame back', markShown, (m) => m === 'element');
      await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).removeAttribute('style'), GMAIL.editor);
      expect(await editorHtml(page, GMAIL), 'the draft is as it was').toBe(before);

      // a phrase: the frame goes, the highlight comes
      await pressFinding(phrase);
      await waitFor('the highlight', () => highlights(page, GMAIL), (h) => h.size === 1);
      expect(await page.evaluate(() => (document.querySelector('spamrisk-badge') as HTMLElement).dataset.mark ?? '')).toBe('');

      // 5. a finding that cannot be shown: the highlight goes, the live region says why
      await pressFinding(unshown);
      await waitFor('the highlight to clear', () => highlights(page, GMAIL), (h) => h.size === 0);
      const live = await waitFor('the reason', async () => (await widgetBoxes(page)).live, (text) => text.startsWith('Nothing to show'));
      expect(live).toMatch(/^Nothing to show/);
      expect(await editorHtml(page, GMAIL)).toBe(before);
    });
  });
}
