// Detects words spelled out letter by letter: `f r e e`, `V.I.A.G.R.A`, `c-a-s-h`. Each letter is
// its own token to a word filter, so the trigger goes unseen while the reader still reads it;
// content filters and ESP checkers flag the pattern. Alphabet rows ("A B C D"),
// weekday headers ("S M T W T F S") and short initials ("I O U") are not words and are skipped.
import { LEET } from '../../text/characters.ts';
import type { TokenList } from '../../text/tokenize.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { defineRule, inSubject, inText, shorten, type RuleContext, type MessageHit } from '../rule.ts';

/** Fewest letters in a run: three single letters are initials or "I O U". */
const MIN_RUN = 4;
/** Without a trigger, a run must be this long to count as a spelled-out word. */
const MIN_RUN_ALONE = 5;
const MAX_HITS = 50;
/** Longer runs are letter grids or filler, not a word. */
const MAX_WORD = 30;
/** Separators between spelled-out letters, one character each. */
const SEPARATORS = new Set([' ', '\u00a0', '.', '-', '_', '*', '·']);

interface Run {
  readonly first: number;
  readonly last: number;
  readonly word: string;
  /** how many of the characters are letters rather than look-alike digits */
  readonly letters: number;
}

/** The letter a one-character token reads as (lower case, or a digit's leet letter); null for any other token. */
function singleCharacter(view: string, tokens: TokenList, index: number): string | null {
  const start = tokens.start(index);
  if (tokens.end(index) - start !== 1) return null;
  const char = view[start] ?? '';
  if (tokens.flags(index) & TokenFlag.Alpha) return char.toLowerCase();
  return LEET.has(char) ? (LEET.get(char) ?? null) : null;
}

/** Whether the token is one character that reads as a letter (singleCharacter without spelling it: no `toLowerCase`). */
function isSingleCharacter(view: string, tokens: TokenList, index: number): boolean {
  const start = tokens.start(index);
  if (tokens.end(index) - start !== 1) return false;
  return (tokens.flags(index) & TokenFlag.Alpha) !== 0 || LEET.has(view[start] ?? '');
}

/**
 * Calls `visit` with each run of one-character tokens with the same one-character separator
 * between them, in order, until it returns false. Reads the token columns: no token object per
 * word (this walks every token of every message); a run is dropped once visited, so a text of a
 * million runs does not hold them all at once. The walk only tests and counts tokens (no
 * `toLowerCase`, which makes a string per call); the word is spelled, in a second pass over the
 * run's columns, only for a run of MIN_RUN to MAX_WORD letters, the only ones that can be visited
 * (a letter never reads as an empty string, so a longer run's word is too long). Ten megabytes of
 * `a-a-a-…`, runs of 60, so spell nothing: the walk made ~200 MB of one-letter strings and
 * half-built words, +13 MB at the process's peak.
 */
function eachRun(view: string, tokens: TokenList, visit: (run: Run) => boolean): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isSingleCharacter(view, tokens, i)) {
      i++;
      continue;
    }
    let separator: string | null = null;
    let j = i;
    while (j + 1 < tokens.length) {
      const currentEnd = tokens.end(j);
      if (tokens.start(j + 1) - currentEnd !== 1) break;
      const gap = view[currentEnd] ?? '';
      if (!SEPARATORS.has(gap) || (separator !== null && gap !== separator)) break;
      if (!isSingleCharacter(view, tokens, j + 1)) break;
      separator = gap;
      j++;
    }
    const count = j - i + 1;
    if (count >= MIN_RUN && count <= MAX_WORD) {
      let word = '';
      let letters = 0;
      for (let k = i; k <= j; k++) {
        word += singleCharacter(view, tokens, k) ?? '';
        if (tokens.flags(k) & TokenFlag.Alpha) letters++;
      }
      if (word.length <= MAX_WORD && !visit({ first: i, last: j, word, letters })) return;
    }
    i = j + 1;
  }
}

/** "abcde", "abcdf" (grades): a row of the alphabet with at most one letter left out. */
function isAlphabetRow(word: string): boolean {
  let skips = 0;
  for (let i = 1; i < word.length; i++) {
    const step = word.charCodeAt(i) - word.charCodeAt(i - 1);
    if (step <= 0) return false;
    if (step > 1 && ++skips > 1) return false;
  }
  return true;
}

/** Real words have vowels; weekday initials ("smtwtfs") and codes mostly do not. */
function looksLikeWord(word: string): boolean {
  const vowels = [...word].filter((char) => 'aeiouyäöüéèàáíóú'.includes(char)).length;
  return vowels > 0 && vowels < word.length && !isAlphabetRow(word);
}

/** The trigger phrase a spelled-out word is, in the context's languages (the user's own phrases included). */
function triggerFor(word: string, context: RuleContext): string | null {
  return context.facts.triggers.word(word)?.phrase ?? null;
}

/** `a W I N N E R`: a lower-case article run into a capitalised word. */
function articleTrigger(view: string, tokens: TokenList, run: Run, context: RuleContext): string | null {
  const first = view[tokens.get(run.first)?.start ?? 0] ?? '';
  const second = view[tokens.get(run.first + 1)?.start ?? 0] ?? '';
  if (run.word.length <= MIN_RUN || first === first.toUpperCase() || second !== second.toUpperCase()) return null;
  return triggerFor(run.word.slice(1), context);
}

export default defineRule({
  id: 'spaced-letters',
  category: 'obfuscation',
  description: 'Words spelled out with spaces or dots between letters',
  weight: 1.0,
  cap: 3,
  messages: {
    'spelled-trigger':
      '`{evidence}`{where, select, subject { in the subject} other {}} spells out the trigger word `{trigger}` letter by letter. Word filters see single letters, not the word, and spacing a word out to hide it is scored as obfuscation.',
    'spelled-out':
      '`{evidence}`{where, select, subject { in the subject} other {}} spells out `{word}` letter by letter. Filters read spaced-out words as an attempt to slip past word matching, and screen readers spell them out too.',
    'write-normally':
      'Write the word normally ("{word}"); for a spaced-out look, use CSS letter-spacing instead of spaces.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    const scan = (view: string, tokens: TokenList, where: 'text' | 'subject'): void => {
      eachRun(view, tokens, (run) => {
        if (hits.length >= MAX_HITS) return false;
        // `3 3 0 7 1` is a spaced number; a disguised word is mostly letters (`V 1 A G R A`).
        if (run.letters < run.word.length * 0.75) return true;
        const trigger = triggerFor(run.word, context) ?? articleTrigger(view, tokens, run, context);
        if (!trigger && (run.word.length < MIN_RUN_ALONE || !looksLikeWord(run.word))) return true;
        const start = tokens.get(run.first)?.start ?? 0;
        const end = tokens.get(run.last)?.end ?? start;
        const evidence = shorten(view.slice(start, end));
        hits.push({
          messageId: trigger ? 'spelled-trigger' : 'spelled-out',
          suggestionId: 'write-normally',
          data: { evidence, where, word: run.word, trigger: trigger ?? run.word },
          evidence,
          location: where === 'subject' ? inSubject(start, end) : inText(start, end),
          strength: trigger ? 1.5 : 0.4,
        });
        return true;
      });
    };
    scan(message.subject ?? '', message.subjectTokens, 'subject');
    scan(message.text, message.tokens, 'text');
    return hits;
  },
});
