/**
 * Gmail (mail.google.com): the docked "mole" compose, full screen, the stand-alone pop-out and the
 * inline reply in a conversation all share one body element and one compose root, so one set of
 * selectors covers them. Hooks are the ones InboxSDK and gmail.js rely on (see
 * ../shared/fixtures/compose/README.md for sources and dates).
 */
import type { ComposeTarget, SiteAdapter } from '../adapter.ts';
import { isEditingHost } from '../adapter.ts';

export const GMAIL_HOSTS = ['mail.google.com'] as const;

// Message body of every compose kind (new message, full screen, pop-out, inline reply):
// div.Am.Al.editable[g_editable=true][role=textbox] inside td.Ap (InboxSDK ".Ap [g_editable=true]").
// Gmail sometimes uses contenteditable="plaintext-only", so editability is tested with isContentEditable.
const BODY = '.Ap [g_editable="true"]';

// Compose root around recipients, subject, body and the Send row (gmail.js "compose root" div.M9).
const COMPOSE_ROOT = 'div.M9';
// Fallback root: the compose dialog (mole and full screen), then the inline reply container div.ip.
const COMPOSE_ROOT_FALLBACK = '[role="dialog"], div.ip';

// Subject box of a new message (absent from inline replies).
const SUBJECT_BOX = 'input[name="subjectbox"]';
// Hidden subject field; an inline reply only has this one ("Re: …").
const SUBJECT_HIDDEN = 'input[name="subject"]';

// Send button in the compose toolbar: aria-label "Send ‪(Ctrl-Enter)‬" with bidi marks around the
// shortcut, so match the prefix, never the whole label.
const SEND = '[role="button"][aria-label^="Send"]';
// Send button when the UI is not in English: the first button of the Send cell (table.IZ td.gU.Up).
const SEND_CELL_BUTTON = 'td.gU.Up [role="button"]';

function target(editor: HTMLElement): ComposeTarget {
  const root = editor.closest(COMPOSE_ROOT) ?? editor.closest(COMPOSE_ROOT_FALLBACK) ?? editor;
  return {
    editor,
    root,
    frame: null,
    subject: () =>
      root.querySelector<HTMLInputElement>(SUBJECT_BOX) ?? root.querySelector<HTMLInputElement>(SUBJECT_HIDDEN),
    sendButton: () => root.querySelector<HTMLElement>(SEND) ?? root.querySelector<HTMLElement>(SEND_CELL_BUTTON),
  };
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  find(document) {
    return [...document.querySelectorAll(BODY)].filter(isEditingHost).map(target);
  },
};

/*
 * Test URLs
 * - New message (docked):   https://mail.google.com/mail/u/0/#inbox?compose=new
 * - Full screen:            open a new message, then Shift-click "Full screen"
 * - Pop-out window:         https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1
 * - Inline reply:           open any conversation, press "r" (then "…" to show the quoted history)
 * - Fixtures:               ../shared/fixtures/compose/gmail-compose.html?mode=mole|fullscreen|standalone,
 *                           ../shared/fixtures/compose/gmail-inline-reply.html
 */
