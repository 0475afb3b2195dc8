// Detects words spelled with look-alike letters of another script: Cyrillic `а` in "pаypal",
// Greek `ο` in "Micrοsoft". The word reads normally but no filter's wordlist or brand check sees
// it; Unicode TR39 (security mechanisms) calls these mixed-script confusables.
// Text genuinely written in Cyrillic or Greek is not flagged.
import type { TokenList } from '../../text/tokenize.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { CONFUSABLE_LETTERS, scriptOf } from '../../text/characters.ts';
import { defineRule, inSubject, inText, shorten, type MessageHit } from '../rule.ts';

/** Share of Latin words from which a word written wholly in look-alikes is out of place. */
const LATIN_SHARE = 0.8;
const MAX_DISTINCT_WORDS = 50;

/** The look-alike letters in a word and the script they come from, e.g. `а` (`cyrillic`); `other` when none is known. */
function describeLookalikes(word: string): { letters: string; script: string } {
  const letters = new Set<string>();
  let script = '';
  for (const char of word) {
    const found = scriptOf(char.codePointAt(0) ?? 0);
    if (found && found !== 'latin' && found !== 'other' && CONFUSABLE_LETTERS.has(char.toLowerCase())) {
      letters.add(char);
      script ||= found;
    }
  }
  return { letters: [...letters].join(' '), script: script || 'other' };
}

/**
 * A deliberate look-alike word: at least three letters, most of its non-Latin letters known
 * look-alikes, and no letters of other scripts. Mis-decoded text (mojibake such as `өΤj` from a
 * wrong charset) mixes scripts too, but with letters no one would pick to imitate Latin.
 */
function isDeliberate(word: string): boolean {
  let letters = 0;
  let lookalikes = 0;
  let others = 0;
  for (const char of word) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    if (!script) continue;
    letters++;
    if (script === 'other') return false;
    if (script === 'latin') continue;
    if (CONFUSABLE_LETTERS.has(char.toLowerCase())) lookalikes++;
    else others++;
  }
  return letters >= 3 && lookalikes > others;
}

/** Counts words by their first letter's script: enough to tell Latin text from Cyrillic or Greek text. */
function countScripts(text: string, tokens: TokenList, counts: { latin: number; lookalikeScript: number }): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens.flags(i) & TokenFlag.Alpha)) continue;
    const script = scriptOf(text.codePointAt(tokens.start(i)) ?? 0);
    if (script === 'latin') counts.latin++;
    else if (script === 'cyrillic' || script === 'greek' || script === 'armenian') counts.lookalikeScript++;
  }
}

/** Reads the flags column: no token object per word, and most mail has no look-alike at all. */
function hasConfusable(tokens: TokenList): boolean {
  const { flagsOf } = tokens;
  for (let i = 0; i < tokens.length; i++) if ((flagsOf[i] ?? 0) & TokenFlag.Confusable) return true;
  return false;
}

export default defineRule({
  id: 'lookalike-characters',
  category: 'obfuscation',
  description: 'Words spelled with look-alike letters of another script',
  weight: 1.5,
  cap: 3,
  messages: {
    'lookalike':
      '`{evidence}`{where, select, subject { in the subject} other {}} is spelled with {script, select, cyrillic {Cyrillic} greek {Greek} armenian {Armenian} other {non-Latin}} letters that look Latin ({letters}); it reads as `{norm}`. Readers cannot tell, but word filters and brand checks miss it, which is why phishing uses it and filters score it.',
    'plain-latin':
      'Retype the word with plain Latin letters (text pasted from another document or a "fancy font" generator often brings these in).',
  },
  check(context) {
    const { message } = context;
    // Only words with look-alike letters are judged: most mail has none, and then there is nothing to count.
    if (!hasConfusable(message.tokens) && !hasConfusable(message.subjectTokens)) return [];
    const subject = message.subject ?? '';
    const counts = { latin: 0, lookalikeScript: 0 };
    countScripts(message.text, message.tokens, counts);
    countScripts(subject, message.subjectTokens, counts);
    const latinText = counts.latin > 0 && counts.latin >= (counts.latin + counts.lookalikeScript) * LATIN_SHARE;

    const hits: MessageHit[] = [];
    const seen = new Set<string>();
    const scan = (view: string, tokens: TokenList, where: 'text' | 'subject'): void => {
      for (const token of tokens) {
        if (!(token.flags & TokenFlag.Confusable) || hits.length >= MAX_DISTINCT_WORDS) continue;
        // A word mixing scripts is a disguise in any text; a word written wholly in look-alikes
        // (`РауРаl`) only stands out among Latin words.
        if (!(token.flags & TokenFlag.MixedScript) && !latinText) continue;
        const word = view.slice(token.start, token.end);
        if (seen.has(word) || !isDeliberate(word)) continue;
        seen.add(word);
        const evidence = shorten(word);
        const { letters, script } = describeLookalikes(word);
        hits.push({
          messageId: 'lookalike',
          suggestionId: 'plain-latin',
          data: { evidence, where, script, letters, norm: token.norm },
          evidence,
          location: where === 'subject' ? inSubject(token.start, token.end) : inText(token.start, token.end),
        });
      }
    };
    scan(subject, message.subjectTokens, 'subject');
    scan(message.text, message.tokens, 'text');
    return hits;
  },
});
