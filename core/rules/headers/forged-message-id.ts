// Detects a Message-ID in Outlook's format (`<hhhhhhhhhhhh$hhhhhhhh$hhhhhhhh@host>`) whose first
// part lacks the timestamp Outlook writes there (`…01c2…`, `…01d9…`): a made-up ID that bulk-mail
// software dresses up as Outlook's, typically `<00004c614748$00005132$000063db@…>`.
// Source: SpamAssassin's MSGID_OUTLOOK_INVALID and MSGID_SPAM_ZEROES.
import { defineRule, shorten } from '../rule.ts';
import { firstHeader } from '../../headers/fields.ts';
import { OUTLOOK_ID_SHAPE } from '../../headers/outlook-id.ts';

/** The high part of a Windows FILETIME from 1996 to about 2060 sits at digits 5–8. */
const TIMESTAMP = /^[0-9a-f]{4}01[c-f]/i;
const MAX_ID = 300;

export default defineRule({
  id: 'forged-message-id',
  category: 'headers',
  description: 'Message-ID imitates Outlook but is made up',
  weight: 2.5,
  cap: 1,
  headerFields: ['message-id'],
  messages: {
    'fake-outlook-id':
      'The Message-ID `{id}` has Outlook\'s shape but not the timestamp Outlook writes into it. Bulk-mail software forges IDs this way, and filters recognise the fake.',
    'let-server-create':
      'Let your mail server, ESP or mail client create the Message-ID (`<unique-part@your-domain>`); never generate look-alike IDs.',
  },
  check(context) {
    const id = firstHeader(context.message, 'message-id');
    if (id === null) return [];
    const head = id.slice(0, MAX_ID);
    const match = OUTLOOK_ID_SHAPE.exec(head);
    // Only the 12-digit first part carries the timestamp this rule checks.
    if (match?.[1]?.length !== 12 || TIMESTAMP.test(match[1])) return [];
    const evidence = shorten(head.trim());
    return [
      {
        messageId: 'fake-outlook-id',
        suggestionId: 'let-server-create',
        data: { id: evidence },
        evidence,
      },
    ];
  },
});
