/**
 * How much text the reader sees: the words and characters outside hidden spans, counted here once
 * for every rule that weighs text against something (images, links, trigger hits, emoji,
 * punctuation) and for the report's `stats.words`. Which tokens are words the reader sees is
 * core/text/shown-words.ts's rule, the one every count of visible words reads: a word half hidden
 * counts once, where the reader sees it end.
 *
 * Characters are those the reader sees: a token's hidden characters are not counted, so 1,170
 * hidden letters inside one visible word do not make an image mail look like a text mail.
 */
import { Shown, shownTokens } from '../text/shown-words.ts';
import { TokenFlag } from '../text/tokenize.ts';
import { ENGLISH_CHARACTERS_PER_WORD, mayBeUnspaced, unspacedCharacters, unspacedWords } from '../text/word-count.ts';
import type { FactSources } from './index.ts';

export interface VisibleText {
  /**
   * words with a letter outside hidden text; a run of an unspaced script (Japanese, Chinese, Thai)
   * counts as the English words it stands for (core/text/word-count.ts), and the sum is rounded
   */
  readonly words: number;
  /**
   * characters the reader sees of the tokens that show (words, numbers): a token's hidden
   * characters are not counted, nor whitespace
   */
  readonly characters: number;
  /**
   * `characters` as the same text would have them in English: a run of an unspaced script counts
   * its English words at ENGLISH_CHARACTERS_PER_WORD each (core/text/word-count.ts,
   * `englishCharacters`), rounded; equal to `characters` for text of spaced scripts
   */
  readonly englishCharacters: number;
  /**
   * what the reader sees of each token, in token order (`Shown`, core/text/shown-words.ts): the
   * counts of visible words that leave some words out (link-density's prose, link-only-body's text
   * outside links) read it rather than walk the hidden spans again
   */
  readonly shown: Uint8Array;
}

/** The words the reader sees end and the characters shown of the message's tokens (above). */
export function countVisibleText({ message }: FactSources): VisibleText {
  const { text, tokens } = message;
  const shown = shownTokens(text, tokens, message.hidden);
  let words = 0;
  let characters = 0;
  let english = 0;
  // What shows of the token read: its characters and, of a token that may be unspaced, those of
  // an unspaced script.
  let unspacedToken = false;
  let visibleCharacters = 0;
  let han = 0;
  let kana = 0;
  let southeastAsian = 0;
  const visible = (from: number, to: number): void => {
    visibleCharacters += to - from;
    if (!unspacedToken) return;
    const counted = unspacedCharacters(text, from, to);
    han += counted.han;
    kana += counted.kana;
    southeastAsian += counted.southeastAsian;
  };
  const { starts, ends, flagsOf, length } = tokens;
  const shownOf = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    unspacedToken = mayBeUnspaced(text, starts[index] ?? 0, ends[index] ?? 0);
    visibleCharacters = han = kana = southeastAsian = 0;
    const seen = shown(index, visible);
    shownOf[index] = seen;
    if (seen === Shown.None) continue;
    // What shows of a word that runs on is read; its word counts with the next word shown.
    characters += visibleCharacters;
    const word = seen === Shown.Word && ((flagsOf[index] ?? 0) & TokenFlag.Alpha) !== 0;
    if (!unspacedToken) {
      english += visibleCharacters;
      if (word) words += 1;
      continue;
    }
    // one scan gives both figures: englishCharacters and wordsOf, as they count this token
    const unspaced = unspacedWords({ han, kana, southeastAsian });
    english += unspaced === 0 ? visibleCharacters : unspaced * ENGLISH_CHARACTERS_PER_WORD;
    if (word) words += unspaced === 0 ? 1 : unspaced;
  }
  return { words: Math.round(words), characters, englishCharacters: Math.round(english), shown: shownOf };
}
