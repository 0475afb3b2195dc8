// Detects text the reader cannot see (display:none, visibility:hidden, a zero or tiny font, text
// coloured like its background, off the page, in a zero-size box, transparent, `hidden`). Hidden
// words feed Bayesian filters innocent text or slip trigger phrases past them ("bayes poison").
// Source: SpamAssassin HTML_FONT_LOW_CONTRAST, HTML_TEXT_INVISIBLE_FONT / _STYLE, HTML_FONT_SIZE_TINY.
import type { HiddenReason, HiddenSpan, Message } from '../../message/message.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inText, shorten, type RuleContext, type RuleHit } from '../rule.ts';

/** Hidden words (weighted), outside the preheader, below which nothing is reported: a stray hidden label is normal. */
const MIN_HIDDEN_WORDS = 15;
/** A hidden block this long is listed on its own. */
const MIN_BLOCK_WORDS = 5;
/** A preheader (the inbox preview line) opens the body: at most this many visible words before it… */
const PREHEADER_MAX_LEAD = 5;
/** …and it is a sentence or two, not a wall of words. */
const PREHEADER_MAX_WORDS = 60;
/** Hidden words per unit of strength: 50 hidden words weigh like one clear signal. */
const WORDS_PER_UNIT = 50;
const PHRASE_STRENGTH = 0.5;
const MAX_LISTED = 10;

/**
 * Font-size and colour hiding depend on CSS we read only in part (classes, inherited resets, button
 * backgrounds). `font-size:0` on a wrapper is a common layout trick (it removes the gaps between
 * inline-block columns, and a class sets the size again): when it would hide most of the text, we
 * misread the styles. Colour and tiny-font hiding are distrusted only when they would hide
 * nearly everything.
 */
const SOFT_REASONS: ReadonlySet<HiddenReason> = new Set(['zero-font-size', 'tiny-font-size', 'same-color-as-background']);
const ZERO_FONT_MAJORITY = 0.5;
const SOFT_NEARLY_ALL = 0.9;
/** A word hidden by font size or colour counts for this much of a word hidden by display or visibility. */
const SOFT_WEIGHT = 0.5;

const HOW: Readonly<Record<HiddenReason, string>> = {
  'display-none': '`display:none`',
  'visibility-hidden': '`visibility:hidden`',
  'zero-font-size': 'a zero font size',
  'tiny-font-size': 'a font smaller than 2 px',
  'same-color-as-background': 'a text colour equal to its background',
  'off-page': 'positioning it off the page',
  'zero-size-box': 'a zero-size box with `overflow:hidden`',
  transparent: 'full transparency',
  'hidden-attribute': 'the `hidden` attribute',
};

interface Block {
  start: number;
  end: number;
  words: number;
  /** words weighted by how sure the hiding is (soft reasons count half) */
  weight: number;
  phrases: number;
  /** visible words before the block */
  readonly lead: number;
  readonly reasons: Set<HiddenReason>;
}

/** Index of the hidden span holding [start, end), advancing `cursor` (queries come in text order). */
function spanAt(hidden: readonly HiddenSpan[], cursor: { index: number }, start: number): HiddenSpan | undefined {
  while (cursor.index < hidden.length && (hidden[cursor.index]?.end ?? 0) <= start) cursor.index++;
  const span = hidden[cursor.index];
  return span && span.start <= start ? span : undefined;
}

/** Groups hidden words into blocks: hidden runs with no visible word between them. */
function hiddenBlocks(message: Message): Block[] {
  const { tokens, hidden } = message;
  // Buttons and menus often get their background from a class we cannot read: soft-hidden words
  // inside a link are not counted.
  const links = message.links.filter((link) => !link.bare && link.end > link.start);
  const alpha = tokens.filter((token) => token.flags & TokenFlag.Alpha);

  let zeroFontWords = 0;
  let softWords = 0;
  const softCursor = { index: 0 };
  for (const token of alpha) {
    const span = spanAt(hidden, softCursor, token.start);
    if (span?.reason === 'zero-font-size') zeroFontWords++;
    if (span && SOFT_REASONS.has(span.reason)) softWords++;
  }
  const distrustZeroFont = zeroFontWords >= ZERO_FONT_MAJORITY * alpha.length;
  const distrustSoft = softWords >= SOFT_NEARLY_ALL * alpha.length;

  const blocks: Block[] = [];
  const cursor = { index: 0 };
  const inLink = overlapCursor(links);
  let lead = 0;
  for (const token of alpha) {
    const span = spanAt(hidden, cursor, token.start);
    if (!span) {
      lead++;
      continue;
    }
    if (SOFT_REASONS.has(span.reason)) {
      if (distrustSoft || (distrustZeroFont && span.reason === 'zero-font-size') || inLink(token.start, token.end)) continue;
    }
    const weight = SOFT_REASONS.has(span.reason) ? SOFT_WEIGHT : 1;
    const last = blocks[blocks.length - 1];
    if (last && last.lead === lead) {
      last.end = token.end;
      last.words++;
      last.weight += weight;
      last.reasons.add(span.reason);
    } else {
      blocks.push({ start: token.start, end: token.end, words: 1, weight, phrases: 0, lead, reasons: new Set([span.reason]) });
    }
  }
  return blocks;
}

function countPhrases(context: RuleContext, blocks: readonly Block[]): void {
  let index = 0;
  for (const hit of context.facts.triggers.text) {
    while (index < blocks.length && (blocks[index]?.end ?? 0) <= hit.start) index++;
    const block = blocks[index];
    if (block && hit.start >= block.start && hit.end <= block.end) block.phrases++;
  }
}

/** `elsewhere`: weighted hidden words of unlisted blocks, counted with this one. */
function describe(block: Block, context: RuleContext, elsewhere: number, elsewhereWords: number): RuleHit {
  const evidence = shorten(context.message.text.slice(block.start, block.end));
  const how = [...block.reasons].map((reason) => HOW[reason]).join(', ');
  const words = `${block.words} word${block.words === 1 ? '' : 's'}`;
  const phrases = block.phrases > 0 ? `, with ${block.phrases} trigger phrase${block.phrases === 1 ? '' : 's'} among them` : '';
  const more = elsewhereWords > 0 ? `, and ${elsewhereWords} more hidden word${elsewhereWords === 1 ? '' : 's'} elsewhere` : '';
  return {
    message: `\`${evidence}\` (${words}${phrases}${more}) is hidden from the reader by ${how}. Filters read hidden text as an attempt to feed them words the reader never sees — the classic "Bayes poison" — or to slip phrases past them.`,
    suggestion: 'Delete the hidden text or make it visible. For inbox preview text, keep one short preheader sentence at the very top of the body.',
    evidence,
    location: inText(block.start, block.end),
    strength: (block.weight + elsewhere) / WORDS_PER_UNIT + PHRASE_STRENGTH * block.phrases,
  };
}

export default defineRule({
  id: 'hidden-text',
  category: 'structure',
  description: 'Text hidden from the reader',
  weight: 1.2,
  cap: 3,
  check(context) {
    if (context.message.hidden.length === 0) return [];
    const blocks = hiddenBlocks(context.message);
    const first = blocks[0];
    // The preheader is hidden in the body but shown as the inbox preview: legitimate and expected.
    const counted = first && first.lead <= PREHEADER_MAX_LEAD && first.words <= PREHEADER_MAX_WORDS ? blocks.slice(1) : blocks;
    countPhrases(context, counted);
    const words = counted.reduce((sum, block) => sum + block.words, 0);
    const weight = counted.reduce((sum, block) => sum + block.weight, 0);
    const phrases = counted.reduce((sum, block) => sum + block.phrases, 0);
    if (weight < MIN_HIDDEN_WORDS && phrases === 0) return [];

    const bySize = [...counted].sort((a, b) => b.words - a.words || a.start - b.start);
    const large = bySize.filter((block) => block.words >= MIN_BLOCK_WORDS || block.phrases > 0).slice(0, MAX_LISTED);
    // Many small hidden pieces add up: their words count with the largest listed block.
    const listed = large.length > 0 ? large : bySize.slice(0, 1);
    const elsewhereWords = words - listed.reduce((sum, block) => sum + block.words, 0);
    const elsewhere = weight - listed.reduce((sum, block) => sum + block.weight, 0);
    const largest = listed[0];
    const hits = listed
      .sort((a, b) => a.start - b.start)
      .map((block) => (block === largest ? describe(block, context, elsewhere, elsewhereWords) : describe(block, context, 0, 0)));
    return hits;
  },
});
