/**
 * The only module that touches the WebExtension API (STYLE §5). Everything else calls these
 * functions, so webextension-polyfill can be dropped, or a browser quirk worked around, in one place.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export type MessageSender = Runtime.MessageSender;

// ---- runtime ---------------------------------------------------------------------------------

export function sendMessage<T>(message: unknown): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

/**
 * Registers a message handler. Returning a promise answers the sender; returning undefined lets
 * other listeners answer.
 */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => handler(message, sender));
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function onInstalledOrStartup(handler: () => void): void {
  browser.runtime.onInstalled.addListener(handler);
  browser.runtime.onStartup.addListener(handler);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

// ---- i18n ------------------------------------------------------------------------------------

export function message(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

// ---- storage ---------------------------------------------------------------------------------

export async function syncGet(key: string): Promise<unknown> {
  const items = await browser.storage.sync.get(key);
  return items[key];
}

export function syncSet(key: string, value: unknown): Promise<void> {
  return browser.storage.sync.set({ [key]: value });
}

export async function localGet(key: string): Promise<unknown> {
  const items = await browser.storage.local.get(key);
  return items[key];
}

export function localSet(key: string, value: unknown): Promise<void> {
  return browser.storage.local.set({ [key]: value });
}

export function localRemove(key: string): Promise<void> {
  return browser.storage.local.remove(key);
}

/** Calls `handler(newValue)` whenever `key` changes in the storage `area`; the signal removes the listener. */
export function onStorageChanged(area: 'sync' | 'local', key: string, handler: (value: unknown) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string): void => {
    const change = changes[key];
    if (changedArea === area && change) handler(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Calls `handler(newValue)` whenever `key` changes in storage.sync; the signal removes the listener. */
export function onSyncChanged(key: string, handler: (value: unknown) => void, signal?: AbortSignal): void {
  onStorageChanged('sync', key, handler, signal);
}

// ---- toolbar badge ---------------------------------------------------------------------------

export async function setToolbarBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color }),
    browser.action.setTitle({ tabId, title }),
  ]);
  // Chromium picks a text colour itself; Firefox needs one that reads on the level colours.
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }).catch(() => undefined);
}

// ---- keyboard commands (manifest `commands`) --------------------------------------------------

/** Calls `handler(command, tabId)` when one of the manifest's keyboard shortcuts is pressed. */
export function onCommand(handler: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => handler(command, tab?.id));
}

/** The keys a command is bound to now (the user may have changed them), or '' when none. */
export async function commandShortcut(name: string): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === name)?.shortcut ?? '';
}

// ---- tabs (ids only: no `tabs` permission, so URLs and titles stay hidden from us) -----------

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function sendToTab<T>(tabId: number, message: unknown, frameId = 0): Promise<T> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<T>;
}

export function onTabRemoved(handler: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(handler);
}

/** Opens a page in a new tab (the popup opens the options page there; test builds also use it because Firefox's BiDi refuses to navigate to moz-extension:// pages, recipe §7). */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

// ---- optional host permissions and the scripts registered for them ----------------------------

export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export function removeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}

export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

export function containsOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

export function onPermissionsChanged(handler: () => void): void {
  browser.permissions.onAdded.addListener(handler);
  browser.permissions.onRemoved.addListener(handler);
}

export interface ScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
}

export async function registeredScripts(): Promise<ScriptRegistration[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => ({ id: s.id, matches: s.matches ?? [], js: s.js ?? [] }));
}

export async function registerScripts(scripts: ScriptRegistration[]): Promise<void> {
  if (scripts.length === 0) return;
  await browser.scripting.registerContentScripts(
    // allFrames: cross-origin builder iframes of an enabled site get their own copy; same-origin
    // (about:blank, srcdoc) editor frames are reached from the top frame instead.
    scripts.map((s) => ({ ...s, allFrames: true, runAt: 'document_idle' as const })),
  );
}

/**
 * Runs the content script now in the tabs already open on `pattern` (a site just added), so the
 * user does not have to reload them. `tabs.query({ url })` needs no `tabs` permission once the host
 * permission is granted; frames of other origins are skipped by the browser. Returns how many tabs.
 */
export async function injectIntoOpenTabs(pattern: string): Promise<number> {
  const tabs = await browser.tabs.query({ url: pattern }).catch(() => []);
  let done = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['content.js'] });
      done++;
    } catch {
      // Chromium refuses the whole call when one frame is out of reach (a sandboxed preview):
      // the top frame alone still reaches its same-origin editor frames.
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
        done++;
      } catch {
        // a tab that is closing, or a page the browser does not let extensions into
      }
    }
  }
  return done;
}

/** The host permissions this build may have: granted at install, or optional (asked for at run time). */
export function manifestHostPatterns(): string[] {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; optional_host_permissions?: string[] };
  return [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
}

export async function unregisterScripts(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await browser.scripting.unregisterContentScripts({ ids });
}
