// Detects a subject line written in capitals ("LAST CHANCE TO SAVE BIG"). Shouting subjects are a
// long-standing spam mark: SpamAssassin's SUBJ_ALL_CAPS, and most ESP content checkers, score them.
// Acronyms and one-word subjects ("FYI", "NASA") are left alone.
import { TokenFlag } from '../../text/tokenize.ts';
import { defineRule, inSubject, shorten } from '../rule.ts';
import { caseCounts } from '../../headers/fields.ts';

/** At least two words of two or more letters, and ten cased letters: "FYI" and "NASA" pass. */
const MIN_WORDS = 2;
const MIN_LETTERS = 10;
/** Share of cased letters that are capitals. */
const CAPS_SHARE = 0.9;

export default defineRule({
  id: 'subject-all-caps',
  category: 'headers',
  description: 'Subject line written in capitals',
  weight: 1.0,
  cap: 1,
  messages: {
    'capitals':
      'The subject `{subject}` is written in capitals. Shouting subjects are a classic spam mark that filters score on their own, and readers skim past them.',
    'sentence-case':
      'Write the subject in sentence case and keep capitals for names and acronyms ("Last chance: 20 % off ends tonight").',
  },
  check(context) {
    const { subject, subjectTokens } = context.message;
    if (!subject || subjectTokens.length === 0) return [];
    let words = 0;
    let letters = 0;
    let capitals = 0;
    for (const token of subjectTokens) {
      if (!(token.flags & TokenFlag.Alpha)) continue;
      const counts = caseCounts(subject.slice(token.start, token.end));
      capitals += counts.capitals;
      letters += counts.cased;
      if (counts.cased >= 2) words++;
    }
    if (words < MIN_WORDS || letters < MIN_LETTERS || capitals < letters * CAPS_SHARE) return [];
    const first = subjectTokens.get(0);
    const last = subjectTokens.get(subjectTokens.length - 1);
    if (!first || !last) return [];
    const evidence = shorten(subject.slice(first.start, last.end));
    return [
      {
        messageId: 'capitals',
        suggestionId: 'sentence-case',
        data: { subject: evidence },
        evidence,
        location: inSubject(first.start, last.end),
      },
    ];
  },
});
