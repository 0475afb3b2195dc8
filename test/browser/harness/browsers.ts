// Launches the browsers with an unpacked extension (recipe: ../shared/recipes/extension-e2e.md) and
// wraps their pages in one small Driver interface, so the same scenario runs in Chromium
// (playwright-core, CDP) and Firefox ESR (puppeteer-core, WebDriver BiDi).

import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
import { CHROMIUM, FIREFOX } from './paths.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface Driver {
  readonly browser: BrowserName;
  goto(url: string): Promise<void>;
  /** runs `fn(arg)` in the page's main world */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a script's source (axe-core) in the page's main world. It goes through the protocol
   * (CDP Runtime.evaluate, BiDi script.evaluate), which extension pages' CSP does not apply to:
   * an eval() or Function() of the source from inside the page is blocked there.
   */
  addScript(source: string): Promise<void>;
  type(text: string, delayMs?: number): Promise<void>;
  /** a key or a chord such as `Control+Enter` */
  press(keys: string): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** `clip`: a viewport region to keep (x, y, width, height) */
  screenshot(file: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /**
   * Chromium only (DevTools protocol): event listeners on window and document, from every world,
   * content scripts included. Null where the protocol is not available.
   */
  globalListeners(): Promise<number | null>;
  /** URLs of every request the page and its frames made since the page was opened, in order */
  requests(): string[];
}

export interface Session {
  readonly browser: BrowserName;
  newPage(): Promise<Driver>;
  /** an extension page (popup.html, options.html) as a tab */
  extensionPage(file: string, via?: Driver): Promise<Driver>;
  /** runs `fn(arg)` with the extension API (`chrome`/`browser`) in an extension context */
  extension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Makes `extension()` available. Chromium: nothing to do (the service worker). Firefox: opens an
   * options tab from `via` (a page with the content script) and evaluates there.
   */
  prepareExtensionContext(via: Driver): Promise<void>;
  close(): Promise<void>;
}

/**
 * Input goes to the page in front: a driver brings its page to the front before clicking or typing
 * if another page was used last (popup and options pages are tabs next to the compose page).
 */
let front: Driver | null = null;
function frontmost(driver: Driver): Driver {
  const ensure = async (): Promise<void> => {
    if (front === wrapped) return;
    await driver.bringToFront();
    front = wrapped;
  };
  const wrapped: Driver = {
    ...driver,
    goto: async (url) => {
      await ensure();
      await driver.goto(url);
    },
    type: async (text, delay) => {
      await ensure();
      await driver.type(text, delay);
    },
    press: async (keys) => {
      await ensure();
      await driver.press(keys);
    },
    click: async (x, y) => {
      await ensure();
      await driver.click(x, y);
    },
    bringToFront: async () => {
      await driver.bringToFront();
      front = wrapped;
    },
  };
  return wrapped;
}

// ---- Chromium ----------------------------------------------------------------------------------

function playwrightDriver(page: PlaywrightPage): Driver {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  return {
    browser: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    addScript: async (source) => void (await page.evaluate(source)),
    type: (text, delay = 0) => page.keyboard.type(text, { delay }),
    press: (keys) => page.keyboard.press(keys),
    click: (x, y) => page.mouse.click(x, y),
    // caret: 'initial', or Playwright writes a caret-color style onto the focused editor (the draft).
    screenshot: async (file, clip) => void (await page.screenshot({ path: file, caret: 'initial', ...(clip ? { clip } : {}) })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    globalListeners: async () => {
      const cdp = await page.context().newCDPSession(page);
      try {
        let total = 0;
        for (const expression of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
          total += listeners.length;
        }
        return total;
      } finally {
        await cdp.detach();
      }
    },
    requests: () => [...requested],
  };
}

export interface ChromiumSession extends Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export type ColorScheme = 'light' | 'dark';

/**
 * `colorScheme`: what prefers-color-scheme answers in every page, extension pages included.
 * `forcedColors`: 'active' emulates forced-colours mode (Windows High Contrast) in every page, through
 * CDP's Emulation.setEmulatedMedia: system colours replace the pages' colours, box-shadows are dropped.
 */
export async function launchChromium(
  extensionDir: string,
  extraArgs: string[] = [],
  colorScheme: ColorScheme = 'light',
  forcedColors: 'active' | 'none' = 'none',
): Promise<ChromiumSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'spamrisk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.HEADED,
    viewport: { width: 1280, height: 800 },
    colorScheme,
    forcedColors,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extensionDir}`, // required: Playwright adds --disable-extensions
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Close the initial blank tab so "the active tab" is always one we opened.
  for (const page of context.pages()) await page.close();
  return {
    browser: 'chromium',
    context,
    worker,
    extensionId,
    newPage: async () => frontmost(playwrightDriver(await context.newPage())),
    extensionPage: async (file) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return frontmost(playwrightDriver(page));
    },
    extension: (fn, arg) => worker.evaluate(fn as (a: unknown) => never, arg),
    prepareExtensionContext: async () => undefined,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The toolbar button's own popup window (chrome.action.openPopup(), for the active tab), which
 * Playwright gives no Page for. Reached over CDP as the e2e recipe (§5) says: its target is attached
 * from a CDP session of an open page, and scripts run in it with Runtime.evaluate. Only `evaluate`, `addScript` and `close` work; input,
 * screenshots and viewport are not offered there.
 */
export async function chromiumToolbarPopup(session: ChromiumSession): Promise<Driver> {
  const via = session.context.pages()[0];
  if (!via) throw new Error('the toolbar popup opens over a tab: open a page first');
  await session.extension(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
  const cdp = await session.context.newCDPSession(via);
  const target = async (): Promise<string | undefined> =>
    (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && t.url === `chrome-extension://${session.extensionId}/popup.html` && !t.attached)?.targetId;
  let targetId = await target();
  for (const deadline = Date.now() + 5_000; !targetId && Date.now() < deadline; targetId = await target()) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!targetId) throw new Error('action.openPopup() opened no popup.html target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
    if (message.id !== undefined) pending.delete(message.id);
  });
  const run = async (expression: string): Promise<unknown> => {
    const id = ++lastId;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
    });
    const { result, error } = await answer;
    if (error) throw new Error(`toolbar popup: ${error.message}`);
    const evaluated = result as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (evaluated.exceptionDetails) throw new Error(`toolbar popup: ${evaluated.exceptionDetails.exception?.description ?? evaluated.exceptionDetails.text}`);
    return evaluated.result.value;
  };
  const unsupported = (what: string) => async (): Promise<never> => {
    throw new Error(`${what} is not offered in the toolbar popup over CDP`);
  };
  return {
    browser: 'chromium',
    goto: unsupported('goto'),
    evaluate: (fn, arg) => run(`(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`) as never,
    addScript: async (source) => void (await run(source)),
    type: unsupported('type'),
    press: unsupported('press'),
    click: unsupported('click'),
    screenshot: unsupported('screenshot'),
    setViewport: unsupported('setViewport'),
    bringToFront: unsupported('bringToFront'),
    close: async () => {
      await run('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
    globalListeners: async () => null,
    requests: () => [],
  };
}

// ---- Firefox -----------------------------------------------------------------------------------

/**
 * Puppeteer 24.43's setViewport sends BiDi's emulation.setScreenOrientationOverride beside
 * browsingContext.setViewport, and Firefox ESR 140.12 answers the first "unknown command" (Puppeteer
 * tolerates that only for the touch override). The viewport command itself is understood: so that
 * one refusal is let pass once the page reports the size asked for, and anything else still fails.
 */
async function firefoxViewport(page: PuppeteerPage, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String((error as Error).message).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
    const deadline = Date.now() + 5_000;
    for (;;) {
      const size = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (size[0] === width && size[1] === height) return;
      if (Date.now() > deadline) throw new Error(`viewport stayed ${size.join('×')}, not ${width}×${height}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function puppeteerDriver(page: PuppeteerPage): Driver {
  const requested: string[] = [];
  page.on('request', (request) => void requested.push(request.url()));
  return {
    browser: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as never),
    addScript: async (source) => void (await page.evaluate(source)),
    type: (text, delay = 0) => page.keyboard.type(text, { delay }),
    press: async (keys) => {
      const parts = keys.split('+');
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    click: (x, y) => page.mouse.click(x, y),
    screenshot: async (file, clip) => void (await page.screenshot({ path: file as `${string}.png`, ...(clip ? { clip } : {}) })),
    setViewport: (width, height) => firefoxViewport(page, width, height),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    globalListeners: async () => null,
    requests: () => [...requested],
  };
}

export interface FirefoxSession extends Session {
  browserHandle: Browser;
}

/**
 * Prefs for launchFirefox: prefers-color-scheme answers `scheme` in every page, extension pages
 * included (0 dark, 1 light). Puppeteer's emulateMediaFeatures is CDP-only, so there is no per-page switch.
 */
export function firefoxColorScheme(scheme: ColorScheme): Record<string, number> {
  return { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 };
}

/**
 * Prefs for launchFirefox: forced-colours mode, as a user sets it (Settings, Colors…, "Override the
 * colors specified by the page with your selections above: Always"). `(forced-colors: active)` then
 * matches in every page, extension pages included, and the pages' colours are replaced by the
 * system colours (Firefox ESR 140.12 on Linux: GTK's, Canvas white, ButtonFace #e9e9ed). Firefox has
 * no per-page emulation over BiDi; `ui.useAccessibilityTheme` = 1 alone does not make the media query
 * match here (checked), as Firefox then waits for a high-contrast OS theme.
 */
export function firefoxForcedColors(): Record<string, number> {
  return { 'browser.display.document_color_use': 2 };
}

/**
 * Prefs for launchFirefox: the UI language. Firefox grants a requested locale only when a language
 * pack for it is installed (Debian: firefox-esr-l10n-<lang>); without one, i18n.getUILanguage()
 * and the extension's messages stay en-US whatever the prefs say (Firefox ESR 140.12, checked).
 */
export function firefoxLocale(lang: string): Record<string, string> {
  return { 'intl.locale.requested': lang };
}

/** The language pack Firefox would load for `lang` (its browser/extensions folder), or null. */
export function firefoxLangpack(lang: string): string | null {
  try {
    const dir = path.join(path.dirname(realpathSync(FIREFOX)), 'browser/extensions');
    const file = readdirSync(dir).find((name) => name.startsWith(`langpack-${lang}@`) && name.endsWith('.xpi'));
    return file ? path.join(dir, file) : null;
  } catch {
    return null;
  }
}

/** The moz-extension:// UUID is pinned by a pref, so extension page URLs are known in advance. */
export const FIREFOX_UUID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

export async function launchFirefox(extensionDir: string, geckoId: string, prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !process.env.HEADED,
    defaultViewport: { width: 1280, height: 800 },
    acceptInsecureCerts: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }), ...prefs },
  });
  await browser.installExtension(extensionDir);
  let helper: PuppeteerPage | null = null;

  const extensionPage = async (file: string, via?: Driver): Promise<Driver> => {
    if (!via) throw new Error('Firefox needs a page with the content script to open extension pages (BiDi refuses moz-extension:// navigation)');
    const before = new Set(await browser.pages());
    // Test builds: the content script relays this to the background, which opens the tab.
    await via.evaluate((name) => window.dispatchEvent(new CustomEvent('spamrisk-test:open-page', { detail: name })), file);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.endsWith(`/${file}`)) {
          // Polled with evaluate(), not waitForFunction(): Puppeteer builds that predicate with
          // Function(), which an extension page's CSP blocks (Firefox ESR 140.12: "call to Function()
          // blocked by CSP"); evaluate() is BiDi's script.callFunction, which the CSP allows.
          while ((await page.evaluate(() => document.readyState).catch(() => '')) !== 'complete') {
            if (Date.now() > deadline) throw new Error(`extension page ${file} did not finish loading`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return frontmost(puppeteerDriver(page));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`extension page ${file} did not open`);
  };

  return {
    browser: 'firefox',
    browserHandle: browser,
    newPage: async () => frontmost(puppeteerDriver(await browser.newPage())),
    extensionPage,
    extension: async (fn, arg) => {
      if (!helper) throw new Error('call prepareExtensionContext first');
      return helper.evaluate(fn as (a: unknown) => never, arg as never);
    },
    prepareExtensionContext: async (via) => {
      if (helper) return;
      const before = new Set(await browser.pages());
      await extensionPage('options.html', via);
      helper = (await browser.pages()).find((p) => !before.has(p)) ?? null;
    },
    close: () => browser.close(),
  };
}
