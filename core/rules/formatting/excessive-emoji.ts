// Detects heavy emoji use: many emoji for the length of the text, or runs like 🔥🔥🔥. A few emoji
// are normal in modern mail; strings of them are how promotional spam and scams grab attention,
// and filters and ESP checkers score them. Source: ESP content checkers (Mailchimp, HubSpot),
// Gmail promotions heuristics.
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** ©, ® and ™ are Extended_Pictographic but are ordinary typography in mail; the rest starts at ‼. */
const TYPOGRAPHY = new Set([0xa9, 0xae, 0x2122]);
const FIRST_EMOJI = 0x203c;
/** Characters that join or modify an emoji without starting a new one. */
const ZWJ = 0x200d;
function isModifier(code: number): boolean {
  return code === 0xfe0f || code === 0xfe0e || (code >= 0x1f3fb && code <= 0x1f3ff) || code === 0x20e3;
}
/**
 * Characters the loop below must look at: the zero-width joiner, the modifiers in the BMP (U+20E3,
 * U+FE0E, U+FE0F), the BMP's emoji from ‼ up (Extended_Pictographic there is U+203C–U+2B55 and
 * 〰 〽 ㊗ ㊙) and surrogates (emoji and skin tones past the BMP). Anything else is neither an
 * emoji nor joins one, and the loop would only end a join on it, which skipping it does too: so
 * CJK, kana, Hangul and full-width text (millions of units in 10 MB) are never visited.
 * test/rules/excessive-emoji/candidates.test.ts checks the class against the loop's own tests on
 * every BMP unit. A new RegExp per check: a shared global one would carry its lastIndex from one
 * message to the next.
 */
export const CANDIDATE = (): RegExp => /[\ufe0e-\ufe0f\u203c-\u2bff\u3030\u303d\u3297\u3299\ud800-\udfff\u200d]/g;
/** Many emoji: at least this many, and at least one per this many words. */
const MIN_EMOJI = 5;
const WORDS_PER_EMOJI = 30;
/** This many emoji in a row (`🔥🔥🔥`) is excessive on its own. */
const MIN_RUN = 3;
const EMOJI_PER_UNIT = 10;

interface Run {
  start: number;
  end: number;
  count: number;
}

export default defineRule({
  id: 'excessive-emoji',
  category: 'formatting',
  description: 'Many emoji, or strings of them',
  weight: 0.6,
  cap: 2,
  messages: {
    'emoji-run':
      '`{evidence}` strings {run} emoji together ({count} in {words} words in all). Runs of emoji are how promotional spam and scams grab attention, and filters score them.',
    'many-emoji':
      'The message uses {count} emoji in {words} words, such as `{evidence}`. That density reads as a hard sell to filters and readers.',
    'fewer-emoji':
      'Keep emoji to one or two where they add meaning, and never in runs; let the words carry the message.',
  },
  check(context) {
    const { message } = context;
    const text = message.text;
    const isHidden = overlapCursor(message.hidden);
    let count = 0;
    let run: Run | null = null;
    let longest: Run | null = null;
    let first: Run | null = null;
    let joined = false;
    const candidate = CANDIDATE();
    for (let i = 0; i < text.length; ) {
      // Jump to the next character that can be or join an emoji; a skipped character ends a join.
      // `test`, not `exec`: no match array for each candidate (a 10 MB page of CJK or full-width text is millions).
      candidate.lastIndex = i;
      if (!candidate.test(text)) break;
      const next = candidate.lastIndex - 1;
      if (next > i) joined = false;
      i = next;
      const code = text.codePointAt(i) ?? 0;
      const width = code > 0xffff ? 2 : 1;
      const emoji = code >= FIRST_EMOJI && !TYPOGRAPHY.has(code) && PICTOGRAPHIC.test(String.fromCodePoint(code));
      if (emoji && !isHidden(i, i + width)) {
        if (joined && run) run.end = i + width;
        else {
          count++;
          if (run && run.end === i) {
            run.end = i + width;
            run.count++;
          } else run = { start: i, end: i + width, count: 1 };
          first ??= run;
        }
        if (!longest || run.count > longest.count) longest = run;
      } else if ((code === ZWJ || isModifier(code)) && run && run.end === i) {
        run.end = i + width;
      }
      joined = code === ZWJ;
      i += width;
    }
    const words = Math.max(context.facts.visibleText.words, 1);
    const many = count >= MIN_EMOJI && count * WORDS_PER_EMOJI >= words;
    const strung = (longest?.count ?? 0) >= MIN_RUN;
    if (!many && !strung) return [];
    const shown = strung ? (longest as Run) : (first as Run);
    const evidence = shorten(text.slice(shown.start, shown.end));
    const hit: MessageHit = {
      messageId: strung ? 'emoji-run' : 'many-emoji',
      suggestionId: 'fewer-emoji',
      data: { evidence, run: shown.count, count, words },
      evidence,
      location: inText(shown.start, shown.end),
      strength: count / EMOJI_PER_UNIT + (strung ? 0.5 : 0),
    };
    return [hit];
  },
});
