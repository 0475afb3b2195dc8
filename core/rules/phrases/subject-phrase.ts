// Detects trigger phrases in the subject line. The subject is the most-read and most-weighted text
// of a message (SpamAssassin has separate SUBJ_ rules), so a trigger there counts extra.
import { isTriggerHit } from '../../facts/triggers.ts';
import { defineRule, inSubject, shorten } from '../rule.ts';

export default defineRule({
  id: 'subject-phrase',
  category: 'phrases',
  description: 'Trigger phrase in the subject line',
  weight: 1.0,
  cap: 3,
  messages: {
    'subject-trigger':
      'The subject says `{phrase}` ({category, select, custom {custom} finance {finance} free-offer {free-offer} greeting {greeting} guarantee {guarantee} money {money} pharma {pharma} phishing {phishing} shady {shady} urgency {urgency} other {{category}}} wording): filters weigh the subject more than the body.',
    'plain-subject':
      'Make the subject a plain description of the content ("Your May invoice", "New autumn collection").',
  },
  check(context) {
    const subject = context.message.subject ?? '';
    const { subject: hits, subjectWarned, subjectLone } = context.facts.triggers;
    // A lure a negation governs ("Never share your recovery phrase") is a warning against it; a
    // phrase that counts only in company ("Award notification") counts here only beside its company.
    return hits.map((hit, index) => ({ hit, index })).filter(({ index }) => isTriggerHit(hits, subjectLone, subjectWarned, index)).map(({ hit }) => {
      const evidence = shorten(subject.slice(hit.start, hit.end));
      return {
        messageId: 'subject-trigger',
        suggestionId: 'plain-subject',
        data: { phrase: evidence, category: hit.definition.category },
        evidence,
        location: inSubject(hit.start, hit.end),
        strength: hit.definition.sureness,
      };
    });
  },
});
