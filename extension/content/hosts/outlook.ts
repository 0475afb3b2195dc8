/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): new message and
 * reply in the reading pane or a pop-out. OWA's class names are generated and change between
 * deployments, so every selector here uses roles, aria-labels, names or ids, never classes.
 */
import type { ComposeTarget, RecipientEntry, RecipientField, SiteAdapter } from '../adapter.ts';
import { isEditingHost, labelStartsWith, RecipientCollector } from '../adapter.ts';


// Editable textboxes of the compose form: the message body, but also the To and Cc fields.
const TEXTBOXES = '[role="textbox"][contenteditable]';

// Message body: its aria-label starts with "Message body" ("Message body, press Alt+F10 to exit" in
// 2023 recordings). The label is localised: French, German and Spanish UIs as seen in public code.
const BODY_LABELS = ['Message body', 'Corps du message', 'Textkörper', 'Nachrichtentext', 'Cuerpo del mensaje'];

// Recipient and search textboxes that are never the body (English and localised labels).
const NOT_BODY_LABELS = ['To', 'Cc', 'Bcc', 'À', 'An', 'Para', 'Cci', 'Search', 'Rechercher', 'Suchen', 'Buscar'];

// Subject input, by structure first (any UI language): the text input of the compose form above
// the body; the To/Cc/Bcc pickers are contenteditable textboxes, not inputs. Search boxes and
// comboboxes are not the subject.
const TEXT_INPUTS = 'input:not([type]), input[type="text"]';
const NOT_SUBJECT = '[role="search"], [role="combobox"], [role="textbox"], [role="searchbox"]';

// Subject input by its labels, the fallback: aria-label and placeholder "Add a subject" (localised).
const SUBJECT_LABELS = ['Add a subject', 'Ajouter un objet', 'Betreff hinzufügen', 'Agregar un asunto', 'Añadir un asunto'];
const SUBJECT = SUBJECT_LABELS.map((label) => `input[aria-label="${label}"], input[placeholder="${label}"]`).join(', ');

// Send button of the compose command bar: aria-label "Send", title "Send (Ctrl+Enter)"; older builds
// have name="Send" in a toolbar labelled "Command toolbar".
// By structure first: name="Send" is an identifier, not a label; then the labels (localised).
const SEND_BY_NAME = 'button[name="Send"]';
const SEND_LABELS = ['Send', 'Envoyer', 'Senden', 'Enviar', 'Invia', 'Verzenden'];
const SEND = [
  ...SEND_LABELS.map((label) => `button[aria-label="${label}"]`),
  SEND_BY_NAME,
  'button[title^="Send ("]',
].join(', ');

// Recipient fields: the To, Cc and Bcc recipient pickers are contenteditable textboxes
// (div[role=textbox]) labelled by aria-label "To", "Cc", "Bcc" (2023 recording: textbox "To"; the
// shared fixture). Typed addresses are their text; each resolved recipient becomes a chip element
// inside the textbox. Labels are localised (French, German, Spanish as in NOT_BODY_LABELS).
const RECIPIENT_LABELS: Readonly<Record<RecipientField, readonly string[]>> = {
  to: ['To', 'À', 'An', 'Para'],
  cc: ['Cc'],
  bcc: ['Bcc', 'Cci', 'CCO'],
};

/**
 * The text of a recipient textbox, one line per chip: text typed between chips stays together, each
 * child element (a resolved recipient, a line break) is a line of its own, so a chip's display name
 * never runs into the next address.
 */
function pickerLines(box: Element): string {
  const lines: string[] = [];
  let typed = '';
  for (const node of box.childNodes) {
    if (node.nodeType === node.TEXT_NODE) {
      typed += node.textContent ?? '';
      continue;
    }
    lines.push(typed, node.textContent ?? '');
    typed = '';
  }
  lines.push(typed);
  return lines.map((line) => line.trim()).filter(Boolean).join('\n');
}

/** The To, Cc and Bcc textboxes under `root`, read as text (display names without an address included). */
export function outlookRecipients(root: Element): RecipientEntry[] {
  const found = new RecipientCollector();
  for (const box of root.querySelectorAll(TEXTBOXES)) {
    const label = (box.getAttribute('aria-label') ?? '').trim().toLowerCase();
    for (const [field, labels] of Object.entries(RECIPIENT_LABELS) as [RecipientField, readonly string[]][]) {
      if (labels.some((name) => name.toLowerCase() === label)) for (const line of pickerLines(box).split('\n')) found.add(field, line);
    }
  }
  return found.list();
}

function isBody(el: Element): boolean {
  if (!isEditingHost(el)) return false;
  if (labelStartsWith(el, BODY_LABELS)) return true;
  // An unknown locale: the multi-line textbox that is not a recipient field.
  const label = (el.getAttribute('aria-label') ?? '').trim();
  return el.getAttribute('aria-multiline') === 'true' && !NOT_BODY_LABELS.some((name) => label === name);
}

/**
 * The ancestors of `body` that can be its compose form, closest first: up to, not including, the
 * first that also holds another message body (a second compose window, a reply below a new
 * message). A form never holds two bodies, so nothing of another compose (its subject, its Send)
 * is ever taken for this one's.
 */
function ownAncestors(body: HTMLElement): Element[] {
  const list: Element[] = [];
  for (let el = body.parentElement; el; el = el.parentElement) {
    const other = [...el.querySelectorAll(TEXTBOXES)].some((box) => box !== body && !body.contains(box) && !box.contains(body) && isBody(box));
    if (other) break;
    list.push(el);
  }
  return list;
}

/**
 * The compose form by structure: the closest of the body's own ancestors that also holds another
 * editable textbox (the To field) and a button (the command toolbar); else, by labels, the closest
 * holding the subject input or the Send button; else the body's parent.
 */
function formRoot(body: HTMLElement): Element {
  const own = ownAncestors(body);
  const structural = own.find(
    (el) => el.querySelector('button') !== null && [...el.querySelectorAll(TEXTBOXES)].some((box) => box !== body && !body.contains(box)),
  );
  return structural ?? own.find((el) => el.querySelector(SUBJECT) !== null || el.querySelector(SEND) !== null) ?? body.parentElement ?? body;
}

/**
 * Whether an input is drawn: not `hidden`, not display:none or visibility:hidden (itself or an
 * ancestor), and not of zero size where the page is laid out (a CSS-hidden token input is no subject).
 */
function rendered(input: HTMLInputElement, root: Element): boolean {
  if (input.hidden) return false;
  const check = (input as HTMLInputElement & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (check) {
    if (!check.call(input, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
  } else {
    if (input.getClientRects().length === 0) return false;
    if (input.ownerDocument.defaultView?.getComputedStyle(input).visibility === 'hidden') return false;
  }
  const box = input.getBoundingClientRect();
  const laidOut = root.getBoundingClientRect();
  return !(laidOut.width > 0 && laidOut.height > 0 && (box.width === 0 || box.height === 0));
}

/** The subject by structure: the last drawn text input of the form before the body, not a search box or picker. */
function structuralSubject(root: Element, body: HTMLElement): HTMLInputElement | null {
  let found: HTMLInputElement | null = null;
  for (const input of root.querySelectorAll<HTMLInputElement>(TEXT_INPUTS)) {
    if (input.closest(NOT_SUBJECT) || input.matches(NOT_SUBJECT) || !rendered(input, root)) continue;
    if (input.compareDocumentPosition(body) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) found = input;
  }
  return found;
}

function outlookTarget(body: HTMLElement): ComposeTarget {
  const root = formRoot(body);
  // Everything is looked up inside the root only: with no subject of its own (an inline reply), none.
  return {
    editor: body,
    root,
    frame: null,
    subject: () => structuralSubject(root, body) ?? root.querySelector<HTMLInputElement>(SUBJECT),
    sendButton: () => root.querySelector<HTMLElement>(SEND_BY_NAME) ?? root.querySelector<HTMLElement>(SEND),
    recipients: () => outlookRecipients(root),
  };
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  find(document) {
    return [...document.querySelectorAll(TEXTBOXES)].filter(isBody).map((el) => outlookTarget(el as HTMLElement));
  },
};

/*
 * Test URLs
 * - New message:   https://outlook.live.com/mail/0/deeplink/compose   (personal)
 *                  https://outlook.office.com/mail/deeplink/compose    (work or school)
 * - Reply:         open a message in the reading pane, then "Reply"
 * - Fixtures:      test/fixtures/compose/outlook-compose.html?mode=new|reply&label=Message%20body&lang=it|pt
 */
