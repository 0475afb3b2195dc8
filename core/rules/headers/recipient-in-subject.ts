// Detects a subject that names the recipient's own e-mail address ("jane@example.org: your mailbox
// is full", "Password expiry notice for jane@example.org"). Phishing kits fill the address in to
// look like a notice from the recipient's own mail system, and spam runs to make each copy unique.
// A weak signal: real services do it too (a password reset "for jane@example.org"), so it scores
// little. The address must stand as a whole address (not inside `joann@…` or `…@example.org.uk`);
// mailing-list mail (List-Id, List-Unsubscribe) and replies or forwards (`Re:`, `Fwd:`, `AW:` …,
// the reply prefixes of wordlists/global/reply-prefixes.yml) quote addresses legitimately and are
// left out, as is a calendar invitation's trailing owner tag ("Team sync @ Fri 10am (jane@…)").
// Source: SpamAssassin TO_IN_SUBJ ("To address is in Subject", rulesrc/sandbox/jhardin/
// 20_misc_testing.cf, excluding mailing lists and replies; scored about 0.1 by the mass checks).
import { firstHeader, parseMailbox } from '../../headers/fields.ts';
import { replyPrefix } from '../../headers/subject.ts';
import { escapeRegExp } from '../../text/literal-pattern.ts';
import { defineRule, inSubject, shorten } from '../rule.ts';

/** An address shorter than this (`a@b.c` is 5) is too short to be a recipient's own. */
const MIN_ADDRESS = 6;
/** Longer addresses or subjects are not judged (bounds the work on untrusted text). */
const MAX_ADDRESS = 254;
const MAX_SUBJECT = 998;
/** Headers that make the mail a list's: lists quote members' addresses in subjects. */
const LIST_HEADERS = ['list-id', 'list-unsubscribe'];


export default defineRule({
  id: 'recipient-in-subject',
  category: 'headers',
  description: 'Subject names the recipient\'s own address',
  weight: 0.15,
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
    const subject = (message.subject ?? '').slice(0, MAX_SUBJECT);
    const address = parseMailbox(firstHeader(message, 'to'))?.address.trim() ?? '';
    if (address.length < MIN_ADDRESS || address.length > MAX_ADDRESS || !address.includes('@')) return [];
    if (subject.length < address.length) return [];
    if (LIST_HEADERS.some((name) => firstHeader(message, name) !== null)) return [];
    if (replyPrefix(subject, context.lists.replyPrefixes) !== null) return [];
    // The whole address: no address character before it, and no further domain label after it.
    const pattern = new RegExp(`(?<![A-Za-z0-9._%+-])${escapeRegExp(address)}(?![A-Za-z0-9.-]*[A-Za-z0-9])`, 'i');
    const match = pattern.exec(subject);
    if (!match) return [];
    const at = match.index;
    const end = at + match[0].length;
    // A calendar invitation tags its owner at the end, after the event's time: "Invitation: Team
    // sync @ Fri 10am (jane@example.org)". Only that shape: "Mailbox full (jane@example.org)" counts.
    if (subject[at - 1] === '(' && /^\)\s*$/.test(subject.slice(end)) && subject.lastIndexOf(' @ ', at) >= 0) return [];
    const evidence = shorten(match[0]);
    return [
      {
        messageId: 'address-in-subject',
        suggestionId: 'name-not-address',
        data: { address: evidence },
        evidence,
        location: inSubject(at, end),
      },
    ];
  },
});
