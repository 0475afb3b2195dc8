/**
 * The user's settings (storage.sync, key `settings`), how the options page validates what is typed,
 * and how settings become core `AnalyzeOptions`. Pure: storage access lives in browser.ts, so this
 * file is unit-tested without a browser.
 */
import { DEFAULT_THRESHOLD } from '../../core/report/report.ts';
import type { AnalyzeOptions } from '../../core/types.ts';
import { formatNumber } from './format.ts';
import { WEBMAIL_HOSTS } from './webmail.ts';

export const SETTINGS_KEY = 'settings';

/**
 * The languages the options page offers, and the UI languages findings are written in: each has
 * wordlists in core/data and a message catalogue (test/extension/settings.test.ts holds both).
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;

export const THRESHOLD_MIN = 0.5;
export const THRESHOLD_MAX = 100;
export const THRESHOLD_STEP = 0.5;

/** The threshold's minimum, maximum and step as the field's help text writes them ("0.5", "100", "0.5"), for its error messages. */
export function thresholdBounds(locale = 'en'): [string, string, string] {
  return [formatNumber(THRESHOLD_MIN, locale), formatNumber(THRESHOLD_MAX, locale), formatNumber(THRESHOLD_STEP, locale)];
}

export interface Settings {
  /** score at which the level becomes `high` (0.5 … 100, in steps of 0.5) */
  threshold: number;
  /** ask before Send when the level is `high` */
  confirmSend: boolean;
  /** wordlists always checked; English unless the user removed it */
  languages: string[];
  /** also check the language each draft is written in (detected by the core) */
  detectLanguage: boolean;
  /** extra trigger phrases, one per entry */
  phrases: string[];
  /** words that never count as triggers (brand names, products) */
  allowed: string[];
  /** match patterns of the ESP editors the generic adapter runs on, e.g. `https://app.example.com/*` */
  sites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  threshold: DEFAULT_THRESHOLD,
  confirmSend: false,
  languages: ['en'],
  detectLanguage: true,
  phrases: [],
  allowed: [],
  sites: [],
});

/** How many entries a list setting keeps, and how many characters of each. */
export const LIST_MAX_ENTRIES = 500;
export const LIST_MAX_CHARS = 200;

function stringList(value: unknown, max = LIST_MAX_ENTRIES): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim().slice(0, LIST_MAX_CHARS);
    if (trimmed) seen.add(trimmed);
    if (seen.size >= max) break;
  }
  return [...seen];
}

// ---- threshold -----------------------------------------------------------------------------------

export type ThresholdCheck = { ok: true; value: number } | { ok: false; error: 'empty' | 'number' | 'range' | 'step' };

/** What the threshold field accepts: a number from 0.5 to 100 in steps of 0.5 (a decimal comma too). */
export function parseThreshold(text: string): ThresholdCheck {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return { ok: false, error: 'empty' };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return { ok: false, error: 'number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: 'number' };
  if (value < THRESHOLD_MIN || value > THRESHOLD_MAX) return { ok: false, error: 'range' };
  if (Math.abs(value / THRESHOLD_STEP - Math.round(value / THRESHOLD_STEP)) > 1e-9) return { ok: false, error: 'step' };
  return { ok: true, value };
}

function storedThreshold(raw: unknown): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < THRESHOLD_MIN || value > THRESHOLD_MAX) return DEFAULT_SETTINGS.threshold;
  return Math.round(value / THRESHOLD_STEP) * THRESHOLD_STEP;
}

// ---- sites ------------------------------------------------------------------------------------------

export type SiteError = 'empty' | 'invalid' | 'scheme' | 'insecure' | 'webmail' | 'broad';

export type SiteCheck =
  | { ok: true; pattern: string; /** the port the user typed, dropped: patterns cover every port */ droppedPort: string | null }
  | { ok: false; error: SiteError; /** what to show in the message (the host, or the origin typed) */ subject: string };

export interface SiteRules {
  /** http hosts this build may ask for (test builds: 127.0.0.1, localhost); production: none */
  httpHosts?: readonly string[];
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function validHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host.split('.').every((part) => Number(part) <= 255);
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** Whether a pattern host (`*.example.com` or `app.example.com`) covers `host`. */
function covers(patternHost: string, host: string): boolean {
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return patternHost === host;
}

/**
 * What the user typed as a site → the match pattern that grants it and registers the content script
 * there: `app.example.com`, `https://app.example.com:8443/editor?id=1` → `https://app.example.com/*`;
 * `*.example.com` → `https://*.example.com/*`. https is assumed; http is refused (extensions may only
 * ask for https sites) except for the hosts `rules.httpHosts` names. The webmail sites are refused:
 * they work already.
 */
export function parseSite(input: string, rules: SiteRules = {}): SiteCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty', subject: '' };
  if (/\s/.test(text)) return { ok: false, error: 'invalid', subject: text };
  const schemeMatch = /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(text);
  // "localhost:8080" parses as scheme "localhost": a scheme needs "//" after it to count.
  const hasScheme = schemeMatch !== null && schemeMatch[2] === '//';
  if (schemeMatch && !hasScheme && !/^[a-z0-9.-]+:\d+/i.test(text)) return { ok: false, error: 'scheme', subject: text };
  const scheme = hasScheme ? schemeMatch[1]!.toLowerCase() : 'https';
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, error: 'scheme', subject: text };
  const rest = hasScheme ? text.slice(schemeMatch[0].length) : text;
  const wildcard = rest.startsWith('*.');
  let url: URL;
  try {
    url = new URL(`${scheme}://${wildcard ? rest.slice(2) : rest}`);
  } catch {
    return { ok: false, error: 'invalid', subject: text };
  }
  if (url.username || url.password) return { ok: false, error: 'invalid', subject: text };
  const host = url.hostname.replace(/\.$/, '');
  if (!validHost(host) || (wildcard && (host === 'localhost' || /^\d/.test(host)))) return { ok: false, error: 'invalid', subject: text };
  const patternHost = wildcard ? `*.${host}` : host;
  if (wildcard && !host.includes('.')) return { ok: false, error: 'broad', subject: patternHost };
  if (WEBMAIL_HOSTS.some((webmail) => covers(patternHost, webmail))) return { ok: false, error: 'webmail', subject: patternHost };
  if (scheme === 'http' && !(rules.httpHosts ?? []).includes(host)) return { ok: false, error: 'insecure', subject: `http://${url.host}` };
  return { ok: true, pattern: `${scheme}://${patternHost}/*`, droppedPort: url.port || null };
}

/** A stored site (a pattern, or an origin saved by an older version) → its match pattern, or null. */
export function sitePattern(site: string): string | null {
  const checked = parseSite(site, { httpHosts: ['localhost', '127.0.0.1'] });
  return checked.ok ? checked.pattern : null;
}

/** The host part of a pattern, for display and permission checks (`https://*.example.com/*` → `*.example.com`). */
export function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}

/** Whether `url` (an origin or page address) is covered by one of the patterns. */
export function coveredBy(url: string, patterns: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const scheme = pattern.slice(0, pattern.indexOf(':'));
    return `${scheme}:` === parsed.protocol && covers(patternHost(pattern), parsed.hostname);
  });
}

// ---- languages -------------------------------------------------------------------------------------

function storedLanguages(value: Record<string, unknown>): { languages: string[]; detectLanguage: boolean } {
  const known = stringList(value.languages).filter((code) => (LANGUAGES as readonly string[]).includes(code));
  if (typeof value.detectLanguage !== 'boolean') {
    // Settings of an older version: "languages" were the only wordlists checked, and ticking one
    // silently dropped English. Now choosing languages adds to English (issue 13).
    return { languages: [...new Set(['en', ...known])], detectLanguage: true };
  }
  const detectLanguage = value.detectLanguage;
  // Nothing at all to check is not a setting: fall back to the default.
  if (known.length === 0 && !detectLanguage) return { languages: [...DEFAULT_SETTINGS.languages], detectLanguage: true };
  return { languages: LANGUAGES.filter((code) => known.includes(code)), detectLanguage };
}

// ---- all settings ------------------------------------------------------------------------------------

/** Whatever storage holds (an older version, a hand edit, nothing) → valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    threshold: storedThreshold(value.threshold),
    confirmSend: value.confirmSend === true,
    ...storedLanguages(value),
    phrases: stringList(value.phrases),
    allowed: stringList(value.allowed),
    sites: [...new Set(stringList(value.sites).map(sitePattern).filter((pattern): pattern is string => pattern !== null))],
  };
}

/**
 * The language findings are written in for a UI locale: the UI's own tag when the core has
 * messages in its language (`fr-CA` keeps Canadian number formats), else English. The same rule
 * as core's `resolveLocale`, kept here on purpose: importing core/messages/ would bundle every
 * catalogue into the content script and the options page (measured: content.js 119 → 284 KB).
 */
export function findingsLocale(uiLocale: string): string {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(uiLocale.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
  const language = tag.split('-')[0]?.toLowerCase() ?? 'en';
  return (LANGUAGES as readonly string[]).includes(language) ? tag : 'en';
}

/**
 * The core's options, with findings in the UI's language when `uiLocale` is given. The core's own default is "the detected language plus English", so that case
 * passes no `languages`; other choices pass the chosen lists, plus the core's `'auto'` (the draft's
 * detected language) when the user wants it too, so one analysis covers both.
 */
export function analyzeOptions(settings: Settings, uiLocale?: string): AnalyzeOptions {
  const coreDefault = settings.detectLanguage && settings.languages.length === 1 && settings.languages[0] === 'en';
  return {
    threshold: settings.threshold,
    ...(uiLocale === undefined ? {} : { locale: findingsLocale(uiLocale) }),
    ...(coreDefault || settings.languages.length === 0
      ? {}
      : { languages: settings.detectLanguage ? [...settings.languages, 'auto'] : settings.languages }),
    ...(settings.phrases.length || settings.allowed.length
      ? { phrases: { add: settings.phrases, allow: settings.allowed } }
      : {}),
  };
}

/** Splits a textarea into entries: one per line, blank lines dropped. */
export function linesOf(text: string): string[] {
  return stringList(text.split(/\r?\n/));
}

// ---- where the settings are stored ---------------------------------------------------------------

/**
 * storage.local key of this device's copy of the two phrase lists. storage.sync holds at most 8,192
 * bytes an item and 102,400 in all (QUOTA_BYTES_PER_ITEM, QUOTA_BYTES; the same numbers in Chrome
 * and Firefox), as JSON plus the key's length. What the lists may hold (500 entries of up to 200
 * characters each, two lists) is several times that, so this device keeps them whole in
 * storage.local (Chrome: 5 MB or more, MDN; Firefox: IndexedDB's limits).
 *
 * storage.sync's `settings` keeps holding them too, as every version before wrote them, whenever
 * they fit its 8,192 bytes: other devices (and older versions, which read only storage.sync) see
 * them, and a save never removes them. When they do not fit, the lists storage.sync holds are left
 * as they were. storage.local's copy remembers which lists storage.sync held when it was written
 * (`synced`): when storage.sync holds others, another device wrote them since, and they count —
 * the newer edit wins, as it always did in storage.sync. A device with no copy yet uses storage.sync's.
 */
export const LISTS_KEY = 'lists';

/** storage.sync's QUOTA_BYTES_PER_ITEM in Chrome and Firefox. */
export const SYNC_ITEM_BYTES = 8192;

export type SyncedSettings = Omit<Settings, 'phrases' | 'allowed'> & Partial<Pick<Settings, 'phrases' | 'allowed'>>;
export interface StoredLists {
  phrases: string[];
  allowed: string[];
  /** storage.sync's lists (syncedLists()) when this copy was written; null when it held none */
  synced: string | null;
}

function objectOf(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

/** Whether `settings` (as stored in storage.sync) holds phrase lists (every version before ext43 wrote them there). */
export function holdsLegacyLists(synced: unknown): boolean {
  const value = objectOf(synced);
  return !!value && ('phrases' in value || 'allowed' in value);
}

/** The lists storage.sync's `settings` holds, as one comparable string; null when it holds none. */
export function syncedLists(synced: unknown): string | null {
  if (!holdsLegacyLists(synced)) return null;
  const value = synced as Record<string, unknown>;
  return JSON.stringify({ phrases: stringList(value.phrases), allowed: stringList(value.allowed) });
}

/**
 * Settings → what goes to storage.sync (`settings`) and to storage.local (`lists`), given what
 * storage.sync holds now: the lists go to storage.sync too when the whole item fits its 8,192
 * bytes; else storage.sync's lists stay as they are (never removed).
 */
export function storedForm(settings: Settings, synced?: unknown): { sync: SyncedSettings; local: StoredLists } {
  const { phrases, allowed, ...rest } = settings;
  const whole: SyncedSettings = { ...rest, phrases, allowed };
  const held = objectOf(synced) ?? {};
  const kept = {
    ...('phrases' in held ? { phrases: held.phrases as string[] } : {}),
    ...('allowed' in held ? { allowed: held.allowed as string[] } : {}),
  };
  const sync = syncItemBytes(SETTINGS_KEY, whole) <= SYNC_ITEM_BYTES ? whole : { ...rest, ...kept };
  return { sync, local: { phrases, allowed, synced: syncedLists(sync) } };
}

/**
 * storage.sync's `settings` and storage.local's `lists` → valid settings. storage.local's lists
 * count unless storage.sync holds lists they were not written with (another device, maybe of an
 * older version, changed them since) or there are none (a new device, or settings saved before
 * ext43): then storage.sync's.
 */
export function settingsFromStorage(synced: unknown, lists: unknown): Settings {
  const value = objectOf(synced) ?? {};
  const local = objectOf(lists);
  const inSync = syncedLists(synced);
  const localCounts = local !== null && (inSync === null || local.synced === inSync);
  return normalizeSettings(localCounts ? { ...value, phrases: local.phrases, allowed: local.allowed } : value);
}

/** The size storage.sync counts for an item: its key's length plus its value as JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** What a list field's text keeps and drops: entries past LIST_MAX_ENTRIES, characters past LIST_MAX_CHARS. */
export function listOverflow(text: string): { kept: number; dropped: number; cut: number } {
  const entries = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
  const cut = entries.slice(0, LIST_MAX_ENTRIES).filter((entry) => entry.length > LIST_MAX_CHARS).length;
  return { kept: linesOf(text).length, dropped: Math.max(0, entries.length - LIST_MAX_ENTRIES), cut };
}
