// Detects runs of punctuation in the subject: `!!!`, `$$$`, `?!?`. They are how spam shouts for
// attention, and filters (SpamAssassin's subject tests, ESP checkers) score them; one `!` is fine.
import { defineRule, inSubject, shorten, type MessageHit } from '../rule.ts';

const MAX_SUBJECT = 1000;

function strengthOf(run: string): number {
  const bangs = [...run].filter((char) => char === '!' || char === '！').length;
  const dollars = [...run].filter((char) => char === '$').length;
  const queries = run.length - bangs - dollars;
  if (dollars >= 2) return 1;
  if (bangs >= 3) return 1;
  if (bangs >= 1 && queries >= 1) return 0.6;
  if (bangs === 2) return 0.5;
  if (queries >= 3) return 0.5;
  return 0;
}

export default defineRule({
  id: 'subject-shouting',
  category: 'headers',
  description: 'Subject shouts with !!!, $$$ or ?!',
  weight: 0.5,
  cap: 2,
  messages: {
    'shouts':
      'The subject shouts with `{run}`. Runs of exclamation marks or dollar signs are typical of spam subjects, and filters score them.',
    'one-mark':
      'Use at most one exclamation mark and no symbol runs; let the words carry the message.',
  },
  check(context) {
    const subject = (context.message.subject ?? '').slice(0, MAX_SUBJECT);
    const hits: MessageHit[] = [];
    let i = 0;
    while (i < subject.length) {
      const char = subject[i];
      if (char !== '!' && char !== '?' && char !== '$' && char !== '！') {
        i++;
        continue;
      }
      const start = i;
      while (i < subject.length && '!?$！'.includes(subject[i] ?? '')) i++;
      const run = subject.slice(start, i);
      const strength = strengthOf(run);
      if (strength === 0) continue;
      const evidence = shorten(run);
      hits.push({
        messageId: 'shouts',
        suggestionId: 'one-mark',
        data: { run: evidence },
        evidence,
        location: inSubject(start, i),
        strength,
      });
    }
    return hits;
  },
});
