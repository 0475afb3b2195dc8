// The accessibility checks a11y.test.ts runs on every surface, the same way in Chromium and Firefox:
// axe-core (npm devDependency) for WCAG 2.2 AA, the widget's text contrast (which axe leaves
// "incomplete"), and a visible focus indicator on every control reached by Tab.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from './browsers.ts';
import { REPO_ROOT } from './paths.ts';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious and critical violations on the page; `ours` keeps only those inside the widget's host. */
export async function axe(page: Driver, ours = false): Promise<string[]> {
  // Once per document, through the protocol: extension pages' CSP blocks eval() of the source from
  // inside the page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScript(AXE);
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
 * A colour this cannot read (a browser serialising it another way) is a failure, not a pass.
 */
export async function widgetContrast(page: Driver): Promise<string[]> {
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
      if (!fg) {
        failures.push(`${el.className || el.localName} "${text.slice(0, 20)}": colour not read (${style.color})`);
        continue;
      }
      if (!bg) continue;
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

/** Contrast ratio of two CSS colours (`rgb()`, `rgba()` or `#rrggbb`), the second opaque (WCAG 1.4.3). */
export function contrast(text: string, background: string): number {
  const lum = (c: number[]): number => {
    const ch = (v: number): number => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(c[0]!) + 0.7152 * ch(c[1]!) + 0.0722 * ch(c[2]!);
  };
  const [a, b] = [lum(parseColor(text)), lum(parseColor(background))].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

/** `rgb()`, `rgba()` or `#rrggbb` as [r, g, b, alpha]. */
export function parseColor(value: string): number[] {
  const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(value);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  const hex = /^#([\da-f]{6})$/i.exec(value.trim());
  if (!hex) throw new Error(`colour ${value}`);
  const n = Number.parseInt(hex[1]!, 16);
  return [n >> 16, (n >> 8) & 255, n & 255, 1];
}

/** What counts as a control; a control's name is its place among them, `3:input#threshold`. */
const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Names (as focusIndicators gives them) of the visible controls in the page's Tab order. */
export function tabbable(page: Driver): Promise<string[]> {
  return page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(selector)];
    return controls
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0)
      .map((el) => `${controls.indexOf(el)}:${el.localName}${el.id ? `#${el.id}` : ''}`);
  }, CONTROLS);
}

/**
 * Tabs through a page from its start until every control of `expected` (tabbable()) was reached, or
 * twice their number of stops, and returns the controls reached (`visited`) and those that show no
 * focus indicator (`unmarked`, WCAG 2.4.7): the outline and box-shadow of the focused element and of
 * its label (an invisible file input shows its focus on its label) are the same as before any control
 * had focus, or show nothing. A box-shadow the control has anyway (a field marked invalid) is no
 * focus ring.
 */
export async function focusIndicators(page: Driver, expected: string[]): Promise<{ visited: string[]; unmarked: string[] }> {
  const visited = new Set<string>();
  const unmarked = new Set<string>();
  // Start before the first control (after a blur() Tab goes on from the blurred control, and in
  // Firefox Tab past the last control leaves for the browser's UI and does not come round again),
  // and note how every control and its label look while none has focus.
  const rest = await page.evaluate((selector) => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.tabStart = '';
    document.body.prepend(start);
    start.focus();
    const look = (node: Element | null): string => {
      if (!node) return '';
      const style = getComputedStyle(node);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    };
    // Indexes counted without the start marker, which is no control.
    return [...document.querySelectorAll(selector)].filter((el) => el !== start).map((el) => `${look(el)} / ${look(el.closest('label'))}`);
  }, CONTROLS);
  for (let i = 0; i < 2 * expected.length + 2 && !expected.every((name) => visited.has(name)); i++) {
    await page.press('Tab');
    if (i === 0) await page.evaluate(() => document.querySelector('[data-tab-start]')?.remove());
    const seen = await page.evaluate((selector) => {
      const el = document.activeElement as HTMLElement | null;
      // Past the last control Firefox moves focus to its own UI: the document loses focus but keeps
      // its activeElement, which then matches no :focus-visible (it has no focus).
      if (!el || el === document.body || !document.hasFocus()) return null;
      const look = (node: Element | null): string => {
        if (!node) return '';
        const style = getComputedStyle(node);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
      };
      const shows = (node: Element | null): boolean => {
        if (!node) return false;
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      const index = [...document.querySelectorAll(selector)].indexOf(el);
      const label = el.closest('label');
      return { index, name: `${index}:${el.localName}${el.id ? `#${el.id}` : ''}`, look: `${look(el)} / ${look(label)}`, shows: shows(el) || shows(label) };
    }, CONTROLS);
    if (!seen) continue;
    visited.add(seen.name);
    if (!seen.shows || seen.look === rest[seen.index]) unmarked.add(seen.name);
  }
  return { visited: [...visited], unmarked: [...unmarked] };
}
