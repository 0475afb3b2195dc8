/**
 * Any other editor, on the ESP sites the user enables in the options: the large visible editing
 * hosts of the page, the bodies of same-origin editor iframes (TinyMCE, CKEditor 4), and builder
 * canvases: one iframe (or the document of a framed builder) holding the email as blocks, of which
 * only some, or one at a time, are editable (GrapesJS, Unlayer- or Beefree-style block editors).
 * A canvas is scored as one document, the union of its blocks, so it gets one badge and one score.
 * Code editors, recipient and search fields are skipped: their text is not the email's prose. The
 * rules come from the compose fixtures' README (recipe §10), checked against the ESP fixtures.
 */
import type { ComposeTarget, SiteAdapter } from '../adapter.ts';
import { isEditingHost } from '../adapter.ts';

// Candidate editing hosts of the page itself (any [contenteditable]; the check is isContentEditable,
// because Gmail-style "plaintext-only" also counts). Known editors are also hosts of this kind:
// CKEditor 5 .ck-editor__editable, Froala .fr-element, Quill .ql-editor, ProseMirror .ProseMirror,
// Lexical [data-lexical-editor], Slate [data-slate-editor].
const EDITABLES = '[contenteditable]';

// Editing hosts that a rich-text editor marks as its own: CKEditor 5, CKEditor 4 inline
// (.cke_editable), TinyMCE inline (.mce-content-body), Quill, ProseMirror (Tiptap's .tiptap is one),
// Lexical, Slate, Froala, Trix. They start as short as their content and grow while the user types
// (Tiptap's quick start with one paragraph is 20 px high), so for them only the width counts; an
// unknown contenteditable must also be tall enough not to be a one-line widget.
const RICH_TEXT_EDITORS =
  '.ck-editor__editable, .cke_editable, .mce-content-body, .ql-editor, .ProseMirror, [data-lexical-editor], [data-slate-editor], .fr-element, trix-editor';

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

// GrapesJS (and builders built on it): the canvas iframe iframe.gjs-frame holds the email in its
// wrapper component, div[data-gjs-type="wrapper"]; text blocks become contenteditable only while
// double-clicked, so the wrapper, not an editing host, is what is scored.
const GRAPESJS_WRAPPER = '[data-gjs-type="wrapper"]';

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

/** An editing host big enough to be a message editor: a known editor's only needs the width. */
function editorSized(el: HTMLElement, measure: Measure): boolean {
  if (!el.matches(RICH_TEXT_EDITORS)) return bigEnough(el, measure);
  const { width, height } = measure(el);
  return width >= MIN_WIDTH && height > 0;
}

function subjectIn(document: Document): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(SUBJECT);
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    // Null for cross-origin and sandboxed (opaque origin) frames such as an email preview.
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The deepest element containing all of `elements` (they share one document). */
function commonAncestor(elements: readonly Element[]): Element | null {
  let ancestor: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1)) {
    while (ancestor && !ancestor.contains(el)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

function visible(el: Element, measure: Measure): boolean {
  const { width, height } = measure(el);
  return width > 0 && height > 0;
}

/** The editing hosts of a document that hold prose (not code, recipients or search). */
function proseHosts(doc: Document, measure: Measure): HTMLElement[] {
  return [...doc.querySelectorAll(EDITABLES)].filter(
    (el): el is HTMLElement => isEditingHost(el) && isProse(el as HTMLElement) && visible(el, measure),
  );
}

/**
 * The canvas of a builder document: GrapesJS's wrapper, else the element around all its editable
 * blocks when there are several (one document = one email). Null when the document is not a canvas.
 */
function canvasRoot(doc: Document, hosts: readonly HTMLElement[]): HTMLElement | null {
  const wrapper = doc.querySelector<HTMLElement>(GRAPESJS_WRAPPER);
  if (wrapper) return wrapper;
  if (hosts.length < 2) return null;
  const ancestor = commonAncestor(hosts);
  // (instanceof would compare against the wrong realm's HTMLElement for a frame's document)
  return ancestor && ancestor.namespaceURI === 'http://www.w3.org/1999/xhtml' ? (ancestor as HTMLElement) : null;
}

function isSubframe(doc: Document): boolean {
  const win = doc.defaultView;
  try {
    return win !== null && win !== win.top;
  } catch {
    return true;
  }
}

export function createGenericAdapter(measure: Measure = layoutSize): SiteAdapter {
  return {
    id: 'generic',
    find(document) {
      const found: ComposeTarget[] = [];
      const subject = (): HTMLInputElement | null => subjectIn(document);
      const hosts = proseHosts(document, measure);
      // Our own document is a builder's canvas when we run inside its (cross-origin) frame.
      const ownCanvas = isSubframe(document) ? canvasRoot(document, hosts) : null;
      if (ownCanvas) {
        found.push({ editor: ownCanvas, root: ownCanvas, frame: null, subject, sendButton: () => null });
      } else {
        for (const el of hosts) {
          if (!editorSized(el, measure)) continue;
          const root = el.closest('form, [role="dialog"], [role="main"], main') ?? el.parentElement ?? el;
          found.push({ editor: el, root, frame: null, subject, sendButton: () => null });
        }
      }
      for (const frame of document.querySelectorAll<HTMLIFrameElement>(EDITOR_IFRAMES)) {
        if (!bigEnough(frame, measure)) continue;
        const doc = frameDocument(frame);
        if (!doc?.body) continue;
        if (doc.body.isContentEditable) {
          found.push({ editor: doc.body, root: doc.body, frame, subject, sendButton: () => null });
          continue;
        }
        const inFrame = proseHosts(doc, measure);
        const canvas = canvasRoot(doc, inFrame);
        if (canvas) {
          found.push({ editor: canvas, root: canvas, frame, subject, sendButton: () => null });
        } else if (inFrame.length === 1 && editorSized(inFrame[0]!, measure)) {
          found.push({ editor: inFrame[0]!, root: inFrame[0]!, frame, subject, sendButton: () => null });
        }
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
 * - GrapesJS newsletter:    https://grapesjs.com/demo-newsletter-editor.html
 * - Fixtures:               test/fixtures/compose/esp-tinymce-editor.html?iframe=write|srcdoc,
 *                           esp-grapesjs-newsletter.html, esp-block-canvas.html, esp-quill-editor.html, esp-tinymce7-editor.html,
 *                           esp-ckeditor5-editor.html, esp-ckeditor4-editor.html, esp-tiptap-editor.html (?plain=1: one line)
 */
