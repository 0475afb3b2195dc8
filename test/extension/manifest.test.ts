// The manifests users get: minimal permissions, no remote code, a strict CSP; test-only bits never
// in production.

import { describe, expect, test } from 'vitest';
import { buildManifest, EXTENSION_PAGES_CSP, GECKO_ID } from '../../extension/manifest.ts';
import { OPEN_PANEL_COMMAND } from '../../extension/shared/messages.ts';

const WEBMAIL = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
];

describe('production manifests', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    const manifest = buildManifest({ target, version: '1.2.3' });
    const text = JSON.stringify(manifest);

    test(`${target}: storage (+ scripting for ESP sites) and the webmail hosts only`, () => {
      expect(manifest.permissions).toEqual(['storage', 'scripting']);
      expect(manifest.host_permissions).toEqual(WEBMAIL);
      expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
      expect(text).not.toMatch(/<all_urls>|"tabs"|"activeTab"|"webRequest|127\.0\.0\.1|localhost|externally_connectable|web_accessible_resources/);
      expect((manifest.content_scripts as { matches: string[] }[])[0]?.matches).toEqual(WEBMAIL);
    });

    test(`${target}: extension pages run only their own scripts and connect nowhere`, () => {
      expect(manifest.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
      expect(EXTENSION_PAGES_CSP).toMatch(/script-src 'self';/);
      expect(EXTENSION_PAGES_CSP).toMatch(/connect-src 'none'/);
      expect(EXTENSION_PAGES_CSP).toMatch(/object-src 'none'/);
      expect(EXTENSION_PAGES_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    });
  }

  // ux30: the badge is last in Tab order (on <html>); a shortcut reaches the panel from the draft.
  test('both: a keyboard command opens the panel, on a key both browsers accept and keep free', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const commands = buildManifest({ target, version: '1' }).commands as Record<string, { suggested_key: Record<string, string>; description: string }>;
      expect(Object.keys(commands)).toEqual([OPEN_PANEL_COMMAND]);
      const { suggested_key: keys, description } = commands[OPEN_PANEL_COMMAND]!;
      expect(description).toMatch(/^__MSG_\w+__$/);
      for (const combo of Object.values(keys)) {
        const parts = combo.split('+');
        // Chrome: Ctrl or Alt, never both (AltGr); a letter, digit or named key last.
        expect(parts.includes('Ctrl') !== parts.includes('Alt'), combo).toBe(true);
        expect(parts.at(-1), combo).toMatch(/^([A-Z0-9]|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/);
        // Taken by Chrome (Alt+Shift+I feedback, T toolbar, B bookmarks bar), ChromeOS (Alt+Shift+S/N/L/M),
        // Firefox (Ctrl+Shift+ most letters), Outlook on the web (Alt+S send).
        expect(['Alt+Shift+I', 'Alt+Shift+T', 'Alt+Shift+B', 'Alt+Shift+S', 'Alt+Shift+N', 'Alt+Shift+L', 'Alt+Shift+M', 'Alt+S']).not.toContain(combo);
        expect(combo.startsWith('Ctrl+Shift+'), combo).toBe(false);
      }
    }
  });

  test('chrome: a service worker; firefox: background scripts, gecko id, no data collection', () => {
    expect(buildManifest({ target: 'chrome', version: '1' }).background).toEqual({ service_worker: 'background.js' });
    const firefox = buildManifest({ target: 'firefox', version: '1' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});

describe('test builds', () => {
  test('add only the 127.0.0.1 fixture paths and that host permission', () => {
    const prod = buildManifest({ target: 'chrome', version: '1' });
    const test = buildManifest({ target: 'chrome', version: '1', test: true });
    expect(test.host_permissions).toEqual([...WEBMAIL, 'http://127.0.0.1/*', 'http://localhost/*']);
    expect((test.content_scripts as { matches: string[] }[])[0]?.matches).toEqual([
      ...WEBMAIL,
      ...WEBMAIL.map((m) => m.replace('https://', 'http://127.0.0.1/')),
    ]);
    expect(test.permissions).toEqual(prod.permissions);
  });
});
