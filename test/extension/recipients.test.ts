// @vitest-environment happy-dom
// Recipient addresses (issue 7): each webmail adapter reads the To/Cc/Bcc fields of its fixture
// compose window (chips, pills and typed text, never modifying them), the background turns core
// `checkRecipients` findings into warnings, and the panel shows them in a "Recipients" section, as
// text, apart from the score.

import { afterEach, describe, expect, test } from 'vitest';
import { recipientWarnings } from '../../extension/background/recipients.ts';
import type { RecipientEntry } from '../../extension/content/adapter.ts';
import { gmailAdapter, gmailRecipients } from '../../extension/content/hosts/gmail.ts';
import { createGenericAdapter } from '../../extension/content/hosts/generic.ts';
import { outlookAdapter } from '../../extension/content/hosts/outlook.ts';
import { yahooAdapter } from '../../extension/content/hosts/yahoo.ts';
import type { RecipientWarning } from '../../extension/shared/messages.ts';
import { recipientText, renderRecipients } from '../../extension/ui/recipients-view.ts';
import { ScoreWidget } from '../../extension/ui/widget.ts';
import { loadFixture, type LoadedPage } from './fixture-pages.ts';
import en from '../../extension/_locales/en/messages.json' with { type: 'json' };

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
  document.documentElement.querySelectorAll('spamrisk-badge').forEach((el) => el.remove());
});

async function open(file: string, query: string, ready: string): Promise<Document> {
  page = await loadFixture(file, { query, ready: (d) => d.querySelector(ready) !== null });
  return page.document;
}

/** The English messages with chrome.i18n's $1…$9 substitution. */
const messages = en as Record<string, { message: string }>;
const t = (key: string, substitutions?: string | string[]): string => {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
};

/** The recipients of the one compose window on the page, and proof that reading changed nothing. */
function read(adapter: typeof gmailAdapter, document: Document): RecipientEntry[] {
  const found = adapter.find(document);
  expect(found).toHaveLength(1);
  const before = found[0]!.root.outerHTML;
  const entries = found[0]!.recipients?.() ?? [];
  expect(found[0]!.root.outerHTML, 'reading the fields does not modify them').toBe(before);
  return entries;
}

const FIXTURE_RECIPIENTS: RecipientEntry[] = [
  { field: 'to', text: 'sam@example.com' },
  { field: 'to', text: 'ann@gmial.com' },
  { field: 'cc', text: 'info@example.org' },
  { field: 'bcc', text: 'x7@mailinator.com' },
];

describe('gmail recipients', () => {
  for (const mode of ['mole', 'fullscreen', 'standalone']) {
    test(`chips of To, Cc and Bcc (${mode}), once each`, async () => {
      const document = await open('gmail-recipients.html', `?mode=${mode}`, '[g_editable="true"]');
      expect(read(gmailAdapter, document)).toEqual(FIXTURE_RECIPIENTS);
    });
  }

  test('the text being typed in the To input counts too (shared fixture: no chips)', async () => {
    const document = await open('gmail-compose.html', '', '[g_editable="true"]');
    expect(read(gmailAdapter, document)).toEqual([]);
    (document.querySelector('input[aria-label="To recipients"]') as HTMLInputElement).value = 'someone@gmial.com';
    expect(read(gmailAdapter, document)).toEqual([{ field: 'to', text: 'someone@gmial.com' }]);
  });

  test('classic recipient rows: .vR chips with an email attribute and the textarea', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<table class="GS"><tbody><tr><td><div class="vR"><span class="vN" email="a@hotmial.com">A</span>' +
      '<input type="hidden" name="to" value="A &lt;a@hotmial.com&gt;"></div><textarea class="vO" name="to">b@example.com</textarea></td></tr>' +
      '<tr><td><textarea class="vO" name="cc"></textarea></td></tr></tbody></table>';
    expect(gmailRecipients(root)).toEqual([
      { field: 'to', text: 'a@hotmial.com' },
      { field: 'to', text: 'b@example.com' },
    ]);
  });

  test('the inline reply (shared fixture): its To chip, not the sender of the message replied to', async () => {
    const document = await open('gmail-inline-reply.html', '', '#fx-reply-body');
    document.querySelector('.adn.ads span.gD[email]')!.setAttribute('email', 'sender@gmial.com');
    expect(read(gmailAdapter, document)).toEqual([{ field: 'to', text: 'alice@example.test' }]);
  });
});

describe('outlook recipients', () => {
  test('the To and Cc textboxes by aria-label; a resolved name and typed addresses stay apart', async () => {
    const document = await open('outlook-compose.html', '?mode=reply', '[aria-label^="Message body"]');
    // The reply fixture has "Alice" (a resolved recipient's display name) in To.
    expect(read(outlookAdapter, document)).toEqual([{ field: 'to', text: 'Alice' }]);
    const to = document.querySelector('[role="textbox"][aria-label="To"]')!;
    const chip = document.createElement('span');
    chip.textContent = 'Bob Smith';
    to.append(chip, document.createTextNode('someone@gmial.com'), document.createTextNode('; carl@example.com'));
    document.querySelector('[role="textbox"][aria-label="Cc"]')!.textContent = 'x7@mailinator.com';
    expect(read(outlookAdapter, document)).toEqual([
      { field: 'to', text: 'Alice' },
      { field: 'to', text: 'Bob Smith' },
      { field: 'to', text: 'someone@gmial.com; carl@example.com' },
      { field: 'cc', text: 'x7@mailinator.com' },
    ]);
  });

  test('the body is never read as a recipient field', async () => {
    const document = await open('outlook-compose.html', '?mode=new', '[aria-label^="Message body"]');
    (document.querySelector('[aria-label^="Message body"]') as HTMLElement).textContent = 'write to someone@gmial.com';
    expect(read(outlookAdapter, document)).toEqual([]);
  });
});

describe('yahoo recipients', () => {
  test('pills (title "Name <address>") and the typed text of To, Cc and Bcc', async () => {
    const document = await open('yahoo-compose.html', '?mode=recipients', '[data-test-id="rte"]');
    const entries = read(yahooAdapter, document);
    expect(entries).toEqual([
      { field: 'to', text: 'Sam Lee <sam@example.com>' },
      { field: 'to', text: 'Ann Roe <ann@gmial.com>' },
      { field: 'cc', text: 'info@example.org' },
      { field: 'bcc', text: 'x7@mailinator.com' },
    ]);
    (document.querySelector('#message-to-field') as HTMLInputElement).value = 'someone@gmial.com';
    expect(read(yahooAdapter, document)).toEqual([...entries.slice(0, 2), { field: 'to', text: 'someone@gmial.com' }, ...entries.slice(2)]);
  });

  test('a new message: only the To input, until Cc / Bcc is opened', async () => {
    const document = await open('yahoo-compose.html', '?mode=reply', '[data-test-id="rte"]');
    expect(read(yahooAdapter, document)).toEqual([{ field: 'to', text: 'alice@example.test' }]);
  });
});

test('the generic ESP adapter has no recipient fields', () => {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.style.minHeight = '200px';
  document.body.append(editor);
  for (const target of createGenericAdapter().find(document)) expect(target.recipients).toBeUndefined();
  editor.remove();
});

describe('recipient warnings (background)', () => {
  test('each rule once, worst first, with the suggested domain of a typo', () => {
    const warnings = recipientWarnings([
      ...FIXTURE_RECIPIENTS,
      { field: 'to', text: 'Alice' },
      { field: 'to', text: 'someone@gmial.com, bad@@example.com' },
      { field: 'cc', text: 'ann@gmial.com' },
    ]);
    expect(warnings.map((w) => [w.rule, w.field, w.address, w.suggestion])).toEqual([
      ['recipient-invalid', 'to', 'bad@@example.com', null],
      ['recipient-domain-typo', 'to', 'ann@gmial.com', 'gmail.com'],
      ['recipient-domain-typo', 'to', 'someone@gmial.com', 'gmail.com'],
      ['recipient-disposable', 'bcc', 'x7@mailinator.com', null],
      ['recipient-role-address', 'cc', 'info@example.org', null],
    ]);
    expect(warnings[1]!.domain).toBe('gmial.com');
  });

  test('display names and garbage are not warnings', () => {
    expect(recipientWarnings([{ field: 'to', text: 'Alice' }, { field: 'to', text: 'Sam Lee <sam@example.com>' }])).toEqual([]);
    expect(recipientWarnings([{ field: 'from', text: 'a@gmial.com' } as unknown as RecipientEntry])).toEqual([]);
    expect(recipientWarnings(null as unknown as RecipientEntry[])).toEqual([]);
  });
});

describe('Recipients section of the panel', () => {
  const typo: RecipientWarning = {
    rule: 'recipient-domain-typo', field: 'to', address: 'someone@gmial.com', domain: 'gmial.com', suggestion: 'gmail.com', points: 3,
  };
  const hostile: RecipientWarning = {
    rule: 'recipient-invalid', field: 'cc', address: '<img src=x onerror=alert(1)>@', domain: '', suggestion: null, points: 5,
  };

  test('wording in the UI language', () => {
    expect(recipientText(typo, t)).toEqual({
      message: 'gmial.com looks like a typo of gmail.com',
      advice: 'someone@gmial.com: did you mean someone@gmail.com? Mail to a mistyped domain bounces or reaches a stranger.',
    });
    expect(renderRecipients(document, [], t)).toBeNull();
  });

  test('the widget: a marker on the badge, the section in the panel, text only, the score untouched', () => {
    // Production builds close the shadow root: keep a handle on it as it is attached.
    const attach = HTMLElement.prototype.attachShadow;
    let shadow!: ShadowRoot;
    HTMLElement.prototype.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
      shadow = attach.call(this, init);
      return shadow;
    };
    const controller = new AbortController();
    let widget: ScoreWidget;
    try {
      widget = new ScoreWidget(document, t, { select: () => undefined, locatable: () => false, close: () => undefined, theme: () => 'light' }, controller.signal);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
    const marker = shadow.querySelector('.sr-badge-marker') as HTMLElement;
    widget.setReport({ version: 1, score: 1.5, level: 'low', threshold: 5, findings: [], stats: {} as never });
    expect(marker.hidden).toBe(true);
    widget.setRecipients([hostile, typo]);
    expect(marker.hidden).toBe(false);
    expect(shadow.querySelector('.sr-badge-score')!.textContent).toBe('1.5');
    expect(shadow.querySelector('.sr-badge')!.getAttribute('aria-label')).toContain('2 recipient warnings.');

    widget.openPanel();
    const section = shadow.querySelector('.sr-panel .sr-recipients')!;
    expect(section.querySelector('h3')!.textContent).toBe('Recipients');
    const items = [...section.querySelectorAll('.sr-recipient')] as HTMLElement[];
    expect(items.map((item) => [item.dataset.rule, item.querySelector('.sr-field')!.textContent])).toEqual([
      ['recipient-invalid', 'Cc'],
      ['recipient-domain-typo', 'To'],
    ]);
    expect(items[1]!.querySelector('.sr-message')!.textContent).toBe('gmial.com looks like a typo of gmail.com');
    // the page's text stays text
    expect(section.querySelector('img')).toBeNull();
    expect(items[0]!.querySelector('.sr-message')!.textContent).toBe('<img src=x onerror=alert(1)>@ is not a valid email address');
    // recipient warnings are not score findings
    expect(shadow.querySelectorAll('.sr-panel .sr-finding')).toHaveLength(0);
    expect(shadow.querySelector('.sr-score')!.textContent).toBe('1.5');

    widget.setRecipients([]);
    expect(marker.hidden).toBe(true);
    expect(shadow.querySelector('.sr-recipients')).toBeNull();
    controller.abort();
    widget.remove();
  });
});
