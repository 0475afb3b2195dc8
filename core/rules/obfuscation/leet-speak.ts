// Detects words disguised with digits or symbols for letters: `V1agra`, `B0NUS`, `fr€e`, and `c@sh`
// or `$ave` when they spell a trigger phrase; and drug names disguised past that (`vlagra`,
// `vi-ag-ra`, `v*1*@*g*r*a`, `viaagra`: the trigger fact's obfuscation reading, SpamAssassin's
// 25_replace.cf FUZZY_* rules), and common spam words disguised the same way (`m0rtgage`,
// `pr!ces`, `sofftwaree`: FUZZY_MORTGAGE, FUZZY_PRICES, FUZZY_SOFTWARE), whose plain spelling
// counts for nothing. Spelled this way a trigger slips past wordlists while staying
// readable, so filters that undo the swaps (SpamAssassin's 20_drugs.cf spells out such variants)
// score the disguise itself. Codes like `mp3`, `b2b`, `4K`, `Win10`, `Buy4Now`, e-mail addresses
// and random IDs are left alone.
import { isTriggerHit, type DisguisedTrigger, type DisguisedWord, type PhraseHitList } from '../../facts/triggers.ts';
import type { TokenList } from '../../text/tokenize.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inSubject, inText, shorten, type MessageHit } from '../rule.ts';

const MAX_DISTINCT_WORDS = 50;
/** A disguised word without a trigger must have this many letters: `i18n` and `k8s` are jargon. */
const MIN_LETTERS = 4;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

/** Digits that look like the letter they replace (`0`→o, `1`→i/l, `3`→e): the disguise of `V1agra`, `B0NUS`. */
const LOOKALIKE_DIGITS = new Set(['0', '1', '3']);

/** One casing throughout (`money`, `MONEY`, `Money`): random strings and codes mix cases. */
function hasWordCasing(letters: string): boolean {
  const rest = letters.slice(1);
  return letters === letters.toLowerCase() || letters === letters.toUpperCase() || rest === rest.toLowerCase();
}

/** Reads like a word: vowels in a word's share and no long consonant clusters (`kbifvd` does not). */
function isPronounceable(word: string): boolean {
  let vowels = 0;
  let cluster = 0;
  for (const char of word) {
    if ('aeiouy'.includes(char)) {
      vowels++;
      cluster = 0;
    } else if (++cluster >= 4) {
      return false;
    }
  }
  return vowels >= word.length * 0.25 && vowels <= word.length * 0.65;
}

/**
 * Whether a word, without help from the wordlists, is clearly a disguise: one or two look-alike
 * digits inside a run of letters of one casing, spelling something pronounceable (`V1agra`,
 * `m0ney`, `C0NFIRMATI0N`), or a euro or pound sign between letters (`fr€e`). Symbols like `@`
 * and `$` stand in for letters too, but addresses, code and `M$` jokes use them as well: those
 * count only when they spell a trigger phrase.
 */
function isDisguise(word: string, norm: string): boolean {
  if (word.length > 20) return false;
  const chars = [...word];
  let letters = '';
  let digits = 0;
  let currency = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (isLetter(char)) {
      letters += char;
      continue;
    }
    const inside = isLetter(chars[i - 1]) && isLetter(chars[i + 1]);
    if (!inside) return false;
    if (LOOKALIKE_DIGITS.has(char)) digits++;
    else if (char === '€' || char === '£') currency = true;
    else return false;
  }
  if (currency) return digits === 0 && letters.length >= 3;
  return digits > 0 && digits <= 2 && letters.length >= MIN_LETTERS && hasWordCasing(letters) && isPronounceable(norm);
}

export default defineRule({
  id: 'leet-speak',
  category: 'obfuscation',
  description: 'Words disguised with digits or symbols for letters',
  weight: 1.2,
  cap: 3,
  messages: {
    'disguised-trigger':
      '`{evidence}`{where, select, subject { in the subject} other {}} swaps letters for digits or symbols to spell `{norm}`{whole, select, yes {, a trigger word} other {, part of the trigger phrase `{phrase}`}}. Disguising a trigger is itself a strong spam sign: filters undo the swap, then score the disguise too.',
    'disguised':
      '`{evidence}`{where, select, subject { in the subject} other {}} swaps letters for digits or symbols (it reads as `{norm}`). Legitimate mail spells its words out; filters read this as an attempt to slip past them.',
    'disguised-name':
      '`{evidence}`{where, select, subject { in the subject} other {}} is the drug name `{norm}` in disguise: letters written as look-alike characters, doubled, or split by symbols. Filters read such disguises (SpamAssassin\'s FUZZY rules) and score the disguise on top of the word.',
    'disguised-word':
      '`{evidence}`{where, select, subject { in the subject} other {}} is the word `{norm}` in disguise: letters written as look-alike characters, doubled, or split by symbols. The plain word is harmless; disguised, it is a spam sign filters score (SpamAssassin\'s FUZZY rules).',
    'spell-normally':
      'Spell the word normally ("{norm}"), and if it is a word filters dislike, rephrase rather than disguise it.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    const seen = new Set<string>();
    // Tokens of bare URLs (`/a1b2c3d`) are not words anyone reads.
    const insideUrl = overlapCursor(message.urlsInText);

    const scan = (view: string, tokens: TokenList, phraseHits: PhraseHitList, lone: Uint8Array, warned: Uint8Array, names: readonly DisguisedTrigger[], words: readonly DisguisedWord[], where: 'text' | 'subject'): void => {
      // Drug names and common spam words read through a disguise, each once, in text order; the
      // single letters spaced-letters reads (`V I A G R A`, `v.i.a.g.r.a`) are its finding.
      const disguised: readonly DisguisedWord[] = words.length === 0 ? names : [...names, ...words].sort((a, b) => a.start - b.start);
      let inDisguise = 0;
      for (const name of disguised) {
        if (hits.length >= MAX_DISTINCT_WORDS) break;
        if (name.spacedOnly) continue;
        const word = view.slice(name.start, name.end);
        if (seen.has(word)) continue;
        seen.add(word);
        const evidence = shorten(word);
        hits.push({
          messageId: 'definition' in name ? 'disguised-name' : 'disguised-word',
          suggestionId: 'spell-normally',
          data: { evidence, where, norm: name.word },
          evidence,
          location: where === 'subject' ? inSubject(name.start, name.end) : inText(name.start, name.end),
          strength: 1.5,
        });
      }
      for (let i = 0; i < tokens.length && hits.length < MAX_DISTINCT_WORDS; i++) {
        // The flags column first: a token object only for the few words that swap letters.
        if (!(tokens.flags(i) & TokenFlag.Leet)) continue;
        // A token of a disguised name (`v1-agra`) was reported with the name.
        while (inDisguise < disguised.length && (disguised[inDisguise]?.lastToken ?? 0) <= i) inDisguise++;
        if ((disguised[inDisguise]?.firstToken ?? Infinity) <= i) continue;
        const token = tokens.get(i);
        if (!token) continue;
        if (where === 'text' && insideUrl(token.start, token.end)) continue;
        const word = view.slice(token.start, token.end);
        // A phrase that counts only in company and has none (the trigger fact's `textLone` and
        // `subjectLone`: "award n0tification" alone), or a lure the sender warns against
        // (`textWarned` and `subjectWarned`: "never share your s33d phrase"), is no trigger: the
        // swap counts as in any word.
        const covering = phraseHits.covering(i) - 1;
        const trigger = isTriggerHit(phraseHits, lone, warned, covering) ? phraseHits.get(covering) : undefined;
        if (!trigger && !isDisguise(word, token.norm)) continue;
        if (seen.has(word)) continue;
        seen.add(word);
        const evidence = shorten(word);
        const phrase = trigger?.definition.phrase ?? token.norm;
        hits.push({
          messageId: trigger ? 'disguised-trigger' : 'disguised',
          suggestionId: 'spell-normally',
          data: { evidence, where, norm: token.norm, whole: phrase === token.norm ? 'yes' : 'no', phrase },
          evidence,
          location: where === 'subject' ? inSubject(token.start, token.end) : inText(token.start, token.end),
          strength: trigger ? 1.5 : 0.5,
        });
      }
    };
    const { triggers } = context.facts;
    scan(message.subject ?? '', message.subjectTokens, triggers.subject, triggers.subjectLone, triggers.subjectWarned, triggers.disguised.subject, triggers.disguisedWords.subject, 'subject');
    scan(message.text, message.tokens, triggers.text, triggers.textLone, triggers.textWarned, triggers.disguised.text, triggers.disguisedWords.text, 'text');
    return hits;
  },
});
