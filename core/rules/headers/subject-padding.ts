// Detects a subject padded with a long run of spaces, usually followed by a random tag
// ("Lowest rates ever!                QXHZB"): bulk-mail software pushes a per-message ID out of
// sight to dodge checksum filters. Source: SpamAssassin 2.x's SUBJ_HAS_UNIQ_ID and SUBJ_HAS_SPACES.
import { defineRule, inSubject, shorten } from '../rule.ts';

/** Spaces or tabs in a row that no person types; a folded header leaves at most four. */
const MIN_RUN = 5;
/** Subjects are short; a hostile one is not read past this. */
const MAX_SUBJECT = 1000;

export default defineRule({
  id: 'subject-padding',
  category: 'headers',
  description: 'Subject padded with a long run of spaces',
  weight: 1.0,
  cap: 1,
  messages: {
    'padded':
      'The subject has {spaces} spaces in a row before `{tag}`. Padding a subject to push a tag out of sight is what bulk-mail software does to make each copy unique, and filters score it.',
    'remove-spaces':
      'Remove the run of spaces (and any tracking tag after it); put a reference number in the body or in a header.',
  },
  check(context) {
    const subject = context.message.subject;
    if (!subject) return [];
    const end = Math.min(subject.length, MAX_SUBJECT);
    let runStart = -1;
    let seenText = false;
    for (let i = 0; i < end; i++) {
      const code = subject.charCodeAt(i);
      if (code === 0x20 || code === 0x09) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (seenText && runStart >= 0 && i - runStart >= MIN_RUN) {
        let tail = i;
        while (tail < end && subject.charCodeAt(tail) !== 0x20 && subject.charCodeAt(tail) !== 0x09) tail++;
        const evidence = shorten(subject.slice(runStart, tail));
        return [
          {
            messageId: 'padded',
            suggestionId: 'remove-spaces',
            data: { spaces: i - runStart, tag: shorten(subject.slice(i, tail), 40) },
            evidence,
            location: inSubject(runStart, tail),
          },
        ];
      }
      runStart = -1;
      seenText = true;
    }
    return [];
  },
});
