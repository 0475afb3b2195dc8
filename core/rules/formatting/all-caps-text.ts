// Detects text written in capitals: a large share of ALL-CAPS words among the visible words.
// Capitals read as shouting, and filters have scored shouted bodies since the first spam rules;
// short acronyms (USA, PDF, FAQ) standing alone do not count. Source: SpamAssassin's shouting
// tests (UPPERCASE_50_75, UPPERCASE_75_100) and ESP content checkers.
import { TokenFlag, type Token } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inText, shorten } from '../rule.ts';

/** Too few words to judge the share below this. */
const MIN_WORDS = 25;
const MIN_CAPS = 8;
const MIN_SHARE = 0.2;
/** Shorter capitalised words count only inside a shouted run (`GET IT NOW`), not alone (`USA`). */
const MIN_LONG = 4;
const MIN_RUN = 3;
/** Share of capitals per unit of strength: a quarter of the text weighs one unit. */
const SHARE_PER_UNIT = 0.25;

export default defineRule({
  id: 'all-caps-text',
  category: 'formatting',
  description: 'Large share of words in ALL CAPS',
  weight: 0.8,
  cap: 2,
  check(context) {
    const { message } = context;
    const { tokens } = message;
    const isHidden = overlapCursor(message.hidden);
    let words = 0;
    let caps = 0;
    // The current run of capitalised words, and the widest shouted run so far (token indexes).
    let runFirst = -1;
    let runLast = -1;
    let runLength = 0;
    let runLong = 0;
    let bestFirst = -1;
    let bestLast = -1;
    let bestWidth = 0;
    const flush = (): void => {
      if (runLength === 0) return;
      caps += runLength >= MIN_RUN ? runLength : runLong;
      const width = (tokens[runLast]?.end ?? 0) - (tokens[runFirst]?.start ?? 0);
      if ((runLength >= MIN_RUN || runLong > 0) && width > bestWidth) {
        bestFirst = runFirst;
        bestLast = runLast;
        bestWidth = width;
      }
      runLength = 0;
      runLong = 0;
    };
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      if (!(token.flags & TokenFlag.Alpha)) continue;
      if (isHidden(token.start, token.end)) {
        flush();
        continue;
      }
      words++;
      if (!(token.flags & TokenFlag.Upper)) {
        flush();
        continue;
      }
      if (runLength === 0) runFirst = index;
      runLast = index;
      runLength++;
      if (token.end - token.start >= MIN_LONG) runLong++;
    }
    flush();
    const share = words > 0 ? caps / words : 0;
    if (words < MIN_WORDS || caps < MIN_CAPS || share < MIN_SHARE) return [];
    const first = tokens[bestFirst] as Token;
    const last = tokens[bestLast] as Token;
    const evidence = shorten(message.text.slice(first.start, last.end));
    const percent = Math.round(share * 100);
    return [
      {
        message: `${percent} % of the words (${caps} of ${words}) are in capitals, such as \`${evidence}\`. Capitals read as shouting, and filters score bodies with a large share of them.`,
        suggestion: 'Write in sentence case; keep capitals for acronyms, and use bold or a heading for the one thing that must stand out.',
        evidence,
        location: inText(first.start, last.end),
        strength: share / SHARE_PER_UNIT,
      },
    ];
  },
});
