// Detects trigger phrases in the subject line. The subject is the most-read and most-weighted text
// of a message (SpamAssassin has separate SUBJ_ rules), so a trigger there counts extra.
import { defineRule, inSubject, shorten } from '../rule.ts';

export default defineRule({
  id: 'subject-phrase',
  category: 'phrases',
  description: 'Trigger phrase in the subject line',
  weight: 1.0,
  cap: 3,
  check(context) {
    const subject = context.message.subject ?? '';
    return context.facts.triggers.subject.map((hit) => {
      const evidence = shorten(subject.slice(hit.start, hit.end));
      return {
        message: `The subject says \`${evidence}\` (${hit.definition.category} wording): filters weigh the subject more than the body.`,
        suggestion: 'Make the subject a plain description of the content ("Your May invoice", "New autumn collection").',
        evidence,
        location: inSubject(hit.start, hit.end),
        strength: hit.definition.sureness,
      };
    });
  },
});
