/**
 * Content script entry: webmail pages (manifest) and the ESP sites the user enabled (registered at
 * run time). Picks the site's adapter, attaches a session to every compose editor it finds, keeps
 * settings live, and answers the popup's "which report is this tab showing".
 */
import { TEST_BUILD } from '../shared/build-flags.ts';
import { onMessage, sendMessage } from '../shared/browser.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';
import { t, uiLocale } from '../shared/i18n.ts';
import {
  isMessage,
  type EditorReport,
  type EditorState,
  type CommandRequest,
  type FramesQuery,
  type OpenPageRequest,
  type OpenPanelRequest,
  type PageFrames,
  type RecipientsResult,
  type ReportQuery,
  type ShortcutQuery,
  type ScoreResult,
} from '../shared/messages.ts';
import { normalizeSettings, type Settings } from '../shared/settings.ts';
import { crossOriginFrames } from './frames.ts';
import { adapterForHost } from './hosts/index.ts';
import { watchEditors } from './scanner.ts';
import { EditorSession, type SessionContext } from './session.ts';
import { siteHost } from './site.ts';

declare global {
  // Set by the first copy of this script in a frame: a page matched by both the manifest and a
  // registered ESP pattern (or an extension update) must not get two sets of badges.
  var __spamriskContent: boolean | undefined;
}

/**
 * Same-origin child frames (about:blank / srcdoc editor iframes) are handled from the top frame
 * through `contentDocument`; a script only runs on its own in the top frame or a cross-origin frame.
 */
function handledByParent(): boolean {
  if (window === window.top) return false;
  try {
    return window.frameElement !== null;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const adapter = adapterForHost(siteHost(location));
  // Before anything is awaited: the suite may ask as soon as the page has loaded.
  if (TEST_BUILD) {
    // Firefox's WebDriver BiDi cannot navigate to moz-extension:// pages: the suite asks us instead.
    window.addEventListener('spamrisk-test:open-page', (event) => {
      const path = String((event as CustomEvent<unknown>).detail ?? '');
      const message: OpenPageRequest = { type: 'test:open-page', path };
      if (/^[a-z]+\.html$/.test(path)) sendMessage(message).catch(() => undefined);
    });
    // … nor press a browser-level shortcut: the suite asks for the command the shortcut runs.
    window.addEventListener('spamrisk-test:command', (event) => {
      const message: CommandRequest = { type: 'test:command', name: String((event as CustomEvent<unknown>).detail ?? '') };
      sendMessage(message).catch(() => undefined);
    });
  }
  let settings: Settings = await loadSettings().catch(() => normalizeSettings(undefined));
  const sessions = new Set<EditorSession>();
  let focused: EditorSession | null = null;
  const controller = new AbortController();

  const context: SessionContext = {
    site: adapter.id,
    t,
    locale: uiLocale(),
    settings: () => settings,
    score: (request) => sendMessage<ScoreResult>({ type: 'score', ...request }),
    checkRecipients: (request) => sendMessage<RecipientsResult>({ type: 'check-recipients', ...request }),
    notify: (state) => {
      const message: EditorState = { type: 'editor-state', ...state };
      sendMessage(message).catch(() => undefined);
    },
    focused: (session) => {
      if (focused && focused !== session) focused.setFocused(false);
      focused = session;
      session.setFocused(true);
    },
  };

  onSettingsChanged((next) => {
    settings = next;
    for (const session of sessions) session.rescore();
  }, controller.signal);

  onMessage((message) => {
    if (isMessage<FramesQuery>(message, 'get-frames')) {
      const answer: PageFrames = { crossOrigin: crossOriginFrames(document, location.origin) };
      return Promise.resolve(answer);
    }
    if (isMessage<OpenPanelRequest>(message, 'open-panel')) {
      // The editor (or its compose window, or its badge) that has focus; else the one used last.
      const session =
        [...sessions].find((s) => s.containsFocus()) ??
        (focused && sessions.has(focused) ? focused : null) ??
        [...sessions].reverse()[0] ??
        null;
      session?.openFromShortcut();
      return Promise.resolve(session !== null);
    }
    if (!isMessage<ReportQuery>(message, 'get-report')) return undefined;
    const session =
      (focused && sessions.has(focused) ? focused : null) ??
      [...sessions].reverse().find((s) => s.report) ??
      [...sessions].reverse()[0] ??
      null;
    const answer: EditorReport | null = session
      ? { report: session.report, site: adapter.id, subject: session.target.subject()?.value ?? '' }
      : null;
    return Promise.resolve(answer);
  });

  let detached = 0;
  const count = (): void => {
    if (!TEST_BUILD) return;
    // Test builds only: lets the suite check that closed compose windows leave nothing behind.
    document.documentElement.dataset.spamriskSessions = String(sessions.size);
    document.documentElement.dataset.spamriskDetached = String(detached);
  };

  // The shortcut's keys for the badges' tooltip: asked again when the tab comes back into view, since
  // the user changes them on the browser's shortcut page, in another tab.
  let shortcut = '';
  const askShortcut = (): void => {
    const query: ShortcutQuery = { type: 'get-shortcut' };
    sendMessage<string>(query)
      .then((keys) => {
        const now = typeof keys === 'string' ? keys : '';
        if (now === shortcut) return;
        shortcut = now;
        for (const session of sessions) session.setShortcut(shortcut);
      })
      .catch(() => undefined);
  };
  askShortcut();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') askShortcut();
  }, { signal: controller.signal });

  watchEditors(document, adapter, (target) => {
    const session = new EditorSession(target, context);
    if (shortcut) session.setShortcut(shortcut);
    sessions.add(session);
    count();
    return {
      detach: () => {
        sessions.delete(session);
        if (focused === session) focused = null;
        session.detach();
        detached++;
        count();
      },
    };
  }, controller.signal);
}

if (!globalThis.__spamriskContent && !handledByParent()) {
  globalThis.__spamriskContent = true;
  void main();
}
