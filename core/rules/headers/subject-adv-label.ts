// Detects a subject labelled as an advertisement ("ADV: …", "[ADV]", "… ADV:"). Some US state laws
// of the 2000s made unsolicited bulk mail carry the label, so it marks exactly the mail filters
// are built to catch; legitimate newsletters and promotions never use it.
// Source: SpamAssassin ENGLISH_UCE_SUBJECT (20_head_tests.cf, 0.953 in score set 0).
import { defineRule, inSubject, shorten } from '../rule.ts';

/** "ADV" as a label: followed by a colon, in brackets, or opening the subject as its own word. */
const LABEL = /(?:^|[\s[(])(adv)\s*(?::|\]|\))|^\s*(adv)\b(?![.'’-])/i;
const MAX_SUBJECT = 1000;

export default defineRule({
  id: 'subject-adv-label',
  category: 'headers',
  description: 'Subject labelled "ADV" (advertisement)',
  weight: 1.0,
  cap: 1,
  messages: {
    'adv-label':
      'The subject carries the `{label}` label of unsolicited advertising. Bulk spam was made to tag itself so, and filters score the label; no legitimate newsletter uses it.',
    'remove-label':
      'Remove the "ADV" label and write a subject that says what the mail is about; mail only people who asked for it.',
  },
  check(context) {
    const subject = context.message.subject;
    if (!subject) return [];
    const head = subject.slice(0, MAX_SUBJECT);
    const match = LABEL.exec(head);
    if (!match) return [];
    const start = match.index + match[0].search(/adv/i);
    const end = start + 3;
    const evidence = shorten(head.slice(start, end));
    return [
      {
        messageId: 'adv-label',
        suggestionId: 'remove-label',
        data: { label: evidence },
        evidence,
        location: inSubject(start, end),
      },
    ];
  },
});
