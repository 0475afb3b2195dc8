// Detects mail without a way to opt out: no unsubscribe link, no opt-out wording, no
// List-Unsubscribe header. CAN-SPAM, GDPR/ePrivacy and the Gmail/Yahoo 2024 bulk-sender rules
// require one in bulk mail, and recipients who cannot leave press "Report spam" instead.
// Points only when the mail looks bulk; a personal note gets advice without points.
import { defineRule } from '../rule.ts';
import { BULK_REASON_MESSAGES, bulkReasons } from '../bulk-reasons.ts';

export default defineRule({
  id: 'missing-unsubscribe',
  category: 'compliance',
  description: 'No unsubscribe link or opt-out wording',
  weight: 0.3,
  cap: 1,
  messages: {
    'bulk-without-opt-out':
      'This reads like bulk mail ({reasons}) but offers no way to unsubscribe. Bulk mail must carry an opt-out (CAN-SPAM, GDPR, Gmail and Yahoo sender rules), and readers who cannot leave press "Report spam", which hurts every later send.',
    'add-link':
      'Add a visible "{label}" link in the footer that works in one click, and a List-Unsubscribe header if you send through your own server.',
    'personal-note':
      'The mail has no unsubscribe link or opt-out wording. That is fine for a personal note, but any mail sent to a list needs one.',
    'add-link-if-list':
      'If this goes to a list, add a visible "{label}" link in the footer.',
    ...BULK_REASON_MESSAGES,
  },
  check(context) {
    if (!context.message.text.trim() && !context.message.subject) return [];
    const { found, label } = context.facts.optOut;
    if (found) return [];
    const { bulk, reasons } = context.facts.bulk;
    if (bulk) {
      return [
        {
          messageId: 'bulk-without-opt-out',
          suggestionId: 'add-link',
          data: { reasons: bulkReasons(reasons), label },
          evidence: 'no unsubscribe link',
        },
      ];
    }
    return [
      {
        messageId: 'personal-note',
        suggestionId: 'add-link-if-list',
        data: { label },
        evidence: 'no unsubscribe link',
        strength: 0,
      },
    ];
  },
});
