// Detects text written in capitals: a large share of ALL-CAPS words among the visible words.
// Capitals read as shouting, and filters have scored shouted bodies since the first spam rules;
// short acronyms (USA, PDF, FAQ) standing alone do not count. Capitals in layout are not prose: a
// short label of its own (a button, a menu link, a one-line heading) weighs a quarter, and the same
// run said again (a "BUY NOW" under every product) sharply less each time (issue #11).
// Source: SpamAssassin's shouting tests (UPPERCASE_50_75, UPPERCASE_75_100) and ESP content checkers.
import { isRegExpSpace } from '../../text/characters.ts';
import { TokenFlag, type Token, type TokenList } from '../../text/tokenize.ts';
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
/** A label is a link of at most this many words, or a line of its own of at most this many. */
const MAX_LINK_LABEL_WORDS = 4;
const MAX_LINE_LABEL_WORDS = 3;
/** A word of a capitalised label counts for this much of a word of capitalised prose. */
const LABEL_WEIGHT = 0.25;

/** The capitalised run being read: one object for the whole pass, not one per run (a paste can hold millions). */
interface Run {
  /** whether a run is being read; the other fields hold only while it is */
  open: boolean;
  first: number;
  last: number;
  words: number;
  long: number;
  /** the link the run sits in, or -1 */
  link: number;
  /** no visible word before it on its line */
  opensLine: boolean;
}

/** Whether the text between two words ends a sentence (`.`, `!`, `?`, a bullet or a bar). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x7c || c === 0x2022) return true;
  }
  return false;
}

/** `/^\s*[!¡]/` on the four characters from `from`, without slicing them out. */
function exclaimedAt(text: string, from: number): boolean {
  const to = Math.min(from + 4, text.length);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x21 || code === 0xa1) return true;
    if (!isRegExpSpace(code)) return false;
  }
  return false;
}

interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly bare: boolean;
}

/**
 * The (non-bare) links by start, each link's word count, and `at(index)`: the index of the link
 * token `index` sits in, or -1. No column as long as the token list (a 10 MB paste is two million
 * tokens, most in no link): `at` walks the links with a cursor, so it must be asked of tokens in
 * text order, as the rule's one pass over the words does.
 */
function linksOfTokens(tokens: TokenList, links: readonly LinkSpan[]): { at: (index: number) => number; words: Int32Array } {
  const words = new Int32Array(links.length);
  const order = links
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => !link.bare && link.end > link.start)
    .sort((a, b) => a.link.start - b.link.start);
  // Columns, not Token objects: a 10 MB paste is two million tokens.
  const { starts, ends, flagsOf } = tokens;
  let cursor = 0;
  const at = (index: number): number => {
    const start = starts[index] ?? 0;
    while (cursor < order.length && (order[cursor]?.link.end ?? 0) <= start) cursor++;
    const entry = order[cursor];
    if (!entry || entry.link.start > start || (ends[index] ?? 0) > entry.link.end) return -1;
    return entry.index;
  };
  if (order.length === 0) return { at: () => -1, words };
  for (let index = 0; index < tokens.length; index++) {
    if (cursor >= order.length) break;
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha)) continue;
    const link = at(index);
    if (link >= 0) words[link] = (words[link] ?? 0) + 1;
  }
  // The counting pass moved the cursor to the end: the rule's pass starts it again.
  cursor = 0;
  return { at, words };
}

export default defineRule({
  id: 'all-caps-text',
  category: 'formatting',
  description: 'Large share of words in ALL CAPS',
  weight: 0.8,
  cap: 2,
  messages: {
    'caps':
      '{percent} % of the words are in capitals (counting short labels and repeats for less), such as `{evidence}`. Capitals read as shouting, and filters score bodies with a large share of them.',
    'sentence-case':
      'Write in sentence case; keep capitals for acronyms, and use bold or a heading for the one thing that must stand out.',
  },
  check(context) {
    const { message } = context;
    const { tokens, text } = message;
    // Each capitalised word adds at most one to `caps`, each word one to `words`: a message with
    // too few of either cannot pass, and most mail is told so by one pass over a column.
    let alphaWords = 0;
    let capsWords = 0;
    for (let index = 0; index < tokens.length; index++) {
      const flags = tokens.flagsOf[index] ?? 0;
      if (!(flags & TokenFlag.Alpha)) continue;
      alphaWords++;
      if (flags & TokenFlag.Upper) capsWords++;
    }
    if (alphaWords < MIN_WORDS || capsWords < MIN_CAPS) return [];
    const isHidden = overlapCursor(message.hidden);
    // A template's merge tag (`*|FNAME|*`, `%FIRSTNAME%`) is replaced before anyone reads it: its
    // capitals are no shouting, but its words stand for the words it will be (a product's title),
    // read as words in sentence case. A fallback's words are the sender's (core/text/placeholders.ts).
    const isPlaceholder = overlapCursor(message.placeholders);
    const links = linksOfTokens(tokens, message.links);
    // Columns, not Token objects: a 10 MB paste is two million tokens.
    const { starts, ends, flagsOf, normIds, norms } = tokens;
    /** times each capitalised run (its words, case-folded) has been seen */
    const seen = new Map<string, number>();
    let words = 0;
    let caps = 0;
    const run: Run = { open: false, first: 0, last: 0, words: 0, long: 0, link: -1, opensLine: false };
    let lineWords = 0;
    let nextBreak = -1;
    // The widest shouted run of prose so far, else the widest label (token indexes).
    let best: { first: number; last: number; width: number; prose: boolean } | null = null;

    const flush = (endsLine: boolean): void => {
      if (!run.open) return;
      const { first, last, link } = run;
      const isLinkLabel = link >= 0 && (links.words[link] ?? 0) <= MAX_LINK_LABEL_WORDS;
      const isLineLabel = link < 0 && run.opensLine && endsLine && run.words <= MAX_LINE_LABEL_WORDS;
      // `FREE CASH!` on a line of its own is shouting, not a heading.
      const lastEnd = ends[last] ?? 0;
      const exclaimed = exclaimedAt(text, lastEnd);
      const label = (isLinkLabel || isLineLabel) && !exclaimed;
      let key = norms[normIds[first] ?? -1] ?? '';
      for (let index = first + 1; index <= last; index++) key += ` ${norms[normIds[index] ?? -1] ?? ''}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const repeat = 1 / (occurrence * occurrence);
      const shouted = run.words >= MIN_RUN ? run.words : run.long;
      caps += (label ? run.words * LABEL_WEIGHT : shouted) * repeat;
      const width = lastEnd - (starts[first] ?? 0);
      const prose = !label && shouted > 0;
      if ((prose || label) && (!best || (prose && !best.prose) || (prose === best.prose && width > best.width))) best = { first, last, width, prose };
      run.open = false;
    };

    let previousEnd = 0;
    for (let index = 0; index < tokens.length; index++) {
      const flags = flagsOf[index] ?? 0;
      if (!(flags & TokenFlag.Alpha)) continue;
      const tokenStart = starts[index] ?? 0;
      const tokenEnd = ends[index] ?? 0;
      // A line break (a block's end, a <br>) between the last word and this one ends a line. The
      // next break is searched again only once a word has passed it: one scan of the text.
      if (nextBreak < previousEnd) {
        const found = text.indexOf('\n', previousEnd);
        nextBreak = found < 0 ? Infinity : found;
      }
      const gapStart = previousEnd;
      previousEnd = tokenEnd;
      if (nextBreak < tokenStart) {
        flush(true);
        lineWords = 0;
      } else if (run.open && endsSentence(text, gapStart, tokenStart)) {
        // A sentence is a unit of its own: the same shouted sentence twice is a repeat.
        flush(false);
      }
      if (isHidden(tokenStart, tokenEnd)) {
        flush(false);
        continue;
      }
      words++;
      const link = links.at(index);
      if (!(flags & TokenFlag.Upper) || isPlaceholder(tokenStart, tokenEnd)) {
        flush(false);
        lineWords++;
        continue;
      }
      if (run.open && run.link !== link) flush(false);
      if (!run.open) {
        run.open = true;
        run.first = index;
        run.words = 0;
        run.long = 0;
        run.link = link;
        run.opensLine = lineWords === 0;
      }
      run.last = index;
      run.words++;
      if (tokenEnd - tokenStart >= MIN_LONG) run.long++;
      lineWords++;
    }
    flush(true);

    const share = words > 0 ? caps / words : 0;
    if (words < MIN_WORDS || caps < MIN_CAPS || share < MIN_SHARE || !best) return [];
    const { first: firstIndex, last: lastIndex } = best as { first: number; last: number };
    const first = tokens.get(firstIndex) as Token;
    const last = tokens.get(lastIndex) as Token;
    const evidence = shorten(text.slice(first.start, last.end));
    const percent = Math.round(share * 100);
    return [
      {
        messageId: 'caps',
        suggestionId: 'sentence-case',
        data: { percent, evidence },
        evidence,
        location: inText(first.start, last.end),
        strength: share / SHARE_PER_UNIT,
      },
    ];
  },
});
