// Detects text the reader cannot see (display:none, visibility:hidden, a zero or tiny font, text
// coloured like its background or nearly so, off the page, in a zero-size box, transparent,
// `hidden`), by inline styles and by `<style>` classes. Hidden words feed Bayesian filters innocent
// text, or slip trigger phrases and hash-busting strings past them ("Bayes poison"); legitimate
// mail hides one thing only, the preheader. Source: SpamAssassin HTML_FONT_LOW_CONTRAST,
// HTML_TEXT_INVISIBLE_FONT / _STYLE, HTML_FONT_SIZE_TINY; rspamd R_WHITE_ON_WHITE, ZERO_FONT.
import { isTriggerHit } from '../../facts/triggers.ts';
import { HIDDEN_REASONS, type HiddenSpanList } from '../../message/hidden-spans.ts';
import type { HiddenReason, Message } from '../../message/message.ts';
import { TokenFlag, type TokenList } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, fragment, inText, shorten, type MessageHit, type RuleContext } from '../rule.ts';

/** A hidden block this long is listed on its own. */
const MIN_BLOCK_WORDS = 5;
/** A preheader (the inbox preview line) opens the body: at most this many visible words before it… */
const PREHEADER_MAX_LEAD = 5;
/** …and it is a sentence or two, not a wall of words. */
const PREHEADER_MAX_WORDS = 60;
/** Any hidden word outside the preheader weighs this much at least (times how sure the hiding is)… */
const BASE_STRENGTH = 0.2;
/** …and each hidden word adds its weight over this: 40 words hidden by `display:none` weigh one unit. */
const WORDS_PER_UNIT = 40;
/** A trigger phrase that the reader cannot see is there for the filter… */
const PHRASE_STRENGTH = 0.5;
/** …while one in a preheader still shows in the inbox preview: it counts for less, and its words not at all. */
const PREHEADER_PHRASE_STRENGTH = 0.25;
const MAX_LISTED = 10;
/** A number this long, hidden, is a hash-buster or tracking code rather than a stray digit. */
const MIN_NUMBER_LENGTH = 4;

/**
 * How much a hidden word counts, by how sure the hiding is. Display, visibility, position, a
 * zero-size box, transparency and the `hidden` attribute hide for certain. Font size and colour
 * depend on CSS we read in part (inherited resets, selectors we do not apply, button backgrounds),
 * so they count half; text that is merely faint (low contrast) is readable with effort.
 */
const REASON_WEIGHT: Readonly<Record<HiddenReason, number>> = {
  'display-none': 1,
  'visibility-hidden': 1,
  'off-page': 1,
  'zero-size-box': 1,
  transparent: 1,
  'hidden-attribute': 1,
  'zero-font-size': 0.5,
  'tiny-font-size': 0.5,
  'same-color-as-background': 0.5,
  'low-contrast': 0.25,
};

/**
 * `font-size:0` on a wrapper is a common layout trick (it removes the gaps between inline-block
 * columns, and a class sets the size again): when it would hide most of the text, we misread the
 * styles. Colour and tiny-font hiding are distrusted only when they would hide nearly everything.
 */
const SOFT_REASONS: ReadonlySet<HiddenReason> = new Set(['zero-font-size', 'tiny-font-size', 'same-color-as-background', 'low-contrast']);
const ZERO_FONT_MAJORITY = 0.5;
const SOFT_NEARLY_ALL = 0.9;


interface Block {
  start: number;
  end: number;
  words: number;
  /** words with a letter (a preheader is words, not a number) */
  alphaWords: number;
  /** words weighted by how sure the hiding is */
  weight: number;
  /** the surest way of hiding in the block, as a weight */
  surest: number;
  phrases: number;
  /** visible words before the block */
  readonly lead: number;
  readonly reasons: Set<HiddenReason>;
}

/**
 * The reason index (HIDDEN_REASONS) of the span of `spans` holding `start`, plus one, or 0 when
 * none does, advancing `cursor` (queries come in text order).
 */
function spanAt(spans: HiddenSpanList, cursor: { index: number }, start: number): number {
  while (cursor.index < spans.length && spans.end(cursor.index) <= start) cursor.index++;
  return cursor.index < spans.length && spans.start(cursor.index) <= start ? (spans.reasonIds[cursor.index] ?? 0) + 1 : 0;
}

/** The token at `index` is one a reader would count as a word: it has a letter, or it is a long number. */
function isWord(tokens: TokenList, index: number): boolean {
  return ((tokens.flagsOf[index] ?? 0) & TokenFlag.Alpha) !== 0 || (tokens.ends[index] ?? 0) - (tokens.starts[index] ?? 0) >= MIN_NUMBER_LENGTH;
}

/** Groups hidden words into blocks: hidden runs with no visible word between them. */
function hiddenBlocks(message: Message): Block[] {
  const { tokens, hidden, lowContrast } = message;
  const { starts, ends, flagsOf } = tokens;
  const isPlaceholder = overlapCursor(message.placeholders);
  // When a `<style>` rule we cannot apply paints colours or backgrounds, a button's background
  // may come from it: soft-hidden words inside a link are then not counted.
  const links = message.unreadPaint ? message.links.filter((link) => !link.bare && link.end > link.start) : [];
  const inLink = overlapCursor(links);

  // Read by column, a byte a token (the reason of its span, plus one; 0 when it is not hidden):
  // a Token object and a span object per word held 270,000 hidden words' worth of heap at once.
  const hiddenCursor = { index: 0 };
  const faintCursor = { index: 0 };
  const spans = new Uint8Array(tokens.length);
  let zeroFontWords = 0;
  let softWords = 0;
  let alphaWords = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (!isWord(tokens, index)) continue;
    const start = starts[index] ?? 0;
    const code = spanAt(hidden, hiddenCursor, start) || spanAt(lowContrast, faintCursor, start);
    spans[index] = code;
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha)) continue;
    alphaWords++;
    const reason = code > 0 ? HIDDEN_REASONS[code - 1] : undefined;
    if (reason === 'zero-font-size') zeroFontWords++;
    if (reason && SOFT_REASONS.has(reason)) softWords++;
  }
  const distrustZeroFont = zeroFontWords >= ZERO_FONT_MAJORITY * alphaWords;
  const distrustSoft = softWords >= SOFT_NEARLY_ALL * alphaWords;

  const blocks: Block[] = [];
  let lead = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (!isWord(tokens, index)) continue;
    const code = spans[index] ?? 0;
    const alpha = (flagsOf[index] ?? 0) & TokenFlag.Alpha ? 1 : 0;
    if (code === 0) {
      lead += alpha;
      continue;
    }
    const reason = HIDDEN_REASONS[code - 1] as HiddenReason;
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    if (isPlaceholder(start, end)) continue;
    if (SOFT_REASONS.has(reason)) {
      if (distrustSoft || (distrustZeroFont && reason === 'zero-font-size') || inLink(start, end)) continue;
    }
    const weight = REASON_WEIGHT[reason];
    const last = blocks[blocks.length - 1];
    if (last && last.lead === lead) {
      last.end = end;
      last.words++;
      last.alphaWords += alpha;
      last.weight += weight;
      last.surest = Math.max(last.surest, weight);
      last.reasons.add(reason);
    } else {
      blocks.push({ start, end, words: 1, alphaWords: alpha, weight, surest: weight, phrases: 0, lead, reasons: new Set([reason]) });
    }
  }
  return blocks;
}

/**
 * Counts each block's trigger phrases. A phrase that counts only in company and has none in the mail
 * (the trigger fact's `textLone`: a financial-aid office's preheader "your award notification for
 * 2027-28 is now available"), or a lure the sender warns against (`textWarned`: a bank's preheader
 * "we will never ask for your password or seed phrase"), is no trigger (`isTriggerHit`): no phrase
 * rule counts it, so hiding it slips nothing past a filter, and its words count as any hidden words do.
 */
function countPhrases(context: RuleContext, blocks: readonly Block[]): void {
  let index = 0;
  const { text: hits, textLone, textWarned } = context.facts.triggers;
  for (let at = 0; at < hits.length; at++) {
    if (!isTriggerHit(hits, textLone, textWarned, at)) continue;
    const start = hits.start(at);
    const end = hits.end(at);
    while (index < blocks.length && (blocks[index]?.end ?? 0) <= start) index++;
    const block = blocks[index];
    if (block && start >= block.start && end <= block.end) block.phrases++;
  }
}

/**
 * The preheader: the first hidden block, near the start of the body, a sentence or two of words.
 * Hidden at the top of legitimate newsletters so that the inbox shows it as the preview; anything
 * else hidden has no reader. Only its trigger phrases count.
 */
function isPreheader(block: Block | undefined): block is Block {
  return block !== undefined && block.lead <= PREHEADER_MAX_LEAD && block.words <= PREHEADER_MAX_WORDS && block.alphaWords > 0;
}

/** `elsewhere`: strength of unlisted blocks, counted with this one. */
function describe(block: Block, context: RuleContext, strength: number, elsewhereWords: number): MessageHit {
  const evidence = shorten(context.message.text.slice(block.start, block.end));
  // Each way of hiding is a phrase of its own (`how-<reason>`); several are joined as a list in the reader's language.
  const how = [...block.reasons].map((reason) => fragment(`how-${reason}`));
  const faintOnly = block.reasons.size === 1 && block.reasons.has('low-contrast');
  return {
    messageId: faintOnly ? 'faint' : 'hidden',
    suggestionId: faintOnly ? 'raise-contrast' : 'remove-hidden',
    data: { text: evidence, words: block.words, phrases: block.phrases, more: elsewhereWords, how },
    evidence,
    location: inText(block.start, block.end),
    strength,
  };
}

export default defineRule({
  id: 'hidden-text',
  category: 'structure',
  description: 'Text hidden from the reader',
  weight: 1.5,
  cap: 3,
  messages: {
    'hidden':
      '`{text}` ({words, plural, one {# word} other {# words}}{phrases, plural, =0 {} one {, with # trigger phrase among them} other {, with # trigger phrases among them}}{more, plural, =0 {} one {, and # more hidden word elsewhere} other {, and # more hidden words elsewhere}}) is hidden from the reader by {how}. Filters read hidden text as an attempt to feed them words the reader never sees — the classic "Bayes poison" — or to slip phrases past them.',
    'remove-hidden':
      'Delete the hidden text or make it visible. For inbox preview text, keep one short preheader sentence, without sales wording, at the very top of the body.',
    'faint':
      '`{text}` ({words, plural, one {# word} other {# words}}{phrases, plural, =0 {} one {, with # trigger phrase among them} other {, with # trigger phrases among them}}{more, plural, =0 {} one {, and # more hidden word elsewhere} other {, and # more hidden words elsewhere}}) is set in {how}, so the reader barely sees it. Filters read text a reader cannot make out as written for them (SpamAssassin\'s HTML_FONT_LOW_CONTRAST).',
    'raise-contrast':
      'Give the text a colour that stands out from its background, or delete it.',
    'how-display-none': '`display:none`',
    'how-visibility-hidden': '`visibility:hidden`',
    'how-zero-font-size': 'a zero font size',
    'how-tiny-font-size': 'a font smaller than 2 px',
    'how-same-color-as-background': 'a text colour equal to its background',
    'how-low-contrast': 'a text colour barely different from its background',
    'how-off-page': 'positioning it off the page',
    'how-zero-size-box': 'a zero-size box with `overflow:hidden`',
    'how-transparent': 'full transparency',
    'how-hidden-attribute': 'the `hidden` attribute',
  },
  check(context) {
    const { message } = context;
    if (message.hidden.length === 0 && message.lowContrast.length === 0) return [];
    const blocks = hiddenBlocks(message);
    countPhrases(context, blocks);
    // The preheader is hidden in the body but shown as the inbox preview: legitimate and expected,
    // unless it carries trigger phrases.
    const preheader = isPreheader(blocks[0]) ? blocks[0] : null;
    const counted = preheader && preheader.phrases === 0 ? blocks.slice(1) : blocks;
    if (counted.length === 0) return [];

    const strengthOf = (block: Block): number =>
      block === preheader ? PREHEADER_PHRASE_STRENGTH * block.phrases : block.weight / WORDS_PER_UNIT + PHRASE_STRENGTH * block.phrases;
    const others = counted.filter((block) => block !== preheader);
    const base = others.length > 0 ? BASE_STRENGTH * Math.max(...others.map((block) => block.surest)) : 0;
    const words = counted.reduce((sum, block) => sum + block.words, 0);

    const bySize = [...counted].sort((a, b) => b.words - a.words || a.start - b.start);
    const large = bySize.filter((block) => block.words >= MIN_BLOCK_WORDS || block.phrases > 0).slice(0, MAX_LISTED);
    // Many small hidden pieces add up: their words count with the largest listed block.
    const listed = large.length > 0 ? large : bySize.slice(0, 1);
    const elsewhereWords = words - listed.reduce((sum, block) => sum + block.words, 0);
    const elsewhere = counted.filter((block) => !listed.includes(block)).reduce((sum, block) => sum + strengthOf(block), 0);
    const largest = listed[0];
    return listed
      .sort((a, b) => a.start - b.start)
      .map((block) =>
        block === largest ? describe(block, context, base + strengthOf(block) + elsewhere, elsewhereWords) : describe(block, context, strengthOf(block), 0),
      );
  },
});
