// The accessibility checks a11y.test.ts runs on every surface, the same way in Chromium and Firefox:
// axe-core (npm devDependency) for WCAG 2.2 AA, the widget's text contrast (which axe leaves
// "incomplete"), and a visible focus indicator on every control reached by Tab.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { luminance, parseColor } from '../../../extension/content/theme.ts';
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
 * Text contrast inside the widget: axe reports the widget's text as "incomplete" (it cannot find the
 * background of text in a fixed-position shadow tree), so each element with text is checked against
 * the first opaque background behind it (WCAG 1.4.3: 4.5:1, 3:1 for large text). The page gives the
 * colours as it computes them; the ratio is worked out here. A colour this cannot read (a browser
 * serialising it another way) is a failure, not a pass.
 */
export async function widgetContrast(page: Driver): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const root = document.querySelector('spamrisk-badge')!.shadowRoot!;
    const seen: { name: string; color: string; backgrounds: string[]; opacity: number; size: number; weight: number }[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (!text || el.closest('[hidden]') || el.getClientRects().length === 0 || el.classList.contains('sr-sr-only')) continue;
      const style = getComputedStyle(el);
      const backgrounds: string[] = [];
      // Opacity of the element and its ancestors (the busy badge dimmed its score) blends the text
      // into what is behind it.
      let opacity = 1;
      for (let node: Element | null = el; node; node = node.parentElement) {
        backgrounds.push(getComputedStyle(node).backgroundColor);
        opacity *= Number(getComputedStyle(node).opacity);
      }
      seen.push({ name: `${el.className || el.localName} "${text.slice(0, 20)}"`, color: style.color, backgrounds, opacity, size: parseFloat(style.fontSize), weight: Number(style.fontWeight) });
    }
    return seen;
  });
  const failures: string[] = [];
  for (const { name, color, backgrounds, opacity, size, weight } of texts) {
    const fg = parseColor(color);
    if (!fg) {
      failures.push(`${name}: colour not read (${color})`);
      continue;
    }
    const unread = backgrounds.find((value) => !parseColor(value));
    if (unread) {
      failures.push(`${name}: background not read (${unread})`);
      continue;
    }
    const bg = backgrounds.map((value) => parseColor(value)!).find((c) => c[3] >= 0.99);
    if (!bg) continue;
    const shown = blend([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
    const ratio = contrast(shown, bg);
    const large = size >= 24 || (size >= 18.66 && weight >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(`${name}: ${ratio.toFixed(2)}:1 (${css(shown)} on ${css(bg)})`);
  }
  return failures;
}

/** A colour the browser serialised (`rgb()`, `rgba()`) as [r, g, b, alpha]; an error for any other. */
export function rgba(value: string): [number, number, number, number] {
  const color = parseColor(value);
  if (!color) throw new Error(`colour not read: ${value}`);
  return color;
}

/** `front` (its alpha) drawn over the opaque `back`: the opaque colour seen. */
export function blend(front: readonly number[], back: readonly number[]): [number, number, number] {
  const alpha = front[3] ?? 1;
  const mix = (i: number): number => front[i]! * alpha + back[i]! * (1 - alpha);
  return [mix(0), mix(1), mix(2)];
}

/** WCAG 1.4.3 contrast ratio of two opaque colours ([r, g, b]). */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `rgb(…)` of an [r, g, b] colour, for messages. */
export function css(color: readonly number[]): string {
  return `rgb(${color.slice(0, 3).map(Math.round).join(', ')})`;
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
