/**
 * The character classes as the tokenizer read them before the pinned table
 * (core/text/unicode-classes.ts): by the runtime's Unicode regexes. The table's tests compare with
 * them, on the table's own Unicode only (unicode-classes.test.ts, normalize-word.properties.test.ts).
 */
import { isAsciiLetter, type Script } from '../../core/text/characters.ts';

export const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** scriptOf as it was written before the table (core/text/characters.ts), the oracle. */
export function scriptByRegex(code: number): Script | null {
  if (code < 0x80) return isAsciiLetter(code) ? 'latin' : null;
  if (code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  if (code >= 0x0370 && code <= 0x03ff) return 'greek';
  if (code >= 0x0400 && code <= 0x052f) return 'cyrillic';
  if (code >= 0x0530 && code <= 0x058f) return 'armenian';
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) && !/\p{N}|\p{M}/u.test(String.fromCodePoint(code)) ? 'other' : null;
}
