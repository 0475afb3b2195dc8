/**
 * The background (Chrome: service worker; Firefox: event page): scores drafts and checks recipient
 * addresses for the content scripts, so the page's main thread never runs the analyzer (about
 * 125 ms on a 100 KB draft) and the content script does not carry its parsers and lists,
 * keeps the toolbar badge of each tab, and keeps the ESP content-script registrations in step with
 * the options. No network, no `tabs` permission: the tab comes from `sender.tab.id`.
 */
import { analyzerCache } from '../../core/analyzer-cache.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';
import {
  extensionUrl,
  injectIntoOpenTabs,
  onInstalledOrStartup,
  activeTabId,
  commandShortcut,
  onCommand,
  onMessage,
  onPermissionsChanged,
  onSyncChanged,
  onTabRemoved,
  openTab,
  sendToTab,
  setToolbarBadge,
  syncGet,
  type MessageSender,
} from '../shared/browser.ts';
import { t, uiLocale } from '../shared/i18n.ts';
import { LEVEL_COLORS } from '../shared/levels.ts';
import { formatToolbarScore } from '../shared/format.ts';
import {
  isMessage,
  OPEN_PANEL_COMMAND,
  type CommandRequest,
  type EditorState,
  type OpenPanelRequest,
  type OpenPageRequest,
  type RecipientsRequest,
  type RecipientsResult,
  type ShortcutQuery,
  type ScoreRequest,
  type ScoreResult,
  type ShownFrameQuery,
  type SiteAdded,
} from '../shared/messages.ts';
import { normalizeSettings, SETTINGS_KEY, sitePattern } from '../shared/settings.ts';
import { recipientWarnings } from './recipients.ts';
import { syncSiteScripts } from './sites.ts';
import { TabScores, type EditorScore } from './tab-scores.ts';

const tabScores = new TabScores();

function editorKey(sender: MessageSender, editorId: string): string {
  return `${sender.frameId ?? 0}:${editorId}`;
}

async function showBadge(tabId: number, shown: EditorScore | null): Promise<void> {
  if (!shown) {
    await setToolbarBadge(tabId, '', LEVEL_COLORS.low, t('extName'));
    return;
  }
  const text = formatToolbarScore(shown.score, uiLocale());
  await setToolbarBadge(tabId, text, LEVEL_COLORS[shown.level], t('toolbarTitle', [text, t(`level_${shown.level}`)]));
}

/**
 * The analyzer for the user's phrase settings, kept while they stay the same: an analyzer we own
 * remembers word stems between the drafts' pauses, and its tries are built once per settings change
 * (the core's `analyze()` would build them on every call when there are custom phrases).
 */
const analyzeOwned = analyzerCache();

function score(request: ScoreRequest, sender: MessageSender): ScoreResult {
  const started = performance.now();
  const input = { html: String(request.html ?? ''), subject: String(request.subject ?? '') };
  const report = analyzeOwned(input, request.options);
  const analyzeMs = performance.now() - started;
  const tabId = sender.tab?.id;
  if (tabId !== undefined) {
    const shown = tabScores.update(tabId, editorKey(sender, request.editorId), {
      score: report.score,
      level: report.level,
      focused: request.focused,
    });
    void showBadge(tabId, shown).catch(() => undefined);
  }
  return { report, analyzeMs };
}

/**
 * A keyboard command. `open-panel` goes to the frame of the editor the toolbar badge shows (the
 * focused one, else the one scored last), then to the top frame if no editor there took it.
 */
async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (command !== OPEN_PANEL_COMMAND) return;
  const tab = tabId ?? (await activeTabId());
  if (tab === undefined) return;
  const request: OpenPanelRequest = { type: 'open-panel' };
  const frame = tabScores.shownFrame(tab) ?? 0;
  const taken = await sendToTab<boolean>(tab, request, frame).catch(() => false);
  if (!taken && frame !== 0) await sendToTab<boolean>(tab, request, 0).catch(() => false);
}

onCommand((command, tabId) => void runCommand(command, tabId).catch(() => undefined));

onMessage((message, sender) => {
  // runtime.onMessage only hears this extension's own scripts and pages (no externally_connectable).
  if (isMessage<ScoreRequest>(message, 'score')) return Promise.resolve(score(message, sender));
  if (isMessage<RecipientsRequest>(message, 'check-recipients')) {
    // Recipient warnings are separate from the draft's score: the toolbar badge does not change.
    const result: RecipientsResult = { warnings: recipientWarnings(message.entries) };
    return Promise.resolve(result);
  }
  if (isMessage<EditorState>(message, 'editor-state')) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const shown = tabScores.update(tabId, editorKey(sender, message.editorId), message);
    return showBadge(tabId, shown).then(() => null, () => null);
  }
  if (isMessage<ShownFrameQuery>(message, 'shown-frame')) {
    return Promise.resolve(tabScores.shownFrame(Number(message.tabId)));
  }
  if (isMessage<SiteAdded>(message, 'site-added')) {
    // Only from our own pages: a content script cannot ask us to inject anywhere.
    if (sender.tab !== undefined && !String(sender.url ?? '').startsWith(extensionUrl(''))) return undefined;
    const pattern = sitePattern(String(message.pattern ?? ''));
    if (!pattern) return Promise.resolve(0);
    // The options page saved the site: registrations first, then the tabs already open on it.
    return syncSites()
      .catch(() => undefined)
      .then(() => injectIntoOpenTabs(pattern));
  }
  if (isMessage<ShortcutQuery>(message, 'get-shortcut')) {
    // The keys in force: the user may have changed or removed the suggested ones.
    return commandShortcut(OPEN_PANEL_COMMAND).catch(() => '');
  }
  if (TEST_BUILD && isMessage<CommandRequest>(message, 'test:command')) {
    // The browser suite cannot press a browser-level shortcut in every browser: it asks for the command.
    return runCommand(String(message.name), sender.tab?.id).then(() => null);
  }
  if (TEST_BUILD && isMessage<OpenPageRequest>(message, 'test:open-page')) {
    return openTab(extensionUrl(message.path)).then(() => null);
  }
  return undefined;
});

onTabRemoved((tabId) => tabScores.forget(tabId));

/**
 * Settings and permission changes arrive together when a site is added: one sync at a time, or two
 * would register the same script id and the second would fail.
 */
let siteSync: Promise<void> = Promise.resolve();
function syncSites(): Promise<void> {
  const run = async (): Promise<void> => {
    const settings = normalizeSettings(await syncGet(SETTINGS_KEY));
    await syncSiteScripts(settings.sites);
  };
  siteSync = siteSync.then(run, run);
  return siteSync;
}
onInstalledOrStartup(() => void syncSites().catch(() => undefined));
onSyncChanged(SETTINGS_KEY, () => void syncSites().catch(() => undefined));
onPermissionsChanged(() => void syncSites().catch(() => undefined));
