// Detects a subject that names the recipient's own e-mail address ("jane@example.org: your mailbox
// is full", "Password expiry notice for jane@example.org"). Phishing kits fill the address in to
// look like a notice from the recipient's own mail system, and spam runs to make each copy unique;
// a sender that knows its reader uses their name, and notices say what happened, not to whom.
// Source: SpamAssassin TO_IN_SUBJ ("To address is in Subject", HeaderEval check_for_to_in_subject)
// and Sophos PureMessage TO_IN_SUBJECT (0.5).
import { firstHeader, parseMailbox } from '../../headers/fields.ts';
import { defineRule, inSubject, shorten } from '../rule.ts';

/** An address shorter than this (`a@b.c` is 5) is too short to be a recipient's own. */
const MIN_ADDRESS = 6;

export default defineRule({
  id: 'recipient-in-subject',
  category: 'headers',
  description: 'Subject names the recipient\'s own address',
  weight: 0.5,
  cap: 1,
  messages: {
    'address-in-subject':
      'The subject names the recipient\'s own address, `{address}`. Phishing kits fill it in so the mail looks like a notice from the reader\'s own mail system, and spam runs do it to make every copy different; filters score a To address in the subject.',
    'name-not-address':
      'Address the reader by name in the greeting, and let the subject say what the mail is about.',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    const subject = message.subject ?? '';
    const address = parseMailbox(firstHeader(message, 'to'))?.address.trim().toLowerCase() ?? '';
    if (address.length < MIN_ADDRESS || !address.includes('@') || subject.length < address.length) return [];
    const at = subject.toLowerCase().indexOf(address);
    if (at < 0) return [];
    const evidence = shorten(subject.slice(at, at + address.length));
    return [
      {
        messageId: 'address-in-subject',
        suggestionId: 'name-not-address',
        data: { address: evidence },
        evidence,
        location: inSubject(at, at + address.length),
      },
    ];
  },
});
