// Detects a message flagged as urgent by its headers: X-Priority 1 or 2, X-MSMail-Priority: High,
// Importance: high. Bulk and phishing tools set them to get attention; newsletters never need them.
// Filters score the header alone at about 0 and use it in combinations, so its points are small.
// Source: SpamAssassin XPRIO 0.001, XPRIO_SHORT_SUBJ 1.0 (rulesrc/scores/72_scores.cf); rspamd HAS_X_PRIO_ONE 0.
import { defineRule, shorten } from '../rule.ts';
import { firstHeader } from '../../headers/fields.ts';

function isHigh(name: string, value: string): boolean {
  const head = value.slice(0, 40).trim().toLowerCase();
  if (name === 'x-priority') return /^[12](?:\D|$)/.test(head);
  return head === 'high' || head === 'urgent';
}

const FIELDS = [
  ['x-priority', 'X-Priority'],
  ['x-msmail-priority', 'X-MSMail-Priority'],
  ['importance', 'Importance'],
  ['priority', 'Priority'],
] as const;

export default defineRule({
  id: 'high-priority',
  category: 'headers',
  description: 'Message is flagged as high priority in its headers',
  weight: 0.2,
  cap: 1,
  headerFields: ['x-priority', 'x-msmail-priority', 'importance', 'priority'],
  messages: {
    'urgent':
      'The header `{header}` marks the mail as urgent. Mass mailers and phishing kits set high priority to get attention, so filters score it; no newsletter or notification needs it.',
    'remove-priority':
      'Remove the {field} header (or set it to normal) and let the content say what matters.',
  },
  check(context) {
    for (const [name, label] of FIELDS) {
      const value = firstHeader(context.message, name);
      if (value === null || !isHigh(name, value)) continue;
      const evidence = shorten(`${label}: ${value.trim()}`);
      return [
        {
          messageId: 'urgent',
          suggestionId: 'remove-priority',
          data: { header: evidence, field: label },
          evidence,
        },
      ];
    }
    return [];
  },
});
