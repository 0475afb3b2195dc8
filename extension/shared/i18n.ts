/** UI text through the extension i18n API (`_locales`), with the key as a last resort; the UI locale for `Intl`. */
import { message, uiLanguage } from './browser.ts';
import { textDirection } from './format.ts';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return message(key, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * The language the UI's messages are shown in, as a tag Intl accepts (`fr`, `de`, `en-US`), so
 * numbers and plurals agree with the words around them: `@@ui_locale` (the locale the messages
 * come from), else the browser's UI language, else `en`.
 */
export function uiLocale(): string {
  // Each _locales file names its own language: Chromium can show French messages while
  // getUILanguage() and @@ui_locale still say en-US (seen with --lang=fr in Chromium 156).
  for (const read of [() => message('uiLocale'), () => message('@@ui_locale'), () => uiLanguage()]) {
    try {
      const tag = read();
      if (tag && tag !== 'uiLocale') return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      // outside an extension, or a tag Intl does not know
    }
  }
  return 'en';
}

/** Fills `[data-i18n]` (text), `[data-i18n-placeholder]`, `[data-i18n-aria-label]`, `[data-i18n-title]` in an extension page. */
export function localizePage(root: Document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder ?? ''));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel ?? ''));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle ?? '');
  // The page speaks the UI language: screen readers pronounce it accordingly.
  const locale = uiLocale();
  root.documentElement.lang = locale;
  root.documentElement.dir = textDirection(locale);
}
