/**
 * Any other editor, on the ESP sites the user enables in the options: the large visible editing
 * hosts of the page, and the bodies of same-origin editor iframes (TinyMCE, CKEditor 4). Code
 * editors, recipient and search fields are skipped: their text is not the email's prose. The rules
 * come from the compose fixtures' README (recipe §10), checked against the ESP fixture.
 */
import type { ComposeTarget, SiteAdapter } from '../adapter.ts';
import { isEditingHost } from '../adapter.ts';

// Candidate editing hosts of the page itself (any [contenteditable]; the check is isContentEditable,
// because Gmail-style "plaintext-only" also counts). Known editors are also hosts of this kind:
// CKEditor 5 .ck-editor__editable, Froala .fr-element, Quill .ql-editor, ProseMirror .ProseMirror,
// Lexical [data-lexical-editor], Slate [data-slate-editor].
const EDITABLES = '[contenteditable]';

// Code editors show HTML source, not prose: CodeMirror 6, CodeMirror 5, Monaco.
const CODE_EDITORS = '.cm-editor, .CodeMirror, .monaco-editor';

// Recipient pickers and search boxes are editable too: skipped by role and by label.
const NOT_PROSE_ROLES = new Set(['combobox', 'searchbox']);
const NOT_PROSE_LABEL = /^(to|cc|bcc|search|recipients?)\b/i;

// Editor iframes whose same-origin body is the editing host: TinyMCE (iframe#<id>_ifr,
// .tox-edit-area__iframe, title "Rich Text Area…") and CKEditor 4 (iframe.cke_wysiwyg_frame).
// Any other same-origin iframe whose body is editable (designMode) is taken as well.
const EDITOR_IFRAMES = 'iframe';

// Subject field of a campaign or message form (name, id, label or placeholder mentioning "subject").
const SUBJECT =
  'input[name="subject" i], input[id*="subject" i], input[aria-label*="subject" i], input[placeholder*="subject" i]';

const MIN_WIDTH = 200;
const MIN_HEIGHT = 40;

/** Measured size; a hook so unit tests (happy-dom has no layout) can give elements a size. */
export type Measure = (el: Element) => { width: number; height: number };
const layoutSize: Measure = (el) => el.getBoundingClientRect();

function isProse(el: HTMLElement): boolean {
  if (el.closest(CODE_EDITORS)) return false;
  if (NOT_PROSE_ROLES.has(el.getAttribute('role') ?? '')) return false;
  if (NOT_PROSE_LABEL.test((el.getAttribute('aria-label') ?? '').trim())) return false;
  // Code views mark themselves as not-for-spellcheck and not-for-translation.
  return !(el.getAttribute('spellcheck') === 'false' && el.getAttribute('translate') === 'no');
}

function bigEnough(el: Element, measure: Measure): boolean {
  const { width, height } = measure(el);
  return width >= MIN_WIDTH && height >= MIN_HEIGHT;
}

function subjectIn(document: Document): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(SUBJECT);
}

function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    // Null for cross-origin and sandboxed (opaque origin) frames such as an email preview.
    const body = frame.contentDocument?.body ?? null;
    return body && body.isContentEditable ? body : null;
  } catch {
    return null;
  }
}

export function createGenericAdapter(measure: Measure = layoutSize): SiteAdapter {
  return {
    id: 'generic',
    find(document) {
      const found: ComposeTarget[] = [];
      for (const el of document.querySelectorAll(EDITABLES)) {
        if (!isEditingHost(el) || !isProse(el) || !bigEnough(el, measure)) continue;
        const root = el.closest('form, [role="dialog"], [role="main"], main') ?? el.parentElement ?? el;
        found.push({ editor: el, root, frame: null, subject: () => subjectIn(document), sendButton: () => null });
      }
      for (const frame of document.querySelectorAll<HTMLIFrameElement>(EDITOR_IFRAMES)) {
        const body = frameBody(frame);
        if (!body || !bigEnough(frame, measure)) continue;
        found.push({ editor: body, root: body, frame, subject: () => subjectIn(document), sendButton: () => null });
      }
      return found;
    },
  };
}

export const genericAdapter: SiteAdapter = createGenericAdapter();

/*
 * Test URLs (enable the site in the options first)
 * - TinyMCE iframe editor:  https://www.tiny.cloud/docs/tinymce/latest/basic-example/
 * - CKEditor 5 (inline):    https://ckeditor.com/ckeditor-5/demo/
 * - Fixtures:               test/fixtures/compose/esp-tinymce-editor.html?iframe=write|srcdoc
 */
