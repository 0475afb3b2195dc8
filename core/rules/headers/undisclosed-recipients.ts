// Detects a message whose To header hides the recipients: empty, an empty group
// ("undisclosed-recipients:;") or a made-up "Undisclosed.Recipients@…" address. Mail blind-copied
// to many people is how spam and scams go out; lists and ESPs address each reader.
// Source: SpamAssassin's UNDISC_RECIPS, MISSING_HEADERS.
import { defineRule, shorten } from '../rule.ts';
import { firstHeader } from '../../headers/fields.ts';

function hidesRecipients(value: string): boolean {
  const head = value.slice(0, 200).trim().toLowerCase();
  if (head === '' || /^<?\s*>?$/.test(head)) return true;
  if (head.includes('undisclosed') || head.includes('recipient list not shown')) return true;
  // An empty group: `friends:;`
  return /^[^@<>,]{0,60}:\s*;/.test(head);
}

export default defineRule({
  id: 'undisclosed-recipients',
  category: 'headers',
  description: 'To header hides the recipients',
  weight: 1.5,
  cap: 1,
  headerFields: ['to'],
  messages: {
    'hidden':
      '{empty, select, yes {`empty To header`} other {`{header}`}}: the recipients are hidden, so every reader got a blind copy. That is how spam and scams are mailed out in bulk; newsletters and notifications address each reader in To.',
    'one-per-recipient':
      'Send one message per recipient with their address in To (any ESP or mail-merge does this), rather than one message blind-copied to a list.',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    const to = firstHeader(message, 'to');
    if (to === null || !hidesRecipients(to)) return [];
    const evidence = to.trim() === '' ? 'empty To header' : shorten(`To: ${to.trim()}`);
    return [
      {
        messageId: 'hidden',
        suggestionId: 'one-per-recipient',
        data: { empty: to.trim() === '' ? 'yes' : 'no', header: evidence },
        evidence,
      },
    ];
  },
});
