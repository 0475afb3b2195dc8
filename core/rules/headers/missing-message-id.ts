// Detects a message without a Message-ID header, or with one that is not `<id@domain>`. Every
// mail server adds one, so its absence marks mail injected by bulk software; SpamAssassin scores
// MISSING_MID. Judged only for a whole message (an .eml).
import { defineRule, shorten } from '../rule.ts';
import { firstHeader } from '../../headers/fields.ts';

export default defineRule({
  id: 'missing-message-id',
  category: 'headers',
  description: 'Message has no valid Message-ID header',
  weight: 1.0,
  cap: 1,
  headerFields: ['message-id'],
  messages: {
    'no-message-id':
      'The message has no Message-ID header. Mail servers and ESPs always add one, so its absence suggests the mail bypassed them, a trait of spam software.',
    'set-message-id':
      'Send through a mail server or ESP that sets Message-ID, or generate one in your sending code ("<unique-id@your-domain.example>").',
    'bad-message-id':
      'The Message-ID `{id}` is not of the form `<id@domain>` (RFC 5322). Malformed IDs are typical of home-made bulk software.',
    'fix-message-id':
      'Generate Message-IDs as "<unique-id@your-domain.example>".',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    const id = firstHeader(message, 'message-id');
    if (id === null || id.trim() === '') {
      return [
        {
          messageId: 'no-message-id',
          suggestionId: 'set-message-id',
          evidence: 'no Message-ID header',
        },
      ];
    }
    const value = id.trim().slice(0, 300);
    if (/^<[^<>@\s]+@[^<>@\s]+>/.test(value)) return [];
    return [
      {
        messageId: 'bad-message-id',
        suggestionId: 'fix-message-id',
        data: { id: shorten(value) },
        evidence: shorten(value),
        strength: 0.5,
      },
    ];
  },
});
