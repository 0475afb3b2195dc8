/** Styles and theme of the extension pages (popup, options): the shared sheet, adopted (CSP-safe). */
import { FINDINGS_CSS, FORCED_COLORS_CSS, THEME_CSS } from './styles.ts';

export function adoptStyles(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(THEME_CSS + FINDINGS_CSS + FORCED_COLORS_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Extension pages follow the OS theme, live. */
export function applyPageTheme(doc: Document): void {
  const query = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    doc.body.dataset.theme = query?.matches ? 'dark' : 'light';
  };
  apply();
  query?.addEventListener('change', apply);
}
