/**
 * The localizer writes whole numbers itself and remembers plural categories (core/messages/index.ts,
 * for speed); what it writes must be what `Intl` writes, in every language and style we use.
 */
import { describe, expect, it } from 'vitest';
import { createLocalizer, parseMessage } from '../../core/messages/index.ts';

const STYLES = ['', ', number', ', number, ::group-off', ', number, integer', ', number, ::.0', ', number, ::.##', ', number, percent', ', number, ::.0 group-off'];
const VALUES = [0, -0, 1, 2, 5, 21, 999, 1000, 1001, 12_345, 1_000_000, 2 ** 53, -1, -1000, 0.5, 1.25, 999.5, Number.NaN, Number.POSITIVE_INFINITY];

function intlStyle(style: string): Intl.NumberFormatOptions {
  if (style.endsWith('::.0 group-off')) return { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false };
  if (style.endsWith('group-off')) return { useGrouping: false };
  if (style.endsWith('integer')) return { maximumFractionDigits: 0 };
  if (style.endsWith('::.0')) return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (style.endsWith('::.##')) return { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  if (style.endsWith('percent')) return { style: 'percent' };
  return {};
}

describe('localizer number and plural fast paths', () => {
  for (const locale of ['en', 'fr', 'de', 'es', 'fr-CA', 'en-IN', 'ar-EG']) {
    it(`writes numbers as Intl does (${locale})`, () => {
      const localizer = createLocalizer(locale);
      const tag = locale === 'ar-EG' ? 'en' : locale; // a language without messages falls back to English
      for (const style of STYLES) {
        const rule = { id: 'probe', messages: { n: `[{n${style}}]`, p: '{n, plural, one {one #} other {other #}}' } };
        expect(() => parseMessage(rule.messages.n)).not.toThrow();
        for (const value of VALUES) {
          expect(localizer.text(rule, 'n', { n: value }), `${locale} ${style} ${value}`).toBe(`[${new Intl.NumberFormat(tag, intlStyle(style)).format(value)}]`);
        }
      }
    });

    it(`chooses plural forms as Intl does, asked once or many times (${locale})`, () => {
      const localizer = createLocalizer(locale);
      const tag = locale === 'ar-EG' ? 'en' : locale;
      const rule = { id: 'probe', messages: { p: '{n, plural, one {one} few {few} many {many} other {other}}' } };
      for (let round = 0; round < 2; round++) {
        for (const value of [...VALUES, 1_000_000, 2_000_000, 3]) {
          const category = Number.isFinite(value) ? new Intl.PluralRules(tag).select(value) : 'other';
          expect(localizer.text(rule, 'p', { n: value }), `${locale} ${value}`).toBe(category);
        }
      }
    });
  }
});
