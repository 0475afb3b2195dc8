/**
 * Numbers and plurals of the UI through `Intl`, in the UI language: "9,8" in French and German,
 * "1 finding" but "2 findings". `_locales` has no plural syntax, so a plural message is a set of keys
 * with an `Intl.PluralRules` category suffix (`badgeFindings_one`, `badgeFindings_other`, …).
 * Pure (the locale is passed in), so it is unit-tested without a browser.
 */

export type Translate = (key: string, substitutions?: string | string[]) => string;

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A score as the UI writes it, everywhere (in-page badge, panel, live region, popup, options): one
 * decimal, with the UI language's decimal sign ("15.4", "9,8"), so "15" never stands for 15.4 next to
 * a "/ 5.0". Only the toolbar badge, which has room for four characters, may drop it (`formatToolbarScore`).
 */
export function formatScore(value: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return '';
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(value);
}

/** Characters the toolbar badge shows in full (Chromium cuts longer text). */
export const TOOLBAR_BADGE_CHARS = 4;

/**
 * A score on the toolbar badge: `formatScore` when it fits the badge's four characters (up to
 * "99.9"), else the whole number ("100"), because a cut-off "100." would be worse than no decimal.
 */
export function formatToolbarScore(value: number, locale = 'en'): string {
  const text = formatScore(value, locale);
  if (text.length <= TOOLBAR_BADGE_CHARS) return text;
  return numberFormat(locale, { maximumFractionDigits: 0, useGrouping: false }).format(value);
}

/**
 * A plain number with at most one decimal and none when it is whole ("0.5", "100", "0,5"), as the
 * options page's help text writes the threshold's bounds; not for scores (`formatScore`).
 */
export function formatNumber(value: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return '';
  return numberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(value);
}

/** Points with their sign: "+2.5", "-0.5"; in French "+2,5". */
export function formatPoints(points: number, locale = 'en'): string {
  if (!Number.isFinite(points)) return '';
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
}

/** A whole number ("1,234"; "1 234" in French). */
export function formatCount(n: number, locale = 'en'): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/**
 * The plural form of `key` for `count` (`key_one`, `key_few`, `key_many`, … as `Intl.PluralRules`
 * picks it), falling back to `key_other`. `$1` is the formatted count, `rest` follows it.
 */
export function plural(t: Translate, key: string, count: number, locale = 'en', rest: readonly string[] = []): string {
  let category: string;
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  const substitutions = [formatCount(count, locale), ...rest];
  const wanted = `${key}_${category}`;
  const chosen = t(wanted, substitutions);
  return chosen && chosen !== wanted ? chosen : t(`${key}_other`, substitutions);
}

// Languages written right to left (their primary subtags), for locales whose Intl.Locale does not
// say (textInfo is not in every browser).
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a UI locale: 'rtl' or 'ltr'. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RIGHT_TO_LEFT.has(info.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
