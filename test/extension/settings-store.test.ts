// Where the settings are stored (ext43): storage.sync holds 8,192 bytes an item, so the phrase lists
// (up to 500 × 200 characters each) live in storage.local; a save the browser refuses throws and
// leaves nothing half-changed; settings of older versions (lists inside `settings`) still load.
// browser.ts is replaced by two in-memory areas; sync enforces Chrome's and Firefox's quotas.

import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Settings } from '../../extension/shared/settings.ts';

const areas = vi.hoisted(() => {
  const sync = new Map<string, unknown>();
  const local = new Map<string, unknown>();
  const listeners: ((area: 'sync' | 'local', key: string) => void)[] = [];
  // refuseX: every write to that area refused with this message; XWritesLeft: that many writes go
  // through, the later ones are refused (with refuseX, or a write-rate message)
  const state = { refuseSync: '', refuseLocal: '', syncWritesLeft: Infinity, localWritesLeft: Infinity };
  const check = (area: 'sync' | 'local'): void => {
    const message = area === 'sync' ? state.refuseSync : state.refuseLocal;
    if (message) throw new Error(message);
    const left = area === 'sync' ? state.syncWritesLeft-- : state.localWritesLeft--;
    if (left <= 0) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
  };
  const bytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;
  return { sync, local, listeners, state, check, bytes };
});

vi.mock('../../extension/shared/browser.ts', () => ({
  syncGet: async (key: string) => structuredClone(areas.sync.get(key)),
  localGet: async (key: string) => structuredClone(areas.local.get(key)),
  syncSet: async (key: string, value: unknown) => {
    areas.check('sync');
    // storage.sync's quotas, as Chrome and Firefox enforce them
    if (areas.bytes(key, value) > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const total = [...areas.sync].filter(([k]) => k !== key).reduce((n, [k, v]) => n + areas.bytes(k, v), areas.bytes(key, value));
    if (total > 102400) throw new Error('QUOTA_BYTES quota exceeded');
    areas.sync.set(key, structuredClone(value));
    for (const listener of areas.listeners) listener('sync', key);
  },
  localSet: async (key: string, value: unknown) => {
    areas.check('local');
    areas.local.set(key, structuredClone(value));
    for (const listener of areas.listeners) listener('local', key);
  },
  localRemove: async (key: string) => {
    areas.check('local');
    areas.local.delete(key);
    for (const listener of areas.listeners) listener('local', key);
  },
  onStorageChanged: (area: 'sync' | 'local', key: string, handler: (value: unknown) => void) => {
    areas.listeners.push((a, k) => {
      if (a === area && k === key) handler((a === 'sync' ? areas.sync : areas.local).get(k));
    });
  },
}));

const { loadSettings, onSettingsChanged, saveSettings } = await import('../../extension/shared/settings-store.ts');
const { LIST_MAX_CHARS, LIST_MAX_ENTRIES, listOverflow, normalizeSettings, syncItemBytes } = await import(
  '../../extension/shared/settings.ts'
);

/** `n` distinct phrases of about 45 characters, as the reviewer pasted (400 lines ≈ 18 KB). */
const phrases = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `our competitor brand phrase number ${i + from} extra`);

beforeEach(() => {
  areas.sync.clear();
  areas.local.clear();
  areas.listeners.length = 0;
  areas.state.refuseSync = '';
  areas.state.refuseLocal = '';
  areas.state.syncWritesLeft = Infinity;
  areas.state.localWritesLeft = Infinity;
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
      await saveSettings(wanted);
      settings = wanted;
      expect(await loadSettings()).toEqual(wanted);
    }
    expect(settings.phrases).toHaveLength(401);
    expect(settings.threshold).toBe(4);
    // storage.local holds the 401; storage.sync still holds the 21 that fitted (left as they were), and the threshold
    expect((areas.local.get('lists') as { phrases: string[] }).phrases).toHaveLength(401);
    expect(areas.sync.get('settings')).toMatchObject({ threshold: 4, phrases: phrases(20).concat('last one') });
    expect(syncItemBytes('settings', areas.sync.get('settings'))).toBeLessThanOrEqual(8192);
  });

  test('the fullest lists normalizeSettings allows are stored and load back whole', async () => {
    const fullest = normalizeSettings({
      phrases: Array.from({ length: LIST_MAX_ENTRIES }, (_, i) => `${i} ${'é'.repeat(LIST_MAX_CHARS)}`),
      allowed: Array.from({ length: LIST_MAX_ENTRIES }, (_, i) => `${i} ${'ß'.repeat(LIST_MAX_CHARS)}`),
      sites: ['app.example.com'],
    });
    await saveSettings(fullest);
    expect(await loadSettings()).toEqual(fullest);
  });
});

describe('a save the browser refuses', () => {
  test('throws, and what was stored before still loads; a later save of another setting goes through', async () => {
    const before = normalizeSettings({ threshold: 6, phrases: ['quarterly figures'] });
    await saveSettings(before);
    areas.state.refuseSync = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const refused = normalizeSettings({ ...before, threshold: 7 });
    await expect(saveSettings(refused)).rejects.toMatchObject({ failure: { kind: 'refused', message: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' } });
    expect(await loadSettings()).toEqual(before);
    areas.state.refuseSync = '';
    const later = normalizeSettings({ ...before, confirmSend: true });
    await saveSettings(later);
    expect(await loadSettings()).toEqual(later);
  });

  test('a list edit storage.sync refuses is not in force anywhere: storage.local keeps the lists saved before', async () => {
    const before = normalizeSettings({ threshold: 6, phrases: ['quarterly figures'] });
    await saveSettings(before);
    areas.state.refuseSync = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    await expect(saveSettings({ ...before, phrases: ['new phrase'] })).rejects.toMatchObject({ failure: { kind: 'refused' } });
    expect(await loadSettings()).toEqual(before);
    expect(areas.local.get('lists')).toMatchObject({ phrases: ['quarterly figures'] });
  });

  test('the same from settings of an older version (lists only in storage.sync)', async () => {
    areas.sync.set('settings', { threshold: 7, phrases: ['old phrase'], allowed: ['Acme'] });
    const loaded = await loadSettings();
    areas.state.refuseSync = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    await expect(saveSettings({ ...loaded, phrases: ['new phrase'] })).rejects.toMatchObject({ failure: { kind: 'refused' } });
    expect(await loadSettings()).toEqual(loaded);
    expect(areas.local.size).toBe(0);
  });

  test('storage.local refused: storage.sync is left as it was (written after it, not before), nothing new is in force', async () => {
    const before = normalizeSettings({ threshold: 6, phrases: ['quarterly figures'] });
    await saveSettings(before);
    const syncedBefore = structuredClone(areas.sync.get('settings'));
    areas.state.refuseLocal = 'QUOTA_BYTES quota exceeded';
    await expect(saveSettings({ ...before, threshold: 8, phrases: ['new phrase'] })).rejects.toMatchObject({ failure: { kind: 'refused', message: 'QUOTA_BYTES quota exceeded' } });
    expect(areas.sync.get('settings')).toEqual(syncedBefore);
    expect(await loadSettings()).toEqual(before);
    // and on a first save (nothing stored before), storage.sync stays empty
    areas.sync.clear();
    areas.local.clear();
    await expect(saveSettings(before)).rejects.toMatchObject({ failure: { kind: 'refused' } });
    expect(areas.sync.size).toBe(0);
  });

  test('a double failure (storage.local refused, and storage.sync refusing any write but one, so that it could not be put back): the settings saved before stay in force, and the save says it failed', async () => {
    const before = normalizeSettings({ threshold: 6, phrases: ['quarterly figures'] });
    await saveSettings(before);
    // one more storage.sync write goes through (the save's own, if it writes there first); the next is refused
    areas.state.syncWritesLeft = 1;
    areas.state.refuseLocal = 'QUOTA_BYTES quota exceeded';
    await expect(saveSettings({ ...before, threshold: 8, phrases: ['new phrase'] })).rejects.toMatchObject({ failure: { kind: 'refused' } });
    expect(await loadSettings()).toEqual(before);
  });

  // This pins the write order (storage.local's copy alone is not in force while storage.sync holds the
  // lists saved before); the rollback itself is guarded by the single-failure tests above.
  test('the other double failure (storage.sync refused, and storage.local refused to be put back): the same', async () => {
    const before = normalizeSettings({ threshold: 6, phrases: ['quarterly figures'] });
    await saveSettings(before);
    areas.state.localWritesLeft = 1;
    areas.state.refuseSync = 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded';
    await expect(saveSettings({ ...before, threshold: 8, phrases: ['new phrase'] })).rejects.toMatchObject({ failure: { kind: 'refused', message: 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded' } });
    expect(await loadSettings()).toEqual(before);
  });

  test('synced settings over 8,192 bytes are refused before asking, with the size and the limit', async () => {
    const sites = Array.from({ length: 300 }, (_, i) => `https://editor-number-${i}.example.com/*`);
    const big = normalizeSettings({ sites });
    const error = await saveSettings(big).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: { kind: 'too-big', max: 8192 } });
    expect((error as { failure: { bytes: number } }).failure.bytes).toBe(syncItemBytes('settings', { ...big, phrases: undefined, allowed: undefined }));
    expect(areas.sync.size).toBe(0);
  });
});

describe('devices sharing storage.sync, each with its own storage.local (and older versions, which read and write only storage.sync)', () => {
  const legacy = { threshold: 7, confirmSend: true, languages: ['en', 'fr'], detectLanguage: true, phrases: ['old phrase'], allowed: ['Acme'], sites: [] };
  const locals = new Map<string, Map<string, unknown>>();
  /** Runs `fn` as device `name`: storage.sync shared, storage.local its own. */
  const on = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const mine = locals.get(name) ?? new Map<string, unknown>();
    areas.local.clear();
    for (const [k, v] of mine) areas.local.set(k, v);
    try {
      return await fn();
    } finally {
      locals.set(name, new Map(areas.local));
    }
  };
  /** What a version before ext43 reads: storage.sync's `settings` alone. */
  const oldVersionReads = (): Settings => normalizeSettings(areas.sync.get('settings'));
  /** What a version before ext43 writes: the whole settings, lists included, to storage.sync. */
  const oldVersionWrites = (settings: Settings): void => void areas.sync.set('settings', structuredClone(settings));
  beforeEach(() => locals.clear());

  test('settings saved by an older version load as they were', async () => {
    areas.sync.set('settings', legacy);
    expect(await loadSettings()).toEqual(normalizeSettings(legacy));
  });

  test('device A saves the threshold: device B (nothing in its storage.local) and an older version still see the lists', async () => {
    areas.sync.set('settings', legacy);
    await on('A', async () => saveSettings({ ...(await loadSettings()), threshold: 8 }));
    expect(await on('B', loadSettings)).toEqual(normalizeSettings({ ...legacy, threshold: 8 }));
    expect(oldVersionReads()).toEqual(normalizeSettings({ ...legacy, threshold: 8 }));
    // B saves something else: nothing of A's is lost
    await on('B', async () => saveSettings({ ...(await loadSettings()), confirmSend: false }));
    expect(await on('A', loadSettings)).toEqual(normalizeSettings({ ...legacy, threshold: 8, confirmSend: false }));
  });

  test('device A edits the lists: B and an older version see the edit', async () => {
    areas.sync.set('settings', legacy);
    await on('B', loadSettings);
    await on('A', async () => saveSettings({ ...(await loadSettings()), phrases: ['old phrase', 'new on A'] }));
    expect((await on('B', loadSettings)).phrases).toEqual(['old phrase', 'new on A']);
    expect(oldVersionReads().phrases).toEqual(['old phrase', 'new on A']);
  });

  test('an older version edits the lists after this one saved: its edit counts here, and the next save here keeps it', async () => {
    areas.sync.set('settings', legacy);
    await on('A', async () => saveSettings({ ...(await loadSettings()), threshold: 8 }));
    oldVersionWrites({ ...oldVersionReads(), phrases: ['old phrase', 'added on an old device'] });
    const onA = await on('A', loadSettings);
    expect(onA.phrases).toEqual(['old phrase', 'added on an old device']);
    await on('A', async () => saveSettings({ ...onA, threshold: 9 }));
    expect(oldVersionReads()).toMatchObject({ threshold: 9, phrases: ['old phrase', 'added on an old device'], allowed: ['Acme'] });
    expect((await on('A', loadSettings)).phrases).toEqual(['old phrase', 'added on an old device']);
  });

  test('lists too big for storage.sync stay whole on this device; storage.sync keeps the last lists that fitted, for the others', async () => {
    areas.sync.set('settings', legacy);
    const big = phrases(400);
    await on('A', async () => saveSettings({ ...(await loadSettings()), phrases: big }));
    await on('A', async () => saveSettings({ ...(await loadSettings()), threshold: 8 }));
    expect((await on('A', loadSettings)).phrases).toEqual(big);
    expect(oldVersionReads()).toEqual(normalizeSettings({ ...legacy, threshold: 8 }));
    expect(await on('B', loadSettings)).toEqual(normalizeSettings({ ...legacy, threshold: 8 }));
  });
});

test('onSettingsChanged: a change of either area gives the settings in force', async () => {
  const seen: number[] = [];
  onSettingsChanged((settings) => seen.push(settings.phrases.length));
  const next = normalizeSettings({ phrases: ['a', 'b'] });
  await saveSettings(next);
  await vi.waitFor(() => expect(seen).toContain(2));
});

test('listOverflow: what a list field keeps and what it drops', () => {
  expect(listOverflow('a\nb\n\nb\n')).toEqual({ kept: 2, dropped: 0, cut: 0 });
  const text = [...phrases(LIST_MAX_ENTRIES + 3), 'z'.repeat(LIST_MAX_CHARS + 1)].join('\n');
  expect(listOverflow(text)).toEqual({ kept: LIST_MAX_ENTRIES, dropped: 4, cut: 0 });
  expect(listOverflow(`short\n${'z'.repeat(LIST_MAX_CHARS + 1)}`)).toEqual({ kept: 2, dropped: 0, cut: 1 });
});
