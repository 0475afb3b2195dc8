/**
 * Gmail (mail.google.com): the docked "mole" compose, full screen, the stand-alone pop-out and the
 * inline reply in a conversation all share one body element and one compose root, so one set of
 * selectors covers them. Hooks are the ones InboxSDK and gmail.js rely on (see
 * test/fixtures/compose/README.md for sources and dates).
 */
import type { ComposeTarget, RecipientEntry, RecipientField, SiteAdapter } from '../adapter.ts';
import { isEditingHost, RecipientCollector } from '../adapter.ts';


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

// Recipient fields, in the recipients table table.GS at the top of the compose form (form.bAs):
// one "peoplekit" box per field, div.anm[name=to|cc|bcc] (InboxSDK page-parser.ts getRecipientChips;
// the Cc and Bcc boxes appear once the user opens them).
const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];
const PEOPLEKIT_FIELD = (field: RecipientField): string => `.GS div[name="${field}"]`;
// A committed recipient chip in a peoplekit box: role=option, its address in data-hovercard-id and
// the display name in data-name (InboxSDK get-recipients.ts; Gmail's 2021 compose redesign).
const CHIP = '[role="option"][data-hovercard-id]';
// A chip element carrying the address in an `email` attribute (classic chips span.vN[email] in
// div.vR; the same attribute inside newer chips, as public extension code reads it).
const EMAIL_ATTRIBUTE = '[email]';
// The text box the user types addresses into: the peoplekit combobox input[peoplekit-id] (aria-label
// "To recipients"), or any other visible input of the box.
const TYPED_INPUT = 'input[peoplekit-id], input:not([type="hidden"])';
// The classic recipient row (before 2021, still in some accounts): textarea.vO[name=to] or input[name=to]
// in a row of table.GS, with its chips in div.vR of the same row (InboxSDK getOldRecipientRowForType).
const CLASSIC_INPUT = (field: RecipientField): string =>
  `.GS tr textarea[name="${field}"], .GS tr input[name="${field}"]:not([type="hidden"])`;
const CLASSIC_CHIP = '.vR [email]';

/** The addresses of the To, Cc and Bcc fields under `root`: chips first, then what is being typed. */
export function gmailRecipients(root: Element): RecipientEntry[] {
  const found = new RecipientCollector();
  for (const field of FIELDS) {
    for (const box of root.querySelectorAll(PEOPLEKIT_FIELD(field))) {
      for (const chip of box.querySelectorAll(CHIP)) found.add(field, chip.getAttribute('data-hovercard-id'));
      for (const chip of box.querySelectorAll(EMAIL_ATTRIBUTE)) found.add(field, chip.getAttribute('email'));
      for (const input of box.querySelectorAll<HTMLInputElement>(TYPED_INPUT)) found.add(field, input.value);
    }
    for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(CLASSIC_INPUT(field))) {
      for (const chip of input.closest('tr')?.querySelectorAll(CLASSIC_CHIP) ?? []) found.add(field, chip.getAttribute('email'));
      found.add(field, input.value);
    }
  }
  return found.list();
}

function target(editor: HTMLElement): ComposeTarget {
  const root = editor.closest(COMPOSE_ROOT) ?? editor.closest(COMPOSE_ROOT_FALLBACK) ?? editor;
  return {
    editor,
    root,
    frame: null,
    subject: () =>
      root.querySelector<HTMLInputElement>(SUBJECT_BOX) ?? root.querySelector<HTMLInputElement>(SUBJECT_HIDDEN),
    sendButton: () => root.querySelector<HTMLElement>(SEND) ?? root.querySelector<HTMLElement>(SEND_CELL_BUTTON),
    recipients: () => gmailRecipients(root),
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
 * - Fixtures:               test/fixtures/compose/gmail-compose.html?mode=mole|fullscreen|standalone,
 *                           test/fixtures/compose/gmail-inline-reply.html,
 *                           test/fixtures/compose/gmail-recipients.html (recipient chips in To, Cc, Bcc)
 */
