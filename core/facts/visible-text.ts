/**
 * How much text the reader sees: the words and characters outside hidden spans, counted here once
 * for every rule that weighs text against something (images, links, trigger hits, emoji,
 * punctuation) and for the report's `stats.words`. The parse counted the words too, with its own
 * rule for a word half hidden, and the two disagreed on 8 of 3,738 dev messages (issue 12).
 *
 * A word half hidden counts where the reader sees a word end: when some character of it shows, and
 * its last character or the one after it (the space or stop that ends it) shows too. Hidden filler
 * glued to a visible word is how word-salad phishing pads its text (phishing-modern):
 * `<span style="display:none">a</span>Verificamos` and `Verificamos<span …>rr</span> que` show the
 * word `Verificamos`, and count it; `eti<span …>O cheiro de</span>ficamos` shows one word,
 * `etificamos`, which ends (and counts) with the token `deficamos`, not with `etiO`. Counted against the words
 * of the text with its hidden characters taken out, over the 208 dev messages with hidden spans,
 * this rule is off by 39 words in all; counting a token when its first character shows (the
 * parse's old rule) by 220, when no character is hidden (the fact's) by 176, when any shows by 169.
 * A token counted has all its characters counted, hidden ones too: the share hidden is not measured.
 */
import { coverCursor, overlapCursor } from '../text/ranges.ts';
import { TokenFlag } from '../text/tokenize.ts';
import { ENGLISH_CHARACTERS_PER_WORD, mayBeUnspaced, unspacedCharacters, unspacedWords } from '../text/word-count.ts';
import type { FactSources } from './index.ts';

export interface VisibleText {
  /**
   * words with a letter outside hidden text; a run of an unspaced script (Japanese, Chinese, Thai)
   * counts as the English words it stands for (core/text/word-count.ts), and the sum is rounded
   */
  readonly words: number;
  /** characters of those words and of visible numbers (whitespace not counted) */
  readonly characters: number;
  /**
   * `characters` as the same text would have them in English: a run of an unspaced script counts
   * its English words at ENGLISH_CHARACTERS_PER_WORD each (core/text/word-count.ts,
   * `englishCharacters`), rounded; equal to `characters` for text of spaced scripts
   */
  readonly englishCharacters: number;
}

/** The words and characters of the message's tokens that end a word the reader sees (above). */
export function countVisibleText({ message }: FactSources): VisibleText {
  const { text, tokens } = message;
  /** every character of [start, end) hidden */
  const hides = coverCursor(message.hidden);
  /** some character of [start, end) hidden: asked of one character at a time */
  const hidden = overlapCursor(message.hidden);
  let words = 0;
  let characters = 0;
  let english = 0;
  const { starts, ends, flagsOf, length } = tokens;
  for (let index = 0; index < length; index++) {
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    if (hides(start, end)) continue;
    // What shows of it runs on, past the hidden text, into the next word shown, and counts there.
    if (hidden(end - 1, end) && end < text.length && hidden(end, end + 1)) continue;
    characters += end - start;
    const alpha = (flagsOf[index] ?? 0) & TokenFlag.Alpha;
    if (!mayBeUnspaced(text, start, end)) {
      english += end - start;
      if (alpha) words += 1;
      continue;
    }
    // one scan gives both figures: englishCharacters and wordsOf, as they count this token
    const unspaced = unspacedWords(unspacedCharacters(text, start, end));
    english += unspaced === 0 ? end - start : unspaced * ENGLISH_CHARACTERS_PER_WORD;
    if (alpha) words += unspaced === 0 ? 1 : unspaced;
  }
  return { words: Math.round(words), characters, englishCharacters: Math.round(english) };
}
