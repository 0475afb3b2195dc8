/**
 * The user's settings (storage.sync, key `settings`) and how they become core `AnalyzeOptions`.
 * Pure: storage access lives in browser.ts, so this file is unit-tested without a browser.
 */
import type { AnalyzeOptions } from '../../core/types.ts';

export const SETTINGS_KEY = 'settings';

/** Languages that have wordlists in core/data. */
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;

export interface Settings {
  /** score at which the level becomes `high` */
  threshold: number;
  /** ask before Send when the level is `high` */
  confirmSend: boolean;
  /** wordlists to match; empty = the detected language plus English */
  languages: string[];
  /** extra trigger phrases, one per entry */
  phrases: string[];
  /** words that never count as triggers (brand names, products) */
  allowed: string[];
  /** origins of ESP editors the generic adapter runs on, e.g. `https://app.example.com` */
  sites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  threshold: 5,
  confirmSend: false,
  languages: [],
  phrases: [],
  allowed: [],
  sites: [],
});

function stringList(value: unknown, max = 500): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim().slice(0, 200);
    if (trimmed) seen.add(trimmed);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** Whatever storage holds (an older version, a hand edit, nothing) → valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const threshold = Number(value.threshold);
  return {
    threshold: Number.isFinite(threshold) && threshold > 0 && threshold <= 100 ? threshold : DEFAULT_SETTINGS.threshold,
    confirmSend: value.confirmSend === true,
    languages: stringList(value.languages).filter((code) => (LANGUAGES as readonly string[]).includes(code)),
    phrases: stringList(value.phrases),
    allowed: stringList(value.allowed),
    sites: [...new Set(stringList(value.sites).map(normalizeOrigin).filter((origin): origin is string => origin !== null))],
  };
}

export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return {
    threshold: settings.threshold,
    ...(settings.languages.length ? { languages: settings.languages } : {}),
    ...(settings.phrases.length || settings.allowed.length
      ? { phrases: { add: settings.phrases, allow: settings.allowed } }
      : {}),
  };
}

/**
 * `app.example.com`, `https://app.example.com/editor?id=1` → `https://app.example.com`.
 * http is kept only when typed explicitly (local or self-hosted editors). Null when it is no host.
 */
export function normalizeOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return `${url.protocol}//${url.host}`;
}

/** The match pattern that grants (and registers scripts for) an origin: ports are not part of patterns. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Splits a textarea into entries: one per line, blank lines dropped. */
export function linesOf(text: string): string[] {
  return stringList(text.split(/\r?\n/));
}
