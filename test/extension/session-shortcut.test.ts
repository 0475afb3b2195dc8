// @vitest-environment happy-dom
// The keyboard shortcut's way back (ext30 review): closing the panel it opened puts focus back on
// the element that had it before (a button of the page, not always the draft), on the editor when
// that element is gone, and nowhere new when nothing had focus.

import { afterEach, expect, test } from 'vitest';
import { gmailAdapter } from '../../extension/content/hosts/gmail.ts';
import { EditorSession, type SessionContext } from '../../extension/content/session.ts';
import { DEFAULT_SETTINGS } from '../../extension/shared/settings.ts';

let session: EditorSession | null = null;
afterEach(() => {
  session?.detach();
  session = null;
  document.body.replaceChildren();
});

function compose(): { editor: HTMLElement; button: HTMLButtonElement } {
  const root = document.createElement('div');
  root.className = 'M9';
  root.innerHTML = '<table><tr><td class="Ap"><div id="body" g_editable="true" contenteditable="true">Hello there</div></td></tr></table>';
  const button = document.createElement('button');
  button.textContent = 'Archive';
  document.body.append(button, root);
  const [target] = gmailAdapter.find(document);
  const context: SessionContext = {
    site: 'gmail',
    t: (key) => key,
    locale: 'en',
    settings: () => ({ ...DEFAULT_SETTINGS }),
    score: async () => ({ report: { version: 1, score: 0, level: 'low', threshold: 5, findings: [], stats: {} as never }, analyzeMs: 0 }),
    checkRecipients: async () => ({ warnings: [] }),
    notify: () => undefined,
    focused: () => undefined,
  };
  session = new EditorSession(target!, context);
  return { editor: root.querySelector('#body') as HTMLElement, button };
}

/** The shortcut opens the panel (focus moves into it); pressed again from there, it closes it as Escape does. */
function shortcutThereAndBack(): void {
  session!.openFromShortcut();
  expect(document.activeElement, 'focus went into the panel').not.toBe(document.body);
  session!.openFromShortcut();
}

test('focus on a page button: it gets focus back, not the draft', () => {
  const { button } = compose();
  button.focus();
  shortcutThereAndBack();
  expect(document.activeElement).toBe(button);
});

test('focus in the draft: the draft gets it back, caret where it was', () => {
  const { editor } = compose();
  editor.focus();
  const range = document.createRange();
  range.setStart(editor.firstChild!, 3);
  range.collapse(true);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  shortcutThereAndBack();
  expect(document.activeElement).toBe(editor);
  expect(getSelection()!.anchorOffset).toBe(3);
  expect(editor.textContent).toBe('Hello there');
});

test('the button removed meanwhile: the draft; nothing focused before: focus stays out of the draft', () => {
  const { editor, button } = compose();
  button.focus();
  session!.openFromShortcut();
  button.remove();
  session!.openFromShortcut();
  expect(document.activeElement).toBe(editor);

  editor.blur();
  (document.activeElement as HTMLElement | null)?.blur();
  expect(document.activeElement === null || document.activeElement === document.body).toBe(true);
  shortcutThereAndBack();
  expect(document.activeElement).not.toBe(editor);
});
