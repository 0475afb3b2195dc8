// WCAG 2.2 AA with axe-core (npm devDependency) on every surface of the extension, in Chromium:
// the in-page badge (each level, idle), the findings panel and the send confirmation on a light and
// a dark page, the popup and the options page in light and dark mode. No serious or critical
// violation may remain. axe runs in the page through the DevTools protocol, which extension pages'
// CSP does not apply to; the widget's shadow root is open in test builds, and axe walks into it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/browsers.ts';
import { badge, clickBadge, firstScore, focusEditor, SPAMMY_TEXT, waitFor } from './harness/compose.ts';
import { REPO_ROOT, TEST_CHROME } from './harness/paths.ts';
import { startFixtureServer, type FixtureServer } from './harness/server.ts';
import { settled } from './harness/suite.ts';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious and critical violations on the page; `ours` keeps only those inside the widget's host. */
async function axe(page: Page, ours = false): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe.run;
    return (await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, TAGS)) as Violation[];
  const lines: string[] = [];
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const node of v.nodes) {
      const target = JSON.stringify(node.target);
      if (ours && !target.includes('spamrisk-badge')) continue;
      lines.push(`${v.id} (${v.impact}) ${target}: ${node.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? v.help}`);
    }
  }
  return lines;
}

/**
 * Text contrast inside the widget, computed here: axe reports the widget's text as "incomplete"
 * (it cannot find the background of text in a fixed-position shadow tree), so each element with
 * text is checked against the first opaque background behind it (WCAG 1.4.3: 4.5:1, 3:1 for large text).
 */
async function widgetContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('spamrisk-badge')!.shadowRoot!;
    const rgb = (value: string): number[] | null => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(value);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = (c: number[]): number => {
      const ch = (v: number): number => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(c[0]!) + 0.7152 * ch(c[1]!) + 0.0722 * ch(c[2]!);
    };
    const failures: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (!text || el.closest('[hidden]') || el.getClientRects().length === 0 || el.classList.contains('sr-sr-only')) continue;
      const style = getComputedStyle(el);
      const fg = rgb(style.color);
      let bg: number[] | null = null;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const c = rgb(getComputedStyle(node).backgroundColor);
        if (c && c[3]! >= 0.99) {
          bg = c;
          break;
        }
      }
      if (!fg || !bg) continue;
      // Opacity of the element and its ancestors (the busy badge dims its score) blends the text into
      // what is behind it.
      let alpha = fg[3]!;
      for (let node: Element | null = el; node; node = node.parentElement) alpha *= Number(getComputedStyle(node).opacity);
      const seen = fg.slice(0, 3).map((c, i) => c * alpha + bg![i]! * (1 - alpha));
      const [a, b] = [lum(seen), lum(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${el.className || el.localName} "${text.slice(0, 20)}": ${ratio.toFixed(2)}:1 (rgb(${seen.map(Math.round).join(', ')}) on rgb(${bg.slice(0, 3).join(', ')}))`);
    }
    return failures;
  });
}

/**
 * Tabs through a page and returns the controls that show no focus indicator: neither the focused
 * element nor its label (an invisible file input shows its focus on its label) has an outline or
 * a box-shadow (WCAG 2.4.7).
 */
async function unmarkedFocus(page: Page, stops: number): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const marked = (node: Element | null): boolean => {
        if (!node) return false;
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
      return { name, marked: marked(el) || marked(el.closest('label')) };
    });
    if (seen && !seen.marked) missing.push(seen.name);
  }
  return [...new Set(missing)];
}

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium(TEST_CHROME);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The raw Playwright page behind the newest tab. */
function lastPage(): Page {
  const all = session.context.pages();
  return all[all.length - 1]!;
}

describe('axe-core: no serious or critical violations', () => {
  test('badge (idle, each level, each theme), panel and send confirmation', async () => {
    const driver = await session.newPage();
    await driver.goto(server.url('mail.google.com', 'gmail-compose.html'));
    const page = lastPage();
    const idle = await firstScore(driver);
    expect(await axe(page, true), 'the badge of an empty draft').toEqual([]);

    await focusEditor(driver, { editor: '[g_editable="true"]' });
    await driver.type(SPAMMY_TEXT);
    await settled(driver, idle);
    expect(await axe(page, true), 'badge').toEqual([]);
    await clickBadge(driver);
    await waitFor('the panel', () => badge(driver), (b) => b.panelOpen);

    const setLook = (level: string, theme: string): Promise<void> =>
      page.evaluate(({ l, th }) => {
        const root = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-root') as HTMLElement;
        root.dataset.level = l;
        root.dataset.theme = th;
      }, { l: level, th: theme });
    const failures: string[] = [];
    for (const theme of ['light', 'dark']) {
      for (const level of ['low', 'medium', 'high']) {
        await setLook(level, theme);
        failures.push(...(await axe(page, true)).map((line) => `${theme}/${level}: ${line}`));
        failures.push(...(await widgetContrast(page)).map((line) => `${theme}/${level}: contrast ${line}`));
      }
    }
    expect(failures, 'panel and badge in every level and theme').toEqual([]);

    // While re-scoring (ext33 audit 7: the score at opacity .7 fell to 3.1-3.6:1), each level and the idle look.
    await page.evaluate(() => document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge')!.setAttribute('data-busy', 'true'));
    const busy: string[] = [];
    for (const theme of ['light', 'dark']) {
      for (const level of ['none', 'low', 'medium', 'high']) {
        await setLook(level, theme);
        busy.push(...(await widgetContrast(page)).map((line) => `busy ${theme}/${level}: contrast ${line}`));
      }
    }
    await page.evaluate(() => document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge')!.setAttribute('data-busy', 'false'));
    expect(busy, 'the badge while re-scoring').toEqual([]);

    // The send confirmation.
    await page.evaluate(() => (document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-close') as HTMLElement).click());
    await session.worker.evaluate(async () => {
      await (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: { confirmSend: true } });
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.click('[role="button"][aria-label^="Send"]');
    await page.waitForFunction(() => !document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-confirm')!.hasAttribute('hidden'));
    for (const theme of ['light', 'dark']) {
      await setLook('high', theme);
      expect(await axe(page, true), `confirm, ${theme}`).toEqual([]);
      expect(await widgetContrast(page), `confirm contrast, ${theme}`).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await session.worker.evaluate(async () => {
      await (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear();
    });
  });

  // ext33 audit 7: the highlight (amber at 55 % with the editor's own text colour) gave light text
  // 3.4:1 in a dark editor. The highlighted text must keep 4.5:1 in a light and a dark editor.
  for (const editorTheme of [
    { name: 'light', css: '' },
    { name: 'dark (#202124, #e8eaed)', css: 'html,body,.dw *,[role=dialog]{background:#202124 !important;color:#e8eaed !important}' },
    { name: 'dark (Outlook-like #292929, #ffffff)', css: 'html,body,.dw *,[role=dialog]{background:#292929 !important;color:#ffffff !important}' },
  ]) {
    test(`the highlighted evidence in a ${editorTheme.name} editor keeps 4.5:1`, async () => {
      const driver = await session.newPage();
      await driver.goto(server.url('mail.google.com', 'gmail-compose.html', '?mode=mole'));
      const page = lastPage();
      const idle = await firstScore(driver);
      if (editorTheme.css) await page.addStyleTag({ content: editorTheme.css });
      await focusEditor(driver, { editor: '[g_editable="true"]' });
      await driver.type(SPAMMY_TEXT);
      await settled(driver, idle);
      await clickBadge(driver);
      await waitFor('the panel', () => badge(driver), (b) => b.panelOpen);
      await page.evaluate(() => {
        const button = [...document.querySelector('spamrisk-badge')!.shadowRoot!.querySelectorAll<HTMLElement>('button.sr-finding')]
          .find((b) => b.getAttribute('aria-disabled') !== 'true' && (b.dataset.rule ?? '').endsWith('-phrase'))!;
        button.click();
      });
      const seen = await page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('spamrisk-finding');
        const range = [...(highlight ?? [])][0];
        if (!range) return null;
        // The ::highlight rule, wherever our stylesheet is (adopted, or a <style> on older builds).
        const sheets = [...document.adoptedStyleSheets, ...document.styleSheets];
        const rule = sheets.flatMap((sheet) => [...sheet.cssRules]).find((r) => r.cssText.includes('::highlight(spamrisk-finding)')) as CSSStyleRule | undefined;
        const text = getComputedStyle(range.startContainer.parentElement!);
        let page = 'rgba(0, 0, 0, 0)';
        for (let node: Element | null = range.startContainer.parentElement; node; node = node.parentElement) {
          const c = getComputedStyle(node).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
            page = c;
            break;
          }
        }
        if (page === 'rgba(0, 0, 0, 0)') page = 'rgb(255, 255, 255)';
        const color = rule?.style.color;
        return { background: rule?.style.backgroundColor ?? '', color: !color || color === 'inherit' || color === 'currentcolor' ? text.color : color, page };
      });
      expect(seen, 'a highlight and its rule').not.toBeNull();
      const rgb = (value: string): number[] => {
        const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(value);
        if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
        const hex = /^#([\da-f]{6})$/i.exec(value.trim());
        if (!hex) throw new Error(`colour ${value}`);
        const n = Number.parseInt(hex[1]!, 16);
        return [n >> 16, (n >> 8) & 255, n & 255, 1];
      };
      const lum = (c: number[]): number => {
        const ch = (v: number): number => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * ch(c[0]!) + 0.7152 * ch(c[1]!) + 0.0722 * ch(c[2]!);
      };
      const under = rgb(seen!.page);
      const mark = rgb(seen!.background);
      const behind = mark.slice(0, 3).map((c, i) => c * mark[3]! + under[i]! * (1 - mark[3]!));
      const [a, b] = [lum(rgb(seen!.color)), lum(behind)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      expect(ratio, `${seen!.color} on rgb(${behind.map(Math.round).join(', ')})`).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`popup (${scheme}): a report and the explain tab`, async () => {
      await session.extensionPage('popup.html');
      const page = lastPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 400, height: 700 });
      await page.fill('#source', '<p>URGENT: <b>WINNER</b>! Claim your prize now, 100% free, act now!!! <a href="http://bit.ly/x">Click here</a></p>');
      await page.click('#score');
      await page.waitForSelector('#paste-result .sr-score');
      expect(await axe(page), 'score tab').toEqual([]);
      // Every control shows where the keyboard is, "Choose a file…" included (issue 13).
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await unmarkedFocus(page, 12), 'controls without a visible focus indicator').toEqual([]);
      await page.click('#tab-explain');
      await page.fill('#bounce', "550 5.7.515 Access denied, sending domain sender.example does not meet the required authentication level.");
      await page.click('#explain');
      await page.waitForSelector('#explain-result .sr-main');
      expect(await axe(page), 'explain tab').toEqual([]);
      await page.close();
    });

    test(`options (${scheme}), with a field error showing`, async () => {
      await session.extensionPage('options.html');
      const page = lastPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.fill('#threshold', '101');
      await page.press('#threshold', 'Tab');
      await page.waitForSelector('#threshold-error:not([hidden])');
      expect(await axe(page)).toEqual([]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await unmarkedFocus(page, 14), 'controls without a visible focus indicator').toEqual([]);
      await page.close();
    });
  }
});
