// Where the settings are stored (ext43): storage.sync holds 8,192 bytes an item, so the phrase lists
// (up to 500 × 200 characters each) live in storage.local; a save the browser refuses throws and
// leaves nothing half-changed; settings of older versions (lists inside `settings`) still load.
// browser.ts is replaced by two in-memory areas; sync enforces Chrome's and Firefox's quotas.

import { beforeEach, describe, expect, test, vi } from 'vitest';

const areas = vi.hoisted(() => {
  const sync = new Map<string, unknown>();
  const local = new Map<string, unknown>();
  const listeners: ((area: 'sync' | 'local', key: string) => void)[] = [];
  const state = { refuseSync: '' };
  const bytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;
  return { sync, local, listeners, state, bytes };
});

vi.mock('../../extension/shared/browser.ts', () => ({
  syncGet: async (key: string) => structuredClone(areas.sync.get(key)),
  localGet: async (key: string) => structuredClone(areas.local.get(key)),
  syncSet: async (key: string, value: unknown) => {
    if (areas.state.refuseSync) throw new Error(areas.state.refuseSync);
    // storage.sync's quotas, as Chrome and Firefox enforce them
    if (areas.bytes(key, value) > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const total = [...areas.sync].filter(([k]) => k !== key).reduce((n, [k, v]) => n + areas.bytes(k, v), areas.bytes(key, value));
    if (total > 102400) throw new Error('QUOTA_BYTES quota exceeded');
    areas.sync.set(key, structuredClone(value));
    for (const listener of areas.listeners) listener('sync', key);
  },
  localSet: async (key: string, value: unknown) => {
    areas.local.set(key, structuredClone(value));
    for (const listener of areas.listeners) listener('local', key);
  },
  onStorageChanged: (area: 'sync' | 'local', key: string, handler: (value: unknown) => void) => {
    areas.listeners.push((a, k) => {
      if (a === area && k === key) handler((a === 'sync' ? areas.sync : areas.local).get(k));
    });
  },
}));

const { loadSettings, onSettingsChanged, saveSettings } = await import('../../extension/shared/settings-store.ts');
const { DEFAULT_SETTINGS, LIST_MAX_CHARS, LIST_MAX_ENTRIES, listOverflow, normalizeSettings, settingsFromStorage, syncItemBytes } = await import(
  '../../extension/shared/settings.ts'
);

/** `n` distinct phrases of about 45 characters, as the reviewer pasted (400 lines ≈ 18 KB). */
const phrases = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `our competitor brand phrase number ${i + from} extra`);

beforeEach(() => {
  areas.sync.clear();
  areas.local.clear();
  areas.listeners.length = 0;
  areas.state.refuseSync = '';
});

describe('storage layout', () => {
  test('what normalizeSettings allows does not fit one storage.sync item, nor storage.sync at all', () => {
    const fullest = normalizeSettings({
      phrases: Array.from({ length: 600 }, (_, i) => `${i} ${'x'.repeat(300)}`),
      allowed: Array.from({ length: 600 }, (_, i) => `${i} ${'y'.repeat(300)}`),
    });
    expect(fullest.phrases).toHaveLength(LIST_MAX_ENTRIES);
    expect(fullest.phrases[0]).toHaveLength(LIST_MAX_CHARS);
    expect(syncItemBytes('settings', fullest)).toBeGreaterThan(102400);
  });

  test('the reviewer\'s case: 21 phrases, then 401, then threshold 4 — every step is stored', async () => {
    let settings = await loadSettings();
    for (const next of [{ phrases: phrases(20).concat('last one') }, { phrases: phrases(400).concat('last one') }, { threshold: 4 }]) {
      const wanted = normalizeSettings({ ...settings, ...next });
      await saveSettings(wanted, settings);
      settings = wanted;
      expect(await loadSettings()).toEqual(wanted);
    }
    expect(settings.phrases).toHaveLength(401);
    expect(settings.threshold).toBe(4);
    // the lists are in storage.local; what syncs stays small
    expect(areas.sync.get('settings')).not.toHaveProperty('phrases');
    expect(syncItemBytes('settings', areas.sync.get('settings'))).toBeLessThan(1000);
  });

  test('the fullest lists normalizeSettings allows are stored and load back whole', async () => {
    const fullest = normalizeSettings({
      phrases: Array.from({ length: LIST_MAX_ENTRIES }, (_, i) => `${i} ${'é'.repeat(LIST_MAX_CHARS)}`),
      allowed: Array.from({ length: LIST_MAX_ENTRIES }, (_, i) => `${i} ${'ß'.repeat(LIST_MAX_CHARS)}`),
      sites: ['app.example.com'],
    });
    await saveSettings(fullest, DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(fullest);
  });
});

describe('a save the browser refuses', () => {
  test('throws, and what was stored before still loads; a later save of another setting goes through', async () => {
    const before = normalizeSettings({ threshold: 6, phrases: ['quarterly figures'] });
    await saveSettings(before, DEFAULT_SETTINGS);
    areas.state.refuseSync = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const refused = normalizeSettings({ ...before, threshold: 7 });
    await expect(saveSettings(refused, before)).rejects.toMatchObject({ failure: { kind: 'refused', message: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' } });
    expect(await loadSettings()).toEqual(before);
    areas.state.refuseSync = '';
    const later = normalizeSettings({ ...before, confirmSend: true });
    await saveSettings(later, before);
    expect(await loadSettings()).toEqual(later);
  });

  test('synced settings over 8,192 bytes are refused before asking, with the size and the limit', async () => {
    const sites = Array.from({ length: 300 }, (_, i) => `https://editor-number-${i}.example.com/*`);
    const big = normalizeSettings({ sites });
    const error = await saveSettings(big, DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: { kind: 'too-big', max: 8192 } });
    expect((error as { failure: { bytes: number } }).failure.bytes).toBe(syncItemBytes('settings', { ...big, phrases: undefined, allowed: undefined }));
    expect(areas.sync.size).toBe(0);
  });
});

describe('settings of an older version (lists inside storage.sync `settings`)', () => {
  const legacy = { threshold: 7, confirmSend: true, languages: ['en', 'fr'], detectLanguage: true, phrases: ['old phrase'], allowed: ['Acme'], sites: [] };

  test('load as they were', async () => {
    areas.sync.set('settings', legacy);
    expect(await loadSettings()).toEqual(normalizeSettings(legacy));
  });

  test('the next save moves the lists to storage.local, whatever changed', async () => {
    areas.sync.set('settings', legacy);
    const loaded = await loadSettings();
    const next = { ...loaded, threshold: 8 };
    await saveSettings(next, loaded);
    expect(areas.sync.get('settings')).toEqual({ threshold: 8, confirmSend: true, languages: ['en', 'fr'], detectLanguage: true, sites: [] });
    expect(areas.local.get('lists')).toEqual({ phrases: ['old phrase'], allowed: ['Acme'] });
    expect(await loadSettings()).toEqual(next);
  });

  test('storage.local lists win over lists an older version still writes to storage.sync', () => {
    expect(settingsFromStorage({ ...legacy, phrases: ['from an old device'] }, { phrases: ['here'], allowed: [] })).toMatchObject({ phrases: ['here'], allowed: [], threshold: 7 });
  });
});

test('onSettingsChanged: a change of either area gives the settings in force', async () => {
  const seen: number[] = [];
  onSettingsChanged((settings) => seen.push(settings.phrases.length));
  const next = normalizeSettings({ phrases: ['a', 'b'] });
  await saveSettings(next, DEFAULT_SETTINGS);
  await vi.waitFor(() => expect(seen).toContain(2));
});

test('listOverflow: what a list field keeps and what it drops', () => {
  expect(listOverflow('a\nb\n\nb\n')).toEqual({ kept: 2, dropped: 0, cut: 0 });
  const text = [...phrases(LIST_MAX_ENTRIES + 3), 'z'.repeat(LIST_MAX_CHARS + 1)].join('\n');
  expect(listOverflow(text)).toEqual({ kept: LIST_MAX_ENTRIES, dropped: 4, cut: 0 });
  expect(listOverflow(`short\n${'z'.repeat(LIST_MAX_CHARS + 1)}`)).toEqual({ kept: 2, dropped: 0, cut: 1 });
});
