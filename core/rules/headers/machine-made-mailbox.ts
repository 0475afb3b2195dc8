// Detects a From mailbox name that is one random token (`vPQXadn@…`, `eon4ukm59w5v@…`): capitals
// and small letters jumbled in one- and two-letter pieces, or letters and digits switching back and
// forth (core/facts/mailbox.ts). Snowshoe spam and phishing runs generate a mailbox like it for each
// send, on domains of their own, so that no blocklist of senders keeps up; an organisation or a
// person writes from a mailbox readers can recognise and write back to. Per-recipient codes that
// ESPs put in real newsletters' From (long, several parts, or hexadecimal) do not count.
// Related, not the same test: SpamAssassin HK_RANDOM_FROM (rulesrc/sandbox/hege/20_hk.cf, 0.999 in
// rulesrc/scores/72_scores.cf: 5 consonants or 5 vowels in a row, or a repeated 1–2 letter pattern)
// and FROM_LOCAL_NOVOWEL (a run of consonants).
import { localPartOf } from '../../facts/mailbox.ts';
import { defineRule, shorten } from '../rule.ts';

export default defineRule({
  id: 'machine-made-mailbox',
  category: 'headers',
  description: 'From mailbox name looks machine-made',
  weight: 1.0,
  cap: 1,
  headerFields: ['from'],
  messages: {
    'random-mailbox':
      'The mail comes from `{address}`, whose mailbox name `{mailbox}` is {kind, select, mixed-case {capitals and small letters jumbled in short pieces} other {letters and digits mixed at random}}: nobody chose it to be read or written back to. Spam and phishing runs generate a mailbox like it for every send so that no blocklist keeps up, and filters score a From that looks random.',
    'stable-mailbox':
      'Send from a stable mailbox that readers recognise and can write back to (news@, hello@, a person\'s name) on your own domain.',
  },
  check(context) {
    if (!context.facts.wholeMessage) return [];
    const { from } = context.facts.sender;
    if (!from?.domain) return [];
    const kind = context.facts.identity.machineMadeMailbox;
    if (kind === null) return [];
    const mailbox = localPartOf(from.address);
    const evidence = shorten(from.address);
    return [
      {
        messageId: 'random-mailbox',
        suggestionId: 'stable-mailbox',
        data: { address: evidence, mailbox: shorten(mailbox), kind },
        evidence,
      },
    ];
  },
});
