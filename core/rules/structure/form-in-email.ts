// Detects forms and input fields in the mail. Phishing collects passwords and card numbers right in
// the message, and lead-generation spam posts contact details to a script or a mailbox; Gmail and
// Outlook warn about or disable forms. Only a form that asks for a secret counts (a house estimate):
// a password field, or a field whose name, id, placeholder or autocomplete holds the secret words of
// wordlists/global/form-field-words.yml (sign-in, card, identity and bank numbers, one-time codes): no filter scores a form element (SpamAssassin's one HTML form rule,
// HTML_FORMACTION_MAILTO in 20_html_tests.cf, scores 0; rspamd has none), so every other form is
// advice. Sources: SpamAssassin 50_scores.cf; Gmail "forms in email" help page.
import type { Element, Message } from '../../message/message.ts';
import { defineRule, inHtml, shorten, type Lists, type MessageHit } from '../rule.ts';

const CONTROLS = new Set(['input', 'textarea', 'select', 'button']);
/** Input types a reader types into; a missing type is `text`. */
const TYPED = new Set(['', 'text', 'email', 'password', 'tel', 'number', 'url', 'date', 'search', 'month', 'datetime-local']);
const MAX_FORMS = 5;

interface Form {
  /** the <form> tag, or the first control when fields stand without a form */
  readonly tag: Element;
  readonly controls: Element[];
}

function groupForms(elements: readonly Element[]): Form[] {
  const forms: Form[] = [];
  let current: Form | null = null;
  for (const element of elements) {
    if (element.name === 'form') {
      current = { tag: element, controls: [] };
      forms.push(current);
    } else if (CONTROLS.has(element.name)) {
      if (!current) {
        current = { tag: element, controls: [] };
        forms.push(current);
      }
      current.controls.push(element);
    }
  }
  return forms;
}

/** camelCase joins (`userPassword`) and anything but letters and digits, where a field's words part. */
const CAMEL_JOIN = /(\p{Ll}|\p{N})(?=\p{Lu})/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * What a field asks for, as words: its name, id, placeholder and autocomplete, lower case, camelCase
 * split, anything but letters and digits a space (`user_password`, `userPassword` → "user password"),
 * as wordlists/global/form-field-words.yml is written.
 */
function label(control: Element): string {
  const { name = '', id = '', placeholder = '', autocomplete = '' } = control.attributes;
  const words = `${name} ${id} ${placeholder} ${autocomplete}`.slice(0, 200).replace(CAMEL_JOIN, '$1 ');
  return ` ${words.toLowerCase().replace(NOT_WORD, ' ').trim()} `;
}

function typedFields(form: Form): Element[] {
  return form.controls.filter(
    (control) => control.name === 'textarea' || (control.name === 'input' && TYPED.has((control.attributes.type ?? '').trim().toLowerCase())),
  );
}

/** `words`: field names that ask for a secret (a password, a card, an identity number) or contact details (wordlists/global/form-field-words.yml). */
function describe(message: Message, form: Form, words: Lists['formFields']): MessageHit {
  const fields = typedFields(form);
  const secret = fields.find((field) => (field.attributes.type ?? '').toLowerCase() === 'password' || words.secret.test(label(field)));
  const personal = fields.filter((field) => words.personal.test(label(field)));
  const action = (form.tag.attributes.action ?? '').trim();
  const mailto = /^mailto:/i.test(action);
  const ipAction = /^(?:https?:)?\/\/\d{1,3}(?:\.\d{1,3}){3}(?:[:/?#]|$)/i.test(action);
  const method = (form.tag.attributes.method ?? 'get').trim().toLowerCase();
  const tag = form.tag;
  const evidence = shorten(message.html.slice(tag.sourceStart, tag.sourceEnd));
  const base = { evidence, location: inHtml(tag.sourceStart, tag.sourceEnd) };
  const names = fields
    .map((field) => field.attributes.name ?? field.attributes.type ?? field.name)
    .filter((name) => name !== '')
    .slice(0, 4)
    .map((name) => `\`${name}\``)
    .join(', ');
  // The field names are the mail's own words, code-quoted: `names` is data, never translated.
  const listed = { listed: names ? 'yes' : 'no', names };

  if (secret) {
    return { ...base, messageId: 'asks-secret', suggestionId: 'no-secrets', data: listed, strength: 1 };
  }
  if (personal.length > 0 || fields.length >= 2 || mailto || ipAction) {
    const sends = mailto ? 'mailbox' : ipAction ? 'ip' : 'form';
    return { ...base, messageId: 'collects-data', suggestionId: 'link-to-form', data: { ...listed, fields: fields.length, sends }, strength: 0 };
  }
  const kind = method === 'get' && fields.length === 1 ? 'search' : fields.length === 0 ? 'buttons' : 'form';
  return { ...base, messageId: 'form', suggestionId: 'use-links', data: { kind }, strength: 0 };
}

export default defineRule({
  id: 'form-in-email',
  category: 'structure',
  description: 'Form or input fields inside the message',
  weight: 1.0,
  cap: 1,
  messages: {
    'asks-secret':
      'The message contains a form that asks for sign-in or card details, or another secret such as an identity number{listed, select, yes { ({names})} other {}}. Collecting credentials inside an email is what phishing does, and mail clients warn about or disable such forms.',
    'no-secrets':
      'Never ask for passwords or payment details in an email. Link to your site, where the reader signs in on your own domain.',
    'collects-data':
      'The message contains a form with {fields, plural, one {# field} other {# fields}} to fill in{listed, select, yes { ({names})} other {}}{sends, select, mailbox { and sends the answers to a mailbox} ip { and posts the answers to a bare IP address} other {}}. Collecting data inside an email is a phishing and lead-spam pattern; Gmail warns before such a form is sent and many clients disable it.',
    'link-to-form':
      'Replace the form with a button that links to the same form on your website.',
    'form':
      'The message contains {kind, select, search {a search box} buttons {a form with buttons or choices} other {a form}}. Most mail clients disable forms or warn before they are sent, so it will not work for many readers.',
    'use-links':
      'Use plain links instead (one link per choice, or a link to the search page).',
  },
  check(context) {
    const { message } = context;
    return groupForms(message.elements)
      .slice(0, MAX_FORMS)
      .map((form) => describe(message, form, context.lists.formFields));
  },
});
