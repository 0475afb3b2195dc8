// The formatting rules, sorted by id. Every rule file is listed here by hand: no globbing.
import allCapsText from './all-caps-text.ts';
import excessiveEmoji from './excessive-emoji.ts';
import hugeFont from './huge-font.ts';
import loudFontTags from './loud-font-tags.ts';
import manyColors from './many-colors.ts';
import shoutingPunctuation from './shouting-punctuation.ts';

export default [allCapsText, excessiveEmoji, hugeFont, loudFontTags, manyColors, shoutingPunctuation];
