/**
 * How much text the reader sees: the words and characters outside hidden spans. The image rules
 * weigh pictures against it.
 */
import { TokenFlag } from '../text/tokenize.ts';
import { overlapCursor } from '../text/ranges.ts';
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

/** How much text the reader sees: words and their characters outside hidden spans. */
export function countVisibleText({ message }: FactSources): VisibleText {
  const hidden = overlapCursor(message.hidden);
  let words = 0;
  let characters = 0;
  let english = 0;
  const { starts, ends, flagsOf, length } = message.tokens;
  for (let index = 0; index < length; index++) {
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    if (hidden(start, end)) continue;
    characters += end - start;
    const alpha = (flagsOf[index] ?? 0) & TokenFlag.Alpha;
    if (!mayBeUnspaced(message.text, start, end)) {
      english += end - start;
      if (alpha) words += 1;
      continue;
    }
    // one scan gives both figures: englishCharacters and wordsOf, as they count this token
    const unspaced = unspacedWords(unspacedCharacters(message.text, start, end));
    english += unspaced === 0 ? end - start : unspaced * ENGLISH_CHARACTERS_PER_WORD;
    if (alpha) words += unspaced === 0 ? 1 : unspaced;
  }
  return { words: Math.round(words), characters, englishCharacters: Math.round(english) };
}
