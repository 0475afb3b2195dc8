/**
 * Yahoo Mail (mail.yahoo.com): new message, reply and forward. Yahoo's classes are atomic CSS
 * that change between builds; its `data-test-id` hooks and ids are what test automation uses, so
 * those are what we select on. The fixture test/fixtures/compose/yahoo-compose.html
 * encodes these facts.
 */
import type { ComposeForm, RecipientEntry, RecipientField, SiteAdapter } from '../adapter.ts';
import { closestWhere, composeFormTarget, isEditingHost, RecipientCollector } from '../adapter.ts';


// Message body: the rich-text textbox inside the compose editor container (#editor-container).
const BODY = '#editor-container [role="textbox"][contenteditable], [data-test-id="rte"][contenteditable]';

// Subject input of the compose form.
const SUBJECT = 'input[data-test-id="compose-subject"]';

// Send button in the compose footer.
const SEND = '[data-test-id="compose-send-button"]';

// Recipient inputs of the compose form: #message-to-field, and #message-cc-field / #message-bcc-field
// once "Cc / Bcc" ([data-test-id="btn-cc"]) is open (public Selenium and WebdriverIO page objects).
const FIELD_INPUTS: Readonly<Record<RecipientField, string>> = {
  to: '#message-to-field',
  cc: '#message-cc-field',
  bcc: '#message-bcc-field',
};
const ANY_FIELD_INPUT = Object.values(FIELD_INPUTS).join(', ');
// A committed recipient "pill" next to its field's input: div[data-test-id="pill"] whose title is
// "Name <address>", with the shown text in [data-test-id="pill-text"] (public WebdriverIO tests).
const PILL = '[data-test-id="pill"]';
const PILL_TEXT = '[data-test-id="pill-text"]';

/** The pills of one field: in the closest wrapper of its input that holds pills but no other field's input. */
function pillsOf(input: Element): Element[] {
  const box = closestWhere(input, (el) => el !== input && el.querySelector(PILL) !== null, 4);
  if (!box || [...box.querySelectorAll(ANY_FIELD_INPUT)].some((other) => other !== input)) return [];
  return [...box.querySelectorAll(PILL)];
}

/** The To, Cc and Bcc fields under `root`: pills first, then what is being typed. */
export function yahooRecipients(root: Element): RecipientEntry[] {
  const found = new RecipientCollector();
  for (const [field, selector] of Object.entries(FIELD_INPUTS) as [RecipientField, string][]) {
    const input = root.querySelector<HTMLInputElement>(selector);
    if (!input) continue;
    for (const pill of pillsOf(input)) found.add(field, pill.getAttribute('title') || pill.querySelector(PILL_TEXT)?.textContent);
    found.add(field, input.value);
  }
  return found.list();
}

// The compose form: the closest ancestor that also holds the subject or the Send button.
const FORM: ComposeForm = { subject: SUBJECT, send: SEND, recipients: yahooRecipients };

export const yahooAdapter: SiteAdapter = {
  id: 'yahoo',
  find(document) {
    return [...document.querySelectorAll(BODY)].filter(isEditingHost).map((el) => composeFormTarget(el as HTMLElement, FORM));
  },
};

/*
 * Test URLs
 * - New message:   https://mail.yahoo.com/d/compose/
 * - Reply:         open a message in https://mail.yahoo.com/d/folders/1, then "Reply"
 * - Fixture:       test/fixtures/compose/yahoo-compose.html?mode=new|reply|recipients
 */
