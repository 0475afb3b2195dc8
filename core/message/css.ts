/**
 * Just enough CSS to know what a reader sees: inline `style` declarations, colours and lengths.
 * Email clients ignore most stylesheets and honour inline styles, so hiding tricks live here.
 */

/**
 * Parses `a: b; c: d` into a map of lower-case property → trimmed value (last one wins). One split
 * and one pass, so linear in the style's length; not capped, since a hiding declaration may come
 * after any amount of padding. The readers below cap what they read of a value.
 */
export function parseStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

export type Rgb = readonly [number, number, number];

const NAMED: ReadonlyMap<string, Rgb> = new Map([
  ['white', [255, 255, 255]], ['black', [0, 0, 0]], ['red', [255, 0, 0]], ['green', [0, 128, 0]],
  ['blue', [0, 0, 255]], ['yellow', [255, 255, 0]], ['gray', [128, 128, 128]], ['grey', [128, 128, 128]],
  ['silver', [192, 192, 192]], ['navy', [0, 0, 128]], ['maroon', [128, 0, 0]], ['purple', [128, 0, 128]],
  ['orange', [255, 165, 0]], ['lime', [0, 255, 0]], ['aqua', [0, 255, 255]], ['fuchsia', [255, 0, 255]],
  ['teal', [0, 128, 128]], ['olive', [128, 128, 0]], ['whitesmoke', [245, 245, 245]], ['snow', [255, 250, 250]],
  ['ivory', [255, 255, 240]], ['ghostwhite', [248, 248, 255]], ['lightgray', [211, 211, 211]],
  ['lightgrey', [211, 211, 211]], ['darkgray', [169, 169, 169]], ['pink', [255, 192, 203]],
]);

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/;
const RGB_FUNCTION = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})(?:[\s,/]+([\d.]+%?))?\s*\)$/;

/** A colour value, or null for anything we cannot read (gradients, variables, `inherit`). */
export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  const named = NAMED.get(v);
  if (named) return named;
  const hex = HEX.exec(v);
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const rgb = v.length < 64 ? RGB_FUNCTION.exec(v) : null;
  if (rgb) {
    const alpha = rgb[4];
    if (alpha !== undefined && parseFloat(alpha) === 0) return null;
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])].map((c) => Math.min(255, c)) as unknown as Rgb;
  }
  return null;
}

/** The first colour-looking word of a `background` shorthand. */
export function backgroundColor(value: string): Rgb | null {
  // `rgb(35, 47, 160)` holds spaces: join function arguments before splitting the shorthand.
  for (const word of value.slice(0, 256).replace(/\s*([,()])\s*/g, '$1').split(/\s+/).slice(0, 8)) {
    const color = parseColor(word);
    if (color) return color;
  }
  return null;
}

/** Euclidean distance in RGB, 0–441. Below ~30 a reader cannot tell text from its background. */
export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** A CSS length in px (px, pt, em/rem at 16 px), or null when it is relative or unreadable. */
export function parseLength(value: string): number | null {
  const match = /^(-?\d*\.?\d+)\s*(px|pt|em|rem|%)?$/.exec(value.trim().slice(0, 32));
  if (!match?.[1]) return null;
  const n = parseFloat(match[1]);
  switch (match[2]) {
    case 'pt':
      return n * (4 / 3);
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return null;
    default:
      return n;
  }
}

/** HTML `<font size>` 1–7 (or ±n relative to 3) in px, per the HTML legacy mapping. */
export function fontSizeAttribute(value: string): number | null {
  const trimmed = value.trim();
  const n = parseInt(trimmed, 10);
  if (Number.isNaN(n)) return null;
  const size = trimmed.startsWith('+') || trimmed.startsWith('-') ? 3 + n : n;
  const px = [9, 10, 13, 16, 18, 24, 32, 48];
  return px[Math.max(0, Math.min(7, size))] ?? null;
}
