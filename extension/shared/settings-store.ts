/**
 * Reads and writes the user's settings where settings.ts puts them: `settings` in storage.sync (the
 * phrase lists too, when they fit), this device's copy of the lists (`lists`) in storage.local. A
 * write that the browser refuses (or that is measured too big first) throws a SaveError and leaves
 * both areas as they were: the options page keeps the last saved state and says why.
 */
import { localGet, localRemove, localSet, onStorageChanged, syncGet, syncSet } from './browser.ts';
import { LISTS_KEY, settingsFromStorage, SETTINGS_KEY, storedForm, SYNC_ITEM_BYTES, syncItemBytes, type Settings } from './settings.ts';

/** Why a save failed: too big for a storage.sync item (measured before asking), or refused by the browser. */
export type SaveFailure = { kind: 'too-big'; bytes: number; max: number } | { kind: 'refused'; message: string };

export class SaveError extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.kind === 'too-big' ? `${failure.bytes} bytes; storage.sync keeps ${failure.max} an item` : failure.message);
    this.name = 'SaveError';
  }
}

/** A save the browser refused (or any other error thrown while saving), as the SaveError saveSettings throws. */
export const refused = (e: unknown): SaveError => (e instanceof SaveError ? e : new SaveError({ kind: 'refused', message: e instanceof Error ? e.message : String(e) }));

export async function loadSettings(): Promise<Settings> {
  const [synced, lists] = await Promise.all([syncGet(SETTINGS_KEY).catch(() => undefined), localGet(LISTS_KEY).catch(() => undefined)]);
  return settingsFromStorage(synced, lists);
}

/**
 * Stores `next`, writing only the areas that change: storage.local first, then storage.sync. A
 * refused storage.local write changes nothing; a refused storage.sync write puts storage.local back
 * as it was (the page says "not saved" truly). Throws a SaveError.
 *
 * storage.local first, because its copy of the lists alone does not put a list edit in force while
 * storage.sync holds the lists saved before (settingsFromStorage: the copy names other lists), where
 * storage.sync's `settings` alone would (its new lists count, as another device's edit would). So
 * when storage.sync refuses and storage.local then refuses to be put back too, the settings saved
 * before are still the ones in force. (Not always: where storage.sync holds no lists, or cannot hold
 * the new ones, or holds older lists than this device's — kept here alone when they grew too big to
 * sync — either area alone changes what is in force; in the last case a double failure brings the
 * older synced lists back and loses this device's. Two areas have no one write that does both.)
 */
export async function saveSettings(next: Settings): Promise<void> {
  let synced: unknown;
  let lists: unknown;
  try {
    [synced, lists] = await Promise.all([syncGet(SETTINGS_KEY), localGet(LISTS_KEY)]);
  } catch (e) {
    throw refused(e);
  }
  const now = storedForm(next, synced);
  const syncChanged = JSON.stringify(now.sync) !== JSON.stringify(synced);
  const localChanged = JSON.stringify(now.local) !== JSON.stringify(lists);
  if (syncChanged) {
    const bytes = syncItemBytes(SETTINGS_KEY, now.sync);
    if (bytes > SYNC_ITEM_BYTES) throw new SaveError({ kind: 'too-big', bytes, max: SYNC_ITEM_BYTES });
  }
  if (localChanged) {
    try {
      await localSet(LISTS_KEY, now.local);
    } catch (e) {
      throw refused(e);
    }
  }
  if (syncChanged) {
    try {
      await syncSet(SETTINGS_KEY, now.sync);
    } catch (e) {
      if (localChanged) await (lists === undefined ? localRemove(LISTS_KEY) : localSet(LISTS_KEY, lists)).catch(() => undefined);
      throw refused(e);
    }
  }
}

/** Calls `handler` with the settings in force whenever either area changes; the signal removes the listeners. */
export function onSettingsChanged(handler: (settings: Settings) => void, signal?: AbortSignal): void {
  const reload = (): void => void loadSettings().then(handler, () => undefined);
  onStorageChanged('sync', SETTINGS_KEY, reload, signal);
  onStorageChanged('local', LISTS_KEY, reload, signal);
}
