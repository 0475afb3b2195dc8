/**
 * Light or dark, to match the page the panel sits on: the first opaque background behind the
 * editor decides (webmail themes do not always follow the OS setting); with none, the OS
 * preference (prefers-color-scheme) does.
 */
export type Theme = 'light' | 'dark';

/** `rgb(…)` / `rgba(…)` → [r, g, b, alpha], or null for other syntaxes (color(), transparent keywords). */
export function parseColor(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (v = 0): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function themeBehind(el: Element): Theme {
  return opaqueThemeBehind(el) ?? (el.ownerDocument.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** The theme of an editor, looking through its iframe to the page when the frame is transparent. */
export function pageTheme(editor: HTMLElement, frame: HTMLIFrameElement | null): Theme {
  return opaqueThemeBehind(editor) ?? themeBehind(frame ?? editor);
}

/** The theme of the first background at least half opaque from `el` up, or null. */
function opaqueThemeBehind(el: Element): Theme | null {
  const win = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && win; node = node.parentElement) {
    const color = parseColor(win.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return null;
}
