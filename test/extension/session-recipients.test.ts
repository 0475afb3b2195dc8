// @vitest-environment happy-dom
// The session re-checks recipients after a pause, from events and mutations of the compose root
// only, never for typing in the body, and stops when its editor detaches.

import { afterEach, expect, test } from 'vitest';
import { gmailAdapter } from '../../extension/content/hosts/gmail.ts';
import { DEBOUNCE_MS, EditorSession, type SessionContext } from '../../extension/content/session.ts';
import type { RecipientsRequest } from '../../extension/shared/messages.ts';
import { DEFAULT_SETTINGS } from '../../extension/shared/settings.ts';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => document.body.replaceChildren());

test('debounced checks on field changes only, torn down with the editor', async () => {
  const compose = document.createElement('div');
  compose.className = 'M9';
  compose.innerHTML =
    '<table class="GS"><tbody><tr class="bzf"><td class="eV"><div class="anm" name="to"><div role="listbox"></div>' +
    '<input peoplekit-id="to" role="combobox"></div></td></tr></tbody></table>' +
    '<table><tr><td class="Ap"><div id="body" g_editable="true" contenteditable="true"></div></td></tr></table>';
  const outside = document.createElement('div');
  outside.innerHTML = '<span email="elsewhere@gmial.com"></span>';
  document.body.append(compose, outside);
  const [target] = gmailAdapter.find(document);

  const requests: Omit<RecipientsRequest, 'type'>[] = [];
  const context: SessionContext = {
    site: 'gmail',
    t: (key) => key,
    locale: 'en',
    settings: () => ({ ...DEFAULT_SETTINGS }),
    score: async () => ({ report: { version: 1, score: 0, level: 'low', threshold: 5, findings: [], stats: {} as never }, analyzeMs: 0 }),
    checkRecipients: async (request) => {
      requests.push(request);
      return { warnings: [] };
    },
    notify: () => undefined,
    focused: () => undefined,
  };
  const session = new EditorSession(target!, context);
  await wait(50);
  expect(requests, 'empty fields: no round trip').toEqual([]);

  const input = compose.querySelector('input') as HTMLInputElement;
  for (const text of ['s', 'so', 'someone@gmial.com']) {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(20);
  }
  await wait(DEBOUNCE_MS + 100);
  expect(requests.map((r) => r.entries)).toEqual([[{ field: 'to', text: 'someone@gmial.com' }]]);

  // a chip appears (a mutation of the compose root), typing in the body does not count
  const body = compose.querySelector('#body') as HTMLElement;
  body.textContent = 'Hello';
  body.dispatchEvent(new Event('input', { bubbles: true }));
  await wait(DEBOUNCE_MS + 100);
  expect(requests).toHaveLength(1);
  const chip = document.createElement('div');
  chip.setAttribute('role', 'option');
  chip.setAttribute('data-hovercard-id', 'ann@example.com');
  compose.querySelector('[role="listbox"]')!.append(chip);
  await wait(DEBOUNCE_MS + 100);
  expect(requests.at(-1)!.entries).toEqual([
    { field: 'to', text: 'ann@example.com' },
    { field: 'to', text: 'someone@gmial.com' },
  ]);
  expect(outside.querySelector('span')!.getAttribute('email'), 'the page is not touched').toBe('elsewhere@gmial.com');
  expect(input.value).toBe('someone@gmial.com');

  session.detach();
  const count = requests.length;
  input.value = 'other@gmial.com';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  chip.setAttribute('data-hovercard-id', 'changed@example.com');
  await wait(DEBOUNCE_MS + 100);
  expect(requests, 'nothing after detach').toHaveLength(count);
});
