// Settings as stored (storage.sync) → valid settings → core options; what the options page accepts
// (threshold, sites); languages that add to English; numbers and plurals in the UI language.

import { describe, expect, test } from 'vitest';
import { WORDLIST_LANGUAGES } from '../../core/data/index.ts';
import { analyze, createAnalyzer } from '../../core/index.ts';
import { MESSAGE_LANGUAGES } from '../../core/messages/index.ts';
import { formatPoints, formatScore, plural } from '../../extension/shared/format.ts';
import {
  analyzeOptions,
  coveredBy,
  DEFAULT_SETTINGS,
  findingsLocale,
  LANGUAGES,
  linesOf,
  normalizeSettings,
  parseSite,
  parseThreshold,
  thresholdBounds,
  sitePattern,
} from '../../extension/shared/settings.ts';

describe('normalizeSettings', () => {
  test('nothing stored → defaults: English plus the detected language', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.languages).toEqual(['en']);
    expect(DEFAULT_SETTINGS.detectLanguage).toBe(true);
  });

  test('keeps valid values, drops invalid ones; stored origins become patterns', () => {
    expect(
      normalizeSettings({
        threshold: '3.5',
        confirmSend: true,
        languages: ['fr', 'xx', 'fr', 7],
        detectLanguage: false,
        phrases: [' act fast ', '', 'act fast', 42],
        allowed: ['ACME'],
        sites: ['app.example.com', 'https://app.example.com/path', 'javascript:alert(1)', 'ftp://x.example', 'http://127.0.0.1:8080/x', 'mail.google.com'],
      }),
    ).toEqual({
      threshold: 3.5,
      confirmSend: true,
      languages: ['fr'],
      detectLanguage: false,
      phrases: ['act fast'],
      allowed: ['ACME'],
      sites: ['https://app.example.com/*', 'http://127.0.0.1/*'],
    });
  });

  test('settings of the older version: a ticked language adds to English (issue 13)', () => {
    expect(normalizeSettings({ languages: ['fr'] })).toMatchObject({ languages: ['en', 'fr'], detectLanguage: true });
    expect(normalizeSettings({ languages: [] })).toMatchObject({ languages: ['en'], detectLanguage: true });
  });

  test('English is left out only when removed explicitly', () => {
    expect(normalizeSettings({ languages: ['de'], detectLanguage: true }).languages).toEqual(['de']);
    // nothing to check at all is not a setting
    expect(normalizeSettings({ languages: [], detectLanguage: false })).toMatchObject({ languages: ['en'], detectLanguage: true });
  });

  test('threshold: in range, on the step, else the default', () => {
    expect(normalizeSettings({ threshold: -1 }).threshold).toBe(5);
    expect(normalizeSettings({ threshold: 0 }).threshold).toBe(5);
    expect(normalizeSettings({ threshold: 1e9 }).threshold).toBe(5);
    expect(normalizeSettings({ threshold: 'NaN' }).threshold).toBe(5);
    expect(normalizeSettings({ threshold: 7.3 }).threshold).toBe(7.5);
  });

  test('confirmSend only when exactly true', () => {
    expect(normalizeSettings({ confirmSend: 'yes' }).confirmSend).toBe(false);
  });
});

describe('parseThreshold: what the field accepts (issue 13: 0, -3, 101, 1e9, empty, 0.1, 7.3)', () => {
  test.each([
    ['5', 5], ['7.5', 7.5], ['7,5', 7.5], [' 0.5 ', 0.5], ['100', 100],
  ])('%s → %s', (text, value) => {
    expect(parseThreshold(text)).toEqual({ ok: true, value });
  });
  test.each([
    ['', 'empty'], ['  ', 'empty'], ['abc', 'number'], ['1e9', 'number'], ['0x10', 'number'],
    ['0', 'range'], ['-3', 'range'], ['101', 'range'], ['0.1', 'range'], ['7.3', 'step'], ['0.75', 'step'],
  ])('%j is refused (%s)', (text, error) => {
    expect(parseThreshold(text)).toEqual({ ok: false, error });
  });
});

describe('parseSite: sites become match patterns', () => {
  test.each([
    ['app.example.com', 'https://app.example.com/*', null],
    [' https://App.Example.com:8443/editor?id=1 ', 'https://app.example.com/*', '8443'],
    ['*.example.com', 'https://*.example.com/*', null],
    ['https://*.example.com/path', 'https://*.example.com/*', null],
    ['localhost:8080', 'https://localhost/*', '8080'],
    ['example.com.', 'https://example.com/*', null],
    ['10.0.0.5', 'https://10.0.0.5/*', null],
  ])('%j → %s', (input, pattern, port) => {
    expect(parseSite(input)).toEqual({ ok: true, pattern, droppedPort: port });
  });

  test.each([
    ['', 'empty'],
    ['not a url', 'invalid'],
    ['https://user:pw@example.com', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['javascript:alert(1)', 'scheme'],
    ['ftp://files.example.com', 'scheme'],
    ['http://localhost:8080', 'insecure'],
    ['http://app.example.com', 'insecure'],
    ['mail.google.com', 'webmail'],
    ['https://outlook.office.com/mail/', 'webmail'],
    ['*.yahoo.com', 'webmail'],
    ['*.localhost', 'invalid'],
  ])('%j is refused (%s)', (input, error) => {
    expect(parseSite(input)).toMatchObject({ ok: false, error });
  });

  test('http is accepted for the hosts a build may ask for (test builds: 127.0.0.1)', () => {
    expect(parseSite('http://127.0.0.1:5173', { httpHosts: ['127.0.0.1'] })).toEqual({ ok: true, pattern: 'http://127.0.0.1/*', droppedPort: '5173' });
    expect(parseSite('http://localhost:8080')).toMatchObject({ ok: false, error: 'insecure', subject: 'http://localhost:8080' });
  });

  test('sitePattern and coveredBy', () => {
    expect(sitePattern('https://app.example.com')).toBe('https://app.example.com/*');
    expect(sitePattern('https://app.example.com/*')).toBe('https://app.example.com/*');
    expect(coveredBy('https://builder.example.net', ['https://*.example.net/*'])).toBe(true);
    expect(coveredBy('https://example.net', ['https://*.example.net/*'])).toBe(true);
    expect(coveredBy('https://evil-example.net', ['https://*.example.net/*'])).toBe(false);
    expect(coveredBy('http://builder.example.net', ['https://builder.example.net/*'])).toBe(false);
  });

  test('linesOf', () => {
    expect(linesOf('a\r\n\n b \nb\n')).toEqual(['a', 'b']);
  });
});

describe('findings in the UI language', () => {
  test('the UI locale when the core speaks its language, else English', () => {
    expect(findingsLocale('fr')).toBe('fr');
    expect(findingsLocale('fr_CA')).toBe('fr-CA');
    expect(findingsLocale('de-AT')).toBe('de-AT');
    expect(findingsLocale('es-419')).toBe('es-419');
    expect(findingsLocale('en-US')).toBe('en-US');
    expect(findingsLocale('ja')).toBe('en');
    expect(findingsLocale('not a tag')).toBe('en');
  });

  test('a French UI gets French findings with French numbers; the evidence stays as written', () => {
    const draft = { html: '<p>Act now: <a href="https://bit.ly/3xYz">https://bit.ly/3xYz</a></p>', subject: 'Hello' };
    const french = analyze(draft, analyzeOptions(DEFAULT_SETTINGS, 'fr'));
    const english = analyze(draft, analyzeOptions(DEFAULT_SETTINGS));
    const shortener = (report: typeof french) => report.findings.find((finding) => finding.rule === 'link-shortener');
    expect(shortener(french)?.message).toMatch(/passe par le raccourcisseur d’URL `bit\.ly`/);
    expect(shortener(french)?.evidence).toBe(shortener(english)?.evidence);
    expect(french.score).toBe(english.score);
    expect(analyze(draft, analyzeOptions(DEFAULT_SETTINGS, 'ja')).findings).toEqual(english.findings);
  });
});

describe('languages: the detected one plus English by default; choices add to English', () => {
  test('defaults: the core default (no languages option)', () => {
    expect(analyzeOptions(DEFAULT_SETTINGS)).toEqual({ threshold: 5 });
  });

  test('chosen languages and phrases', () => {
    expect(analyzeOptions({ ...DEFAULT_SETTINGS, languages: ['en', 'fr'], phrases: ['x'], allowed: ['y'] })).toEqual({
      threshold: 5,
      languages: ['en', 'fr', 'auto'],
      phrases: { add: ['x'], allow: ['y'] },
    });
  });

  const spammyEnglish =
    '<p>Dear friend, act now! FREE cash bonus, limited time offer, 100% guaranteed risk free. Click here to claim your prize!!! Winner!</p>';

  test('ticking French keeps English: an English spammy draft keeps its score (issue 13: 9.8 → 1.6)', () => {
    const score = (settings: typeof DEFAULT_SETTINGS): number => {
      const options = analyzeOptions(settings);
      return analyze({ html: spammyEnglish }, options).score;
    };
    const byDefault = score(DEFAULT_SETTINGS);
    const withFrench = score(normalizeSettings({ languages: ['en', 'fr'], detectLanguage: true }));
    expect(byDefault).toBeGreaterThan(5);
    expect(withFrench).toBe(byDefault);
    // English removed explicitly: the English phrases stop counting.
    expect(score(normalizeSettings({ languages: ['fr'], detectLanguage: false }))).toBeLessThan(byDefault - 3);
  });

  test('the detected language is added to the chosen ones when wanted, in one analysis', () => {
    const german = '<p>Sehr geehrte Damen und Herren, das ist ein einmaliges Angebot, jetzt kostenlos bestellen und sofort gewinnen! Nur heute, garantiert ohne Risiko, klicken Sie hier und sichern Sie sich Ihr Geld.</p>';
    const chosen = normalizeSettings({ languages: ['en', 'fr'], detectLanguage: true });
    const options = analyzeOptions(chosen);
    expect(options.languages).toEqual(['en', 'fr', 'auto']);
    const withDetection = analyze({ html: german }, options);
    expect(withDetection.stats.language).toBe('de');
    // The same draft with German named explicitly scores the same; without detection, German phrases are missed.
    expect(withDetection.score).toBe(analyze({ html: german }, { ...options, languages: ['en', 'fr', 'de'] }).score);
    const without = analyze({ html: german }, analyzeOptions({ ...chosen, detectLanguage: false }));
    expect(without.score).toBeLessThan(withDetection.score);
  });
});

describe('UI numbers and plurals through Intl', () => {
  const messages: Record<string, string> = {
    n_one: '$1 finding', n_other: '$1 findings', fr_one: '$1 constat', fr_many: '$1 de constats', fr_other: '$1 constats',
    es_one: '$1 hallazgo', es_many: '$1 de hallazgos', es_other: '$1 hallazgos',
  };
  const t = (key: string, subs?: string | string[]): string =>
    (messages[key] ?? key).replace('$1', [subs ?? ''].flat()[0] ?? '');

  test('no "1 findings"', () => {
    expect(plural(t, 'n', 1, 'en')).toBe('1 finding');
    expect(plural(t, 'n', 0, 'en')).toBe('0 findings');
    expect(plural(t, 'n', 2, 'en')).toBe('2 findings');
    expect(plural(t, 'fr', 0, 'fr')).toBe('0 constat');
    expect(plural(t, 'fr', 1, 'fr')).toBe('1 constat');
    expect(plural(t, 'fr', 3, 'fr')).toBe('3 constats');
    expect(plural(t, 'fr', 1_000_000, 'fr')).toBe('1\u202f000\u202f000 de constats');
    expect(plural(t, 'es', 0, 'es')).toBe('0 hallazgos');
    expect(plural(t, 'es', 1, 'es')).toBe('1 hallazgo');
    expect(plural(t, 'es', 1_000_000, 'es')).toBe('1.000.000 de hallazgos');
  });

  test('"9,8" in French, German and Spanish, "9.8" in English; signs on points', () => {
    expect(formatScore(9.8, 'fr')).toBe('9,8');
    expect(formatScore(9.8, 'de')).toBe('9,8');
    expect(formatScore(9.8, 'es')).toBe('9,8');
    expect(formatScore(9.8, 'en')).toBe('9.8');
    // ux30: one decimal everywhere a score is written, also from 10 ("15" stood for 15.4, "14" for 13.9)
    expect(formatScore(12.4, 'de')).toBe('12,4');
    expect(formatScore(15.4, 'en')).toBe('15.4');
    expect(formatScore(13.9, 'fr')).toBe('13,9');
    expect(formatScore(9.96, 'en')).toBe('10.0');
    expect(formatScore(120, 'en')).toBe('120.0');
    expect(formatScore(1234.5, 'en'), 'no grouping in a score').toBe('1234.5');
    expect(formatPoints(2.5, 'fr')).toBe('+2,5');
    expect(formatPoints(0, 'en')).toBe('0.0');
  });
});

describe('LANGUAGES', () => {
  // Written by hand in the extension: a language the core has no wordlists for would make every
  // check throw (the core refuses it), one without a catalogue would speak English.
  test('stays within the core\'s wordlist languages and message languages', () => {
    for (const code of LANGUAGES) {
      expect(WORDLIST_LANGUAGES, code).toContain(code);
      expect(MESSAGE_LANGUAGES, code).toContain(code);
    }
  });

  test('every choice of them gives options the extension\'s analyzer accepts', () => {
    const analyzer = createAnalyzer();
    for (const detectLanguage of [true, false]) {
      const settings = normalizeSettings({ languages: [...LANGUAGES], detectLanguage });
      expect(() => analyzer.analyze({ html: '<p>Hi</p>' }, analyzeOptions(settings))).not.toThrow();
    }
  });
});

describe('thresholdBounds: the error messages write the bounds as the help text does (ext30 review: "100.0")', () => {
  test.each(['en', 'fr', 'de', 'es'])('%s', async (locale) => {
    const messages = (await import(`../../extension/_locales/${locale}/messages.json`, { with: { type: 'json' } })).default as Record<string, { message: string }>;
    const help = messages.optionsThresholdHelp!.message;
    const [min, max, step] = thresholdBounds(locale);
    expect(max).toBe('100');
    // the help text has "0.5 … 100 … 0.5" (or "0,5"): each bound as written there
    expect(help.match(/\d+(?:[.,]\d+)?/g)!.slice(0, 3)).toEqual([min, max, step]);
  });
});
