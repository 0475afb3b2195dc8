// Detects bulk mail without a physical postal address of the sender. CAN-SPAM (15 U.S.C. 7704)
// requires one in commercial mail, and EU imprint rules ask the same. A legal requirement, not a
// filter signal (SpamAssassin and rspamd have no rule for it), so its default is 0 points
// (docs/rules/missing-postal-address.md); the hit has strength only when the mail looks bulk and
// its sender is not identified otherwise (facts.identity), so that given points it weighs anonymity.
import { defineRule } from '../rule.ts';
import { BULK_REASON_MESSAGES, bulkReasons } from '../bulk-reasons.ts';

export default defineRule({
  id: 'missing-postal-address',
  category: 'compliance',
  description: 'Bulk mail without a postal address',
  weight: 0,
  cap: 1,
  messages: {
    'anonymous-bulk':
      'This reads like bulk mail ({reasons}) but shows no postal address. Content filters do not score that, yet CAN-SPAM requires a valid physical address in commercial mail, and readers who cannot tell who sends them bulk mail are quick to report it as spam.',
    'add-address':
      'Add your postal address to the footer (street, city, postcode; a registered P.O. box is fine), next to the unsubscribe link.',
    'identified-bulk':
      'This reads like bulk mail ({reasons}) and shows no postal address. The sender is identified otherwise (a named From on its own domain, links to it, an unsubscribe link), so readers can tell who writes to them; CAN-SPAM still requires a valid physical address in commercial mail.',
    'add-address-to-footer':
      'Add your postal address to the footer, next to the unsubscribe link.',
    'personal-note':
      'The mail shows no postal address. That is fine for a personal note, but commercial mail to a list must carry one (CAN-SPAM).',
    'add-address-if-list':
      'If this is a newsletter or an offer, add your postal address to the footer.',
    ...BULK_REASON_MESSAGES,
  },
  check(context) {
    const { message } = context;
    if (!message.text.trim()) return [];
    // A merge tag the ESP fills with the sender's address is the address the mail will show.
    if (context.facts.postalAddress || context.facts.addressMergeTag) return [];
    const { bulk, reasons } = context.facts.bulk;
    // What a missing address costs is anonymity (readers' spam reports): a sender that names itself,
    // mails from its own domain and runs its own unsubscribes (facts.identity) can be found without
    // one. The strength marks that case, for a user who gives the rule points; by default it has none.
    if (bulk && !context.facts.identity.established) {
      return [
        {
          messageId: 'anonymous-bulk',
          suggestionId: 'add-address',
          data: { reasons: bulkReasons(reasons) },
          evidence: 'no postal address',
        },
      ];
    }
    if (bulk) {
      return [
        {
          messageId: 'identified-bulk',
          suggestionId: 'add-address-to-footer',
          data: { reasons: bulkReasons(reasons) },
          evidence: 'no postal address',
          strength: 0,
        },
      ];
    }
    return [
      {
        messageId: 'personal-note',
        suggestionId: 'add-address-if-list',
        evidence: 'no postal address',
        strength: 0,
      },
    ];
  },
});
