// Detects a new (non-reply) message sent From a free mailbox (gmail.com, yahoo.com, hotmail.com…).
// Gmail, Yahoo and AOL publish DMARC policies that reject or quarantine their addresses sent through
// any other server, and bulk mail from a consumer address is a classic spam and scam mark.
// Source: SpamAssassin's FREEMAIL_FROM; Gmail and Yahoo 2024 bulk-sender guidelines.
import { defineRule, shorten } from '../rule.ts';

export default defineRule({
  id: 'freemail-from',
  category: 'headers',
  description: 'New message sent from a free mailbox address',
  weight: 0.2,
  cap: 1,
  headerFields: ['from'],
  messages: {
    'free-mailbox':
      'The mail comes from `{address}`, a free mailbox. Bulk mail from a consumer address fails DMARC when it is not sent through {domain}\'s own servers (Gmail, Yahoo and AOL publish reject or quarantine policies), and filters weigh free-mailbox senders as a spam and scam mark.',
    'own-domain':
      'Send from an address on a domain you own, with SPF, DKIM and DMARC set up for the server or ESP that sends it.',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    // A reply in a conversation from a personal address is ordinary mail.
    if (message.headers.has('in-reply-to') || message.headers.has('references')) return [];
    // The mailbox domain itself (the sender fact's freeMailbox): a service subdomain (reply.yahoo.com, groups.msn.com) is not a free mailbox.
    const { from, fromDomain, freeMailbox } = context.facts.sender;
    if (!from || fromDomain === null || !freeMailbox) return [];
    const evidence = shorten(from.address);
    return [
      {
        messageId: 'free-mailbox',
        suggestionId: 'own-domain',
        data: { address: evidence, domain: fromDomain },
        evidence,
      },
    ];
  },
});
