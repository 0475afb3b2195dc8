/**
 * Yahoo Mail (mail.yahoo.com): new message, reply and forward. Yahoo's classes are atomic CSS
 * that change between builds; its `data-test-id` hooks and ids are what test automation uses, so
 * those are what we select on. No shared fixture exists yet: test/extension/fixtures/yahoo-compose.html
 * encodes these facts.
 */
import type { ComposeTarget, SiteAdapter } from '../adapter.ts';
import { closestWhere, isEditingHost } from '../adapter.ts';

export const YAHOO_HOSTS = ['mail.yahoo.com'] as const;

// Message body: the rich-text textbox inside the compose editor container (#editor-container).
const BODY = '#editor-container [role="textbox"][contenteditable], [data-test-id="rte"][contenteditable]';

// Subject input of the compose form.
const SUBJECT = 'input[data-test-id="compose-subject"]';

// Send button in the compose footer.
const SEND = '[data-test-id="compose-send-button"]';

function target(editor: HTMLElement): ComposeTarget {
  // The compose form: the closest ancestor that also holds the subject or the Send button.
  const root =
    closestWhere(editor, (el) => el !== editor && (el.querySelector(SUBJECT) !== null || el.querySelector(SEND) !== null)) ??
    editor.parentElement ??
    editor;
  return {
    editor,
    root,
    frame: null,
    subject: () => root.querySelector<HTMLInputElement>(SUBJECT),
    sendButton: () => root.querySelector<HTMLElement>(SEND),
  };
}

export const yahooAdapter: SiteAdapter = {
  id: 'yahoo',
  find(document) {
    return [...document.querySelectorAll(BODY)].filter(isEditingHost).map((el) => target(el as HTMLElement));
  },
};

/*
 * Test URLs
 * - New message:   https://mail.yahoo.com/d/compose/
 * - Reply:         open a message in https://mail.yahoo.com/d/folders/1, then "Reply"
 * - Fixture:       test/extension/fixtures/yahoo-compose.html?mode=new|reply
 */
