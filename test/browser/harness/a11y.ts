// The accessibility checks a11y.test.ts runs on every surface, the same way in Chromium and Firefox:
// axe-core (npm devDependency) for WCAG 2.2 AA, the widget's text contrast (which axe leaves
// "incomplete"), and a visible focus indicator on every control reached by Tab.

import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
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

/** Names (as focusIndicators gives them) of the visible controls in the page's Tab order; `host`: those in its shadow root. */
export function tabbable(page: Driver, host?: string): Promise<string[]> {
  return page.evaluate(({ selector, host }) => {
    const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
    const controls = [...root.querySelectorAll<HTMLElement>(selector)];
    return controls
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0)
      .map((el) => `${controls.indexOf(el)}:${el.localName}${el.id ? `#${el.id}` : ''}`);
  }, { selector: CONTROLS, host });
}

/**
 * Tabs through a page from its start until every control of `expected` (tabbable()) was reached, or
 * twice their number of stops, and returns the controls reached (`visited`) and those that show no
 * focus indicator (`unmarked`, WCAG 2.4.7): the outline and box-shadow of the focused element and of
 * its label (an invisible file input shows its focus on its label) are the same as before any control
 * had focus, or show nothing. A box-shadow the control has anyway (a field marked invalid) is no
 * focus ring. `host`: the controls of that element's (open) shadow root, Tab starting at its top.
 * `ringContrast` (forced-colours mode, where the ring is the only focus cue and its colour a system
 * colour): the ring must be an outline at that contrast (WCAG 1.4.11, 3:1) against what is behind it,
 * the background outside the element when the outline's offset is 0 or more, the element's own when
 * negative (the first opaque one outwards, through the shadow host, the Canvas colour last); those
 * that do not reach it are `faint`, one line each.
 */
export async function focusIndicators(
  page: Driver,
  expected: string[],
  host?: string,
  ringContrast?: number,
): Promise<{ visited: string[]; unmarked: string[]; faint: string[] }> {
  const visited = new Set<string>();
  const unmarked = new Set<string>();
  const faint = new Map<string, string>();
  // Start before the first control (after a blur() Tab goes on from the blurred control, and in
  // Firefox Tab past the last control leaves for the browser's UI and does not come round again),
  // and note how every control and its label look while none has focus.
  const rest = await page.evaluate(({ selector, host }) => {
    const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.tabStart = '';
    // In a shadow root: at the top of its first element that is not a <style> (the widget's root).
    (root instanceof Document ? root.body : [...root.children].find((child) => child.localName !== 'style')!).prepend(start);
    start.focus();
    const look = (node: Element | null): string => {
      if (!node) return '';
      const style = getComputedStyle(node);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    };
    // Indexes counted without the start marker, which is no control.
    return [...root.querySelectorAll(selector)].filter((el) => el !== start).map((el) => `${look(el)} / ${look(el.closest('label'))}`);
  }, { selector: CONTROLS, host });
  for (let i = 0; i < 2 * expected.length + 2 && !expected.every((name) => visited.has(name)); i++) {
    await page.press('Tab');
    if (i === 0) await page.evaluate((host) => (host ? document.querySelector(host)!.shadowRoot! : document).querySelector('[data-tab-start]')?.remove(), host);
    const seen = await page.evaluate(({ selector, host }) => {
      const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
      const el = root.activeElement as HTMLElement | null;
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
      const index = [...root.querySelectorAll(selector)].indexOf(el);
      const label = el.closest('label');
      // The ring: the outline of the control, else of its label; what is behind it.
      const ringOn = shows(el) || !label ? el : label;
      const ringStyle = getComputedStyle(ringOn);
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const up = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
      const behind: string[] = [];
      for (let node = parseFloat(ringStyle.outlineOffset) < 0 ? ringOn : up(ringOn); node; node = up(node)) behind.push(getComputedStyle(node).backgroundColor);
      behind.push(canvas);
      const ring = { style: ringStyle.outlineStyle, width: parseFloat(ringStyle.outlineWidth), color: ringStyle.outlineColor, offset: ringStyle.outlineOffset, behind };
      return { index, name: `${index}:${el.localName}${el.id ? `#${el.id}` : ''}`, look: `${look(el)} / ${look(label)}`, shows: shows(el) || shows(label), ring };
    }, { selector: CONTROLS, host });
    if (!seen) continue;
    visited.add(seen.name);
    if (!seen.shows || seen.look === rest[seen.index]) unmarked.add(seen.name);
    else if (ringContrast !== undefined) {
      const { style, width, color, offset, behind } = seen.ring;
      const fg = parseColor(color);
      const back = behind.map((value) => parseColor(value)).find((c) => c !== null && c[3] >= 0.99);
      if (style === 'none' || !(width > 0)) faint.set(seen.name, `${seen.name}: no outline (a box-shadow is no ring in forced colours)`);
      else if (!fg || !back) faint.set(seen.name, `${seen.name}: ring colour not read (${color} on ${behind.join(', ')})`);
      else {
        const ratio = contrast(blend(fg, back), back);
        if (ratio < ringContrast) faint.set(seen.name, `${seen.name}: focus ring ${color} at ${ratio.toFixed(2)}:1 on ${css(back)} (offset ${offset})`);
      }
    }
  }
  return { visited: [...visited], unmarked: [...unmarked], faint: [...faint.values()] };
}

// ---- Forced-colours mode (Windows High Contrast) ------------------------------------------------

/**
 * What forced-colours mode must leave standing on a surface (`host`: that element's open shadow
 * root, else the document), as the browser computes it with the system colours in force:
 * - every visible control (tabbable(), the label of an invisible file input, and the `surfaces`
 *   asked for: popovers over the page) has a boundary the mode keeps: a border on all four sides or
 *   an outline, at 3:1 against the colour behind it (WCAG 1.4.11). Box-shadows and backgrounds do not
 *   count: the mode drops the first and paints the second in one system colour. A native checkbox or
 *   radio is drawn by the browser in system colours (its border is not CSS), and passes as such;
 * - no text is lost: each element with text keeps 4.5:1 (3:1 large) against the first opaque
 *   background behind it, looking through the shadow host to the page and its Canvas colour.
 * Returns one line per failure.
 */
export async function forcedColorsFailures(page: Driver, { host, surfaces = [] }: { host?: string; surfaces?: string[] } = {}): Promise<string[]> {
  const seen = await page.evaluate(({ selector, host, surfaces }) => {
    const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const up = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    /** Background colours from `from` outwards, the Canvas colour last. */
    const behind = (from: Element | null): string[] => {
      const list: string[] = [];
      for (let node = from; node; node = up(node)) list.push(getComputedStyle(node).backgroundColor);
      list.push(canvas);
      return list;
    };
    const name = (el: Element): string => `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
    const shown = (el: Element): boolean => el.getClientRects().length > 0 && !el.closest('[hidden]') && !el.classList.contains('sr-sr-only');

    const faces = new Map<Element, string>();
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || !shown(el)) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      // An invisible input (the file picker's) is seen through its label.
      const face = (Number(style.opacity) === 0 || rect.width <= 1 || rect.height <= 1) ? el.closest('label') : el;
      if (face) faces.set(face, name(el));
    }
    for (const s of surfaces) for (const el of root.querySelectorAll(s)) if (shown(el)) faces.set(el, name(el));
    const boundaries = [...faces].map(([face, control]) => {
      const style = getComputedStyle(face);
      const native = face instanceof HTMLInputElement && /^(checkbox|radio)$/.test(face.type) && style.appearance !== 'none';
      const sides = ['Top', 'Right', 'Bottom', 'Left'].map((side) => {
        const get = (p: string): string => style.getPropertyValue(`border-${side.toLowerCase()}-${p}`);
        return { style: get('style'), width: parseFloat(get('width')), color: get('color') };
      });
      return {
        control,
        native,
        sides,
        outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
        behind: behind(up(face)),
      };
    });

    const texts: { name: string; color: string; backgrounds: string[]; size: number; weight: number }[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (!text || !shown(el) || ['script', 'style', 'option'].includes(el.localName)) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      texts.push({ name: `${name(el)} "${text.slice(0, 20)}"`, color: style.color, backgrounds: behind(el), size: parseFloat(style.fontSize), weight: Number(style.fontWeight) });
    }
    return { boundaries, texts };
  }, { selector: CONTROLS, host, surfaces });

  const failures: string[] = [];
  const opaque = (list: string[]): [number, number, number, number] | undefined => list.map((value) => parseColor(value)).find((c) => c !== null && c[3] >= 0.99) ?? undefined;
  for (const { control, native, sides, outline, behind } of seen.boundaries) {
    if (native) continue;
    const back = opaque(behind);
    if (!back) {
      failures.push(`${control}: background behind it not read (${behind.join(', ')})`);
      continue;
    }
    const visible = (line: { style: string; width: number; color: string }): boolean => {
      const color = parseColor(line.color);
      return !/^(none|hidden)$/.test(line.style) && line.width >= 1 && color !== null && color[3] > 0 &&
        contrast(blend(color, back), back) >= 3;
    };
    if (sides.every(visible) || visible(outline)) continue;
    const lines = sides.map((side) => `${side.style} ${side.width}px ${side.color}`).join(' / ');
    failures.push(`${control}: no boundary (border ${lines}; outline ${outline.style} ${outline.width}px ${outline.color}; behind it ${css(back)})`);
  }
  for (const { name, color, backgrounds, size, weight } of seen.texts) {
    const fg = parseColor(color);
    const bg = opaque(backgrounds);
    if (!fg || !bg) {
      failures.push(`${name}: colour not read (${color} on ${backgrounds.join(', ')})`);
      continue;
    }
    const ratio = contrast(blend(fg, bg), bg);
    const large = size >= 24 || (size >= 18.66 && weight >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(`${name}: text at ${ratio.toFixed(2)}:1 (${color} on ${css(bg)})`);
  }
  return failures;
}

/**
 * How the badge looks with its colours and its score left out (`shape`): the text it shows besides
 * the score (what ::before and ::after add too) and the shape of its borders and outline. Two levels
 * that give the same look are told apart by colour alone, which forced-colours mode paints over.
 * `words`: the level words it shows (its `.sr-badge-level`, '' when not shown).
 */
export function badgeShape(page: Driver): Promise<{ shape: string; words: string }> {
  return page.evaluate(() => {
    const badge = document.querySelector('spamrisk-badge')!.shadowRoot!.querySelector('.sr-badge')!;
    const parts: string[] = [];
    const shape = (el: Element, pseudo?: string): string => {
      const style = getComputedStyle(el, pseudo);
      const border = ['top', 'right', 'bottom', 'left'].map((side) => `${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-width`)}`).join(',');
      return `${border} | ${style.outlineStyle} ${style.outlineWidth} | ${style.textDecorationLine} ${style.textDecorationStyle}`;
    };
    for (const el of [badge, ...badge.querySelectorAll('*')]) {
      if (el.getClientRects().length === 0 || el.classList.contains('sr-badge-score')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      const pseudo = ['::before', '::after'].map((p) => getComputedStyle(el, p).content).filter((c) => c && c !== 'none' && c !== 'normal');
      parts.push(`${el.localName}.${el.getAttribute('class') ?? ''} "${own}" ${pseudo.join(' ')} ${shape(el)}`);
    }
    const level = badge.querySelector('.sr-badge-level');
    const words = level && level.getClientRects().length > 0 ? (level.textContent ?? '').trim() : '';
    return { shape: parts.join('\n'), words };
  });
}

/**
 * The pixels of a screenshot (8-bit RGB or RGBA PNG, not interlaced: what Chromium and Firefox
 * write), as RGBA rows. Enough to compare two screenshots of the same region; any other PNG is an error.
 */
export function pngPixels(file: string): { width: number; height: number; rgba: Uint8Array } {
  const png = readFileSync(file);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const chunk = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [chunk[8], chunk[9], chunk[10], chunk[11], chunk[12]];
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`${file}: PNG not read (depth ${depth}, colour type ${colorType}, interlace ${interlace})`);
    } else if (type === 'IDAT') data.push(chunk);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter === undefined || filter > 4) throw new Error(`${file}: PNG row ${y} has filter ${filter} (0 to 4 exist)`);
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth;
      rows[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = rows[i * channels + k]!;
    rgba[i * 4 + 3] = channels === 4 ? rows[i * channels + 3]! : 255;
  }
  return { width, height, rgba };
}
