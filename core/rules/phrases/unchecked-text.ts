// Says when the trigger-phrase rules did not read the whole text (issues 11 and 12): they stop at
// the fact `scanEnd`, the end of the first BODY_SCAN_CHARS (50,000) characters the reader sees, as
// SpamAssassin's body rules stop at `body_part_scan_size` (core/facts/scan-end.ts). A 120 KB
// newsletter whose pitch sits at its end was scored as if it had none, and the report said nothing.
// A partial check must never pass for a whole one: this advice (0 points) says how much was read of
// how much, names the rules that stopped there and points at the first word they did not read: the
// word the reader sees, between spaces, that holds the first token starting at or past the cut (a
// phrase that starts before the cut is read), quoted as the reader sees it (hidden letters left out,
// a long URL shortened). Text hidden past the cut is no reason: it is not what the reader sees, and hidden text does
// not count toward the cut either. Characters are counted as the cut counts them: those of the visible
// text, spaces and line breaks included (a template's indentation too).
// The visible text is the HTML's when there is HTML. The text/plain alternative of a message with
// both parts is read by the phrase rules too (the trigger fact's `plain`), as a part of its own with
// its own cut (its first BODY_SCAN_CHARS characters, as SpamAssassin cuts each part): a text part
// longer than its cut gets a finding of its own, counted and quoted in the text part (it has no
// hidden text; its template syntax is not looked for past the cut), beside the HTML's if both go on
// past their cuts (docs/rules/unchecked-text.md, "A message with an HTML part and a text part").
import { BODY_SCAN_CHARS, seenCharacters } from '../../facts/scan-end.ts';
import { columnsOf, overlapCursor, uncoveredFromCursor, type RangeColumns } from '../../text/ranges.ts';
import { isInvisible, isRegExpSpace } from '../../text/characters.ts';
import { Shown } from '../../text/shown-words.ts';
import { defineRule, inText, inTextPart, shorten, type MessageHit, type RuleContext } from '../rule.ts';

/** The longest word quoted (a long URL is cut, as other evidence is). */
const MAX_WORD = 40;
/** Characters of a word kept for its quote: enough for MAX_WORD and the mark that it was cut. */
const HEAD_KEPT = 4 * MAX_WORD;

interface VisibleWord {
  /** the word's first and past its last character the reader sees, offsets in the text */
  readonly start: number;
  readonly end: number;
  /** its first characters as the reader sees them: hidden and zero-width ones left out (at most HEAD_KEPT) */
  readonly head: string;
}

/**
 * Whether the character at an offset is hidden, for any offsets: the spans are in order of start,
 * possibly nested (the furthest end reached so far, looked up by binary search).
 */
function hiddenAt(hidden: RangeColumns): (at: number) => boolean {
  const reach = new Float64Array(hidden.length);
  let furthest = -1;
  for (let index = 0; index < hidden.length; index++) reach[index] = furthest = Math.max(furthest, hidden.end(index));
  return (at) => {
    let low = 0;
    let high = hidden.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (hidden.start(middle) <= at) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (reach[low - 1] ?? -1) > at;
  };
}

/**
 * The words the reader sees from the one `from` falls in on (`from` is just past a character
 * shown, as the cut is), in order: runs of characters shown between whitespace shown. Hidden text
 * is passed over, not taken for a break (`Ac<span style="display:none">zz</span>t` is the word
 * `Act`), and so are zero-width characters in the quote. One pass over the characters shown from
 * the word's start, the hidden spans walked once (and searched for the whitespace before the cut).
 */
function* visibleWords(text: string, hidden: RangeColumns, from: number): Generator<VisibleWord> {
  const isSpace = (at: number): boolean => isRegExpSpace(text.charCodeAt(at));
  let at = from;
  if (at > 0 && !isSpace(at - 1)) {
    const isHidden = hiddenAt(hidden);
    while (at > 0 && !(isSpace(at - 1) && !isHidden(at - 1))) at--;
  }
  const shownFrom = uncoveredFromCursor(columnsOf(hidden));
  at = shownFrom(at);
  for (;;) {
    while (at < text.length && isSpace(at)) at = shownFrom(at + 1);
    if (at >= text.length) return;
    const start = at;
    let end = at;
    let head = '';
    while (at < text.length && !isSpace(at)) {
      if (head.length < HEAD_KEPT && !isInvisible(text.charCodeAt(at))) head += text[at];
      end = at + 1;
      at = shownFrom(at + 1);
    }
    yield { start, end, head };
  }
}

export default defineRule({
  id: 'unchecked-text',
  category: 'phrases',
  description: 'The text goes on past where trigger phrases are read',
  weight: 0,
  cap: 1,
  partialCheck: true,
  messages: {
    'past-the-cut':
      'Only the first {read, number} of the {seen, number} characters of visible text (spaces included) in this message were searched for trigger phrases ({rules}), as SpamAssassin does with a long text: from `{word}` on, {count, plural, one {that rule} other {those rules}} did not search the text, so a pitch there scores nothing in {count, plural, one {it} other {them}}.',
    'text-part-past-the-cut':
      'Only the first {read, number} of the {seen, number} characters of the plain-text part (spaces included) of this message were searched for trigger phrases ({rules}), as SpamAssassin does with each long part: from `{word}` on, {count, plural, one {that rule} other {those rules}} did not search the text part, so a pitch there scores nothing in {count, plural, one {it} other {them}}.',
    'pitch-first':
      'Put what matters near the top: the offer, the call to action and anything you want checked, or shorten the message (link to the full text on a web page). Read the rest yourself for trigger phrases: money, urgency, free offers, guarantees.',
  },
  check(context) {
    return [pastTheCut(context), pastTheTextPartCut(context)].filter((hit): hit is MessageHit => hit !== null);
  },
});

/** The finding for the visible text, or null when the rules read all of it. */
function pastTheCut(context: RuleContext): MessageHit | null {
  const { message, facts, scanEndRules } = context;
  const { text, tokens } = message;
  // A text of at most the cut is read whole; nothing stopped there when those rules are all off.
  if (text.length <= BODY_SCAN_CHARS || scanEndRules.length === 0) return null;
  const { shown } = facts.visibleText;
  // Template syntax and filler copy (`{% endif %}`, Lorem ipsum: message.placeholders) are no
  // wording of the sender's: a template that ends in a closing tag past the cut left nothing unread.
  const isPlaceholder = overlapCursor(message.placeholders);
  const cut = facts.scanEnd;
  // Hidden filler made the text longer than the cut, but the reader sees no more than it.
  if (cut >= text.length) return null;
  /**
   * Whether the word [start, end) holds a token the rules did not read (it starts at or past the
   * cut: one across it is read, as a phrase starting in it is) that the reader sees and that is
   * no template syntax or filler.
   */
  const holdsWording = (start: number, end: number): boolean => {
    let index = tokens.indexFrom(Math.max(start, cut));
    // a token may start in hidden text just before the word's first character shown
    if (index > 0 && tokens.end(index - 1) > start && tokens.start(index - 1) >= cut) index--;
    for (; index < tokens.length && tokens.start(index) < end; index++) {
      if (shown[index] !== Shown.None && !isPlaceholder(tokens.start(index), tokens.end(index))) return true;
    }
    return false;
  };
  const words = visibleWords(text, message.hidden, cut);
  for (let word = words.next(); !word.done; word = words.next()) {
    const { start, end, head } = word.value;
    if (!head || !holdsWording(start, end)) continue;
    const quoted = shorten(head, MAX_WORD);
    return {
      messageId: 'past-the-cut',
      suggestionId: 'pitch-first',
      data: { read: BODY_SCAN_CHARS, seen: seenCharacters(message), rules: scanEndRules, count: scanEndRules.length, word: quoted },
      evidence: quoted,
      location: inText(start, end),
      strength: 0,
    };
  }
  return null;
}

const NO_RANGES = columnsOf([]);

/**
 * The finding for the text/plain alternative of a message with HTML, or null when the rules read all
 * of it: its first word between spaces that holds a token starting at or past its cut (one across
 * the cut is read). A text-only message's text is the visible text (pastTheCut).
 */
function pastTheTextPartCut(context: RuleContext): MessageHit | null {
  const { message, scanEndRules } = context;
  const plain = message.plainText;
  if (!message.isHtml || plain === null || plain.length <= BODY_SCAN_CHARS || scanEndRules.length === 0) return null;
  const tokens = message.plainTokens;
  const words = visibleWords(plain, NO_RANGES, BODY_SCAN_CHARS);
  for (let word = words.next(); !word.done; word = words.next()) {
    const { start, end, head } = word.value;
    const index = tokens.indexFrom(Math.max(start, BODY_SCAN_CHARS));
    if (!head || index >= tokens.length || tokens.start(index) >= end) continue;
    const quoted = shorten(head, MAX_WORD);
    return {
      messageId: 'text-part-past-the-cut',
      suggestionId: 'pitch-first',
      data: { read: BODY_SCAN_CHARS, seen: plain.length, rules: scanEndRules, count: scanEndRules.length, word: quoted },
      evidence: quoted,
      location: inTextPart(start, end),
      strength: 0,
    };
  }
  return null;
}
