// Says when the trigger-phrase rules did not read the whole text (issues 11 and 12): they stop at
// the fact `scanEnd`, the end of the first BODY_SCAN_CHARS (50,000) characters the reader sees, as
// SpamAssassin's body rules stop at `body_part_scan_size` (core/facts/scan-end.ts). A 120 KB
// newsletter whose pitch sits at its end was scored as if it had none, and the report said nothing.
// A partial check must never pass for a whole one: this advice (0 points) says how much was read of
// how much, names the rules that stopped there and points at the first word they did not read (the
// first word the reader sees that starts at or past the cut: a phrase that starts before it is
// read). Text hidden past the cut is no reason: it is not what the reader sees, and hidden text does
// not count toward the cut either. Characters are counted as the cut counts them: those of the visible
// text, spaces and line breaks included (a template's indentation too).
import { BODY_SCAN_CHARS, seenCharacters } from '../../facts/scan-end.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { Shown } from '../../text/shown-words.ts';
import { defineRule, inText, shorten } from '../rule.ts';

export default defineRule({
  id: 'unchecked-text',
  category: 'phrases',
  description: 'The text goes on past where trigger phrases are read',
  weight: 0,
  cap: 1,
  partialCheck: true,
  messages: {
    'past-the-cut':
      'Only the first {read, number} of the {seen, number} characters of visible text (spaces included) in this message were checked for trigger phrases ({rules}), as spam filters read only the start of a long text: from `{word}` on, the text was not checked for them, so the score says nothing of its wording there.',
    'pitch-first':
      'Put what matters near the top: the offer, the call to action and anything you want checked, or shorten the message (link to the full text on a web page). Read the rest yourself for trigger phrases: money, urgency, free offers, guarantees.',
  },
  check(context) {
    const { message, facts, scanEndRules } = context;
    const { text, tokens } = message;
    // A text of at most the cut is read whole; nothing stopped there when those rules are all off.
    if (text.length <= BODY_SCAN_CHARS || scanEndRules.length === 0) return [];
    const { shown } = facts.visibleText;
    // Template syntax and filler copy (`{% endif %}`, Lorem ipsum: message.placeholders) are no
    // wording of the sender's: a template that ends in a closing tag past the cut left nothing unread.
    const isPlaceholder = overlapCursor(message.placeholders);
    let index = tokens.indexFrom(facts.scanEnd);
    while (index < tokens.length && (shown[index] === Shown.None || isPlaceholder(tokens.start(index), tokens.end(index)))) index++;
    if (index >= tokens.length) return [];
    const start = tokens.start(index);
    const end = tokens.end(index);
    const word = shorten(text.slice(start, end), 40);
    return [
      {
        messageId: 'past-the-cut',
        suggestionId: 'pitch-first',
        data: { read: BODY_SCAN_CHARS, seen: seenCharacters(message), rules: scanEndRules, word },
        evidence: word,
        location: inText(start, end),
        strength: 0,
      },
    ];
  },
});
