/**
 * Reads and writes the user's settings where settings.ts puts them: `settings` in storage.sync, the
 * phrase lists (`lists`) in storage.local. A write that the browser refuses (or that is measured too big first) throws a SaveError and
 * changes nothing the caller holds: the options page keeps the last saved state and says why.
 */
import { localGet, localSet, onStorageChanged, syncGet, syncSet } from './browser.ts';
import {
  holdsLegacyLists,
  LISTS_KEY,
  settingsFromStorage,
  SETTINGS_KEY,
  storedForm,
  SYNC_ITEM_BYTES,
  syncItemBytes,
  type Settings,
} from './settings.ts';

/** Why a save failed: too big for a storage.sync item (measured before asking), or refused by the browser. */
export type SaveFailure = { kind: 'too-big'; bytes: number; max: number } | { kind: 'refused'; message: string };

export class SaveError extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.kind === 'too-big' ? `${failure.bytes} bytes; storage.sync keeps ${failure.max} an item` : failure.message);
    this.name = 'SaveError';
  }
}

/** Whether storage.sync still holds the lists of an older version (the next save moves them). */
let legacyLists = false;

export async function loadSettings(): Promise<Settings> {
  const [synced, lists] = await Promise.all([syncGet(SETTINGS_KEY).catch(() => undefined), localGet(LISTS_KEY).catch(() => undefined)]);
  legacyLists = holdsLegacyLists(synced);
  return settingsFromStorage(synced, lists);
}

/**
 * Stores `next` (`previous` is what is stored now): only the areas that changed are written, the
 * lists first, so a refused sync write never loses them. Throws a SaveError.
 */
export async function saveSettings(next: Settings, previous: Settings): Promise<void> {
  const now = storedForm(next);
  const before = storedForm(previous);
  const syncChanged = legacyLists || JSON.stringify(now.sync) !== JSON.stringify(before.sync);
  const listsChanged = legacyLists || JSON.stringify(now.local) !== JSON.stringify(before.local);
  if (syncChanged) {
    const bytes = syncItemBytes(SETTINGS_KEY, now.sync);
    if (bytes > SYNC_ITEM_BYTES) throw new SaveError({ kind: 'too-big', bytes, max: SYNC_ITEM_BYTES });
  }
  try {
    if (listsChanged) await localSet(LISTS_KEY, now.local);
    if (syncChanged) await syncSet(SETTINGS_KEY, now.sync);
  } catch (e) {
    throw new SaveError({ kind: 'refused', message: e instanceof Error ? e.message : String(e) });
  }
  legacyLists = false;
}

/** Calls `handler` with the settings in force whenever either area changes; the signal removes the listeners. */
export function onSettingsChanged(handler: (settings: Settings) => void, signal?: AbortSignal): void {
  const reload = (): void => void loadSettings().then(handler, () => undefined);
  onStorageChanged('sync', SETTINGS_KEY, reload, signal);
  onStorageChanged('local', LISTS_KEY, reload, signal);
}
