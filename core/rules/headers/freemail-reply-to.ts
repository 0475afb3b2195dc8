// Detects replies routed to a free mailbox (gmail.com, outlook.com…) while the mail claims to come
// from an organisation's own domain: the scam pattern of advance-fee fraud and CEO fraud.
// Source: SpamAssassin's FREEMAIL_FORGED_REPLYTO.
import { defineRule, shorten } from '../rule.ts';

export default defineRule({
  id: 'freemail-reply-to',
  category: 'headers',
  description: 'Replies go to a free mailbox while From is not one',
  weight: 1.5,
  cap: 1,
  headerFields: ['reply-to'],
  messages: {
    'free-reply-to':
      'Replies go to `{address}`, a free mailbox, while the mail comes from `{domain}`. An organisation that takes its replies at a free address is how advance-fee and CEO-fraud scams work, and filters score it.',
    'reply-to-own-domain':
      'Set Reply-To to an address on {domain} (or drop Reply-To so replies go to the sender).',
  },
  check(context) {
    const { lists } = context;
    const { from, replyTo } = context.facts.sender;
    if (!from?.domain || !replyTo?.domain) return [];
    const isFreemail = (domain: string, registrable: string | null): boolean =>
      lists.freemail.has(domain) || (registrable !== null && lists.freemail.has(registrable));
    if (!isFreemail(replyTo.domain, replyTo.registrable)) return [];
    if (isFreemail(from.domain, from.registrable)) return [];
    const evidence = shorten(replyTo.address);
    return [
      {
        messageId: 'free-reply-to',
        suggestionId: 'reply-to-own-domain',
        data: { address: evidence, domain: from.domain },
        evidence,
      },
    ];
  },
});
