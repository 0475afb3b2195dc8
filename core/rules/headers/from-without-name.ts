// Detects a new message whose From header is a bare address with no display name
// ("offers@mailer.example" rather than "Acme Offers <offers@mailer.example>"). Organisations and
// people who mail readers name themselves; bulk-mail scripts often do not, and readers then see only
// an address. Source: SpamAssassin's FROM_NO_USER/NO_REAL_NAME heuristics; ESP sender guidelines.
import { defineRule, shorten } from '../rule.ts';

export default defineRule({
  id: 'from-without-name',
  category: 'headers',
  description: 'From header has no display name',
  weight: 0.2,
  cap: 1,
  messages: {
    'no-name':
      'The mail comes from `{address}` with no display name, so readers see a bare address. Senders that mail readers name themselves; unnamed senders look like bulk-mail scripts to filters and to people.',
    'add-name':
      'Add a display name: From: "Your Company" <{address}>.',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    // A reply in a conversation is personal mail, named or not.
    if (message.headers.has('in-reply-to')) return [];
    const { from } = context.facts.sender;
    if (!from?.domain || from.name.trim() !== '') return [];
    const evidence = shorten(from.address);
    return [
      {
        messageId: 'no-name',
        suggestionId: 'add-name',
        data: { address: evidence },
        evidence,
      },
    ];
  },
});
