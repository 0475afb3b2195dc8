/**
 * One manifest source, two browsers (run by scripts/build-extension.ts):
 * - Chrome: an MV3 service worker.
 * - Firefox: MV3 background scripts (Firefox has no extension service workers; `service_worker`
 *   alone fails web-ext lint), a gecko id and `data_collection_permissions: none`.
 * Test builds add 127.0.0.1 fixture paths and the host permission for them; production builds
 * never contain them.
 */
import { OPEN_PANEL_COMMAND } from './shared/messages.ts';
import { WEBMAIL_HOSTS } from './shared/webmail.ts';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'spamrisk@spamrisk';

/** Extension pages may run only their own scripts, and may not connect anywhere. */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "connect-src 'none'; img-src 'self' data:; style-src 'self'";

export interface ManifestOptions {
  target: Target;
  version: string;
  test?: boolean;
}

export function webmailMatches(): string[] {
  return WEBMAIL_HOSTS.map((host) => `https://${host}/*`);
}

/** Test builds: fixture pages under http://127.0.0.1/<webmail host>/… stand for the real sites. */
export function testMatches(): string[] {
  return WEBMAIL_HOSTS.map((host) => `http://127.0.0.1/${host}/*`);
}

/**
 * The keyboard shortcut that opens the panel of the draft being written (the badge is last in Tab
 * order). Alt+Shift+K: Chrome refuses Ctrl+Alt and keeps Alt+Shift+I/T/B (feedback, toolbar,
 * bookmarks bar) and ChromeOS Alt+Shift+S/N/L/M for itself; Firefox binds almost every Ctrl+Shift
 * letter (K: web console) but nothing on Alt+Shift+K; Gmail's and Outlook on the web's shortcuts
 * are single keys, Ctrl (Cmd) chords and Outlook's Alt+S (send), none on Alt+Shift+K. Users can
 * change it (chrome://extensions/shortcuts, Firefox's "Manage Extension Shortcuts").
 */
export const OPEN_PANEL_KEYS = 'Alt+Shift+K';

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

export function buildManifest({ target, version, test = false }: ManifestOptions): Record<string, unknown> {
  const matches = [...webmailMatches(), ...(test ? testMatches() : [])];
  return {
    manifest_version: 3,
    name: test ? '__MSG_extName__ (test build)' : '__MSG_extName__',
    short_name: 'spamrisk',
    description: '__MSG_extDescription__',
    version,
    default_locale: 'en',
    icons: ICONS,
    action: { default_popup: 'popup.html', default_title: '__MSG_extName__', default_icon: { 16: ICONS[16], 32: ICONS[32] } },
    options_ui: { page: 'options.html', open_in_tab: true },
    commands: {
      [OPEN_PANEL_COMMAND]: { suggested_key: { default: OPEN_PANEL_KEYS }, description: '__MSG_commandOpenPanel__' },
    },
    background: target === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    // storage: settings; scripting: register the content script on the ESP sites the user enables.
    permissions: ['storage', 'scripting'],
    // Test builds: the fixture server on 127.0.0.1, and the same server as "localhost" for a
    // cross-origin builder frame.
    host_permissions: [...webmailMatches(), ...(test ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
    // ESP editors: asked for one origin at a time, from the options page.
    optional_host_permissions: ['https://*/*'],
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(target === 'chrome'
      ? { minimum_chrome_version: '116' }
      : {
          // 140 is what the keys and APIs need on desktop: data_collection_permissions and the CSS
          // Custom Highlight API both arrived in Firefox 140, the ESR that Debian ships. Android
          // reads data_collection_permissions only from 142, so it gets its own floor.
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }),
  };
}
