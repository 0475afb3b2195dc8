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
 * A score as the UI shows it: one decimal below 10, whole numbers from 10 (so the toolbar's four
 * characters fit), with the UI language's decimal sign.
 */
export function formatScore(value: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return '';
  // 9.96 rounds to "10.0" with one decimal; keep the rule on the rounded value.
  const digits = Math.abs(Math.round(value * 10) / 10) < 10 ? 1 : 0;
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
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
