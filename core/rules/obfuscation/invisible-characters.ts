// Detects invisible characters inside words: zero-width spaces and joiners, soft hyphens between
// single letters, and bidi controls (RLO and friends) that reorder what the reader sees. "fr&#8203;ee"
// looks like "free" but matches no filter wordlist, so filters treat it as obfuscation (for bidi
// controls, cf. CVE-2021-42574 "Trojan Source"). Preheader padding between words is not flagged.
import { isTriggerHit, type PhraseHitList } from '../../facts/triggers.ts';
import type { TokenList } from '../../text/tokenize.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { isBidiControl, isInvisible, scriptOf } from '../../text/characters.ts';
import { defineRule, inSubject, fragment, inText, shorten, type MessageHit } from '../rule.ts';

const MAX_DISTINCT_WORDS = 50;

interface Invisibles {
  /** bidi embeddings, overrides and isolates */
  readonly bidi: number;
  /** places between two letters where invisible characters sit */
  readonly gaps: number;
  /** the longest run of invisible characters in one gap */
  readonly longestRun: number;
  /** the characters' ids in the rule's `character` message, or `U+…` for one it has no name for */
  readonly names: string[];
}

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'soft-hyphen'],
  [0x200b, 'zero-width-space'],
  [0x200c, 'zero-width-non-joiner'],
  [0x200d, 'zero-width-joiner'],
  [0x200e, 'left-to-right-mark'],
  [0x200f, 'right-to-left-mark'],
  [0x202a, 'left-to-right-embedding'],
  [0x202b, 'right-to-left-embedding'],
  [0x202c, 'pop-directional-formatting'],
  [0x202d, 'left-to-right-override'],
  [0x202e, 'right-to-left-override'],
  [0x2060, 'word-joiner'],
  [0xfeff, 'zero-width-no-break-space'],
]);

function nameOf(code: number): string {
  return NAMES.get(code) ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Scripts whose words legitimately carry zero-width (non-)joiners: Persian, Indic, and others. */
function joinerScript(code: number | undefined): boolean {
  return code !== undefined && scriptOf(code) === 'other';
}

/**
 * The suspicious invisible characters of one word, counted only between two visible characters:
 * the combining grapheme joiner and zero-width characters that trail a word are preheader padding.
 * Soft hyphens that split a word into pieces of two letters or more are hyphenation hints (German
 * compounds, long words in narrow columns); joiners between letters of scripts that need them
 * (Persian, Indic) are spelling.
 */
function inspect(word: string): Invisibles | null {
  const chars = [...word];
  const codes = chars.map((char) => char.codePointAt(0) ?? 0);
  let lastVisible = codes.length - 1;
  while (lastVisible >= 0 && isInvisible(codes[lastVisible] ?? 0)) lastVisible--;
  let bidi = 0;
  let gaps = 0;
  let longestRun = 0;
  let softHyphenGaps = 0;
  let shortPiece = false;
  let piece = 0;
  let seenVisible = false;
  const names = new Set<string>();
  for (let i = 0; i <= lastVisible; ) {
    const code = codes[i] ?? 0;
    if (!isInvisible(code)) {
      piece++;
      seenVisible = true;
      i++;
      continue;
    }
    // A run of invisible characters between two visible ones.
    let end = i;
    while (end <= lastVisible && isInvisible(codes[end] ?? 0)) end++;
    if (!seenVisible) {
      i = end;
      continue;
    }
    const run = codes.slice(i, end);
    const allSoftHyphens = run.every((c) => c === 0x00ad);
    const joiners = run.every((c) => c === 0x200c || c === 0x200d);
    if (allSoftHyphens) {
      softHyphenGaps++;
      if (piece === 1) shortPiece = true;
    } else if (joiners && (joinerScript(codes[i - 1]) || joinerScript(codes[end]))) {
      // spelling in a script that uses joiners
    } else {
      gaps++;
      longestRun = Math.max(longestRun, run.length);
      for (const c of run) {
        if (isBidiControl(c) && c !== 0x200e && c !== 0x200f) bidi++;
        if (c !== 0x00ad) names.add(nameOf(c));
      }
    }
    piece = 0;
    i = end;
  }
  if (softHyphenGaps > 0 && (shortPiece || piece === 1)) {
    gaps += softHyphenGaps;
    longestRun = Math.max(longestRun, 1);
    names.add('soft-hyphen');
  }
  return gaps > 0 ? { bidi, gaps, longestRun, names: [...names] } : null;
}

/**
 * How much one word weighs. Bidi controls are always deliberate. One zero-width character in a
 * word also has an honest use (`PO BO&zwnj;X` keeps phone apps from turning an address into a
 * link), so single ones weigh little unless they split a trigger word; runs of them do not.
 */
function strengthOf(found: Invisibles, trigger: boolean): number {
  if (found.bidi > 0) return 2;
  if (trigger || found.longestRun >= 2 || found.gaps >= 2) return 1;
  return 0.25;
}

export default defineRule({
  id: 'invisible-characters',
  category: 'obfuscation',
  description: 'Invisible or bidi-control characters inside words',
  weight: 1.0,
  cap: 3,
  messages: {
    'bidi':
      '`{evidence}`{where, select, subject { in the subject} other {}} contains {names} characters, which reorder the letters the reader sees, so the text shown differs from the text filters read. Spam and phishing use them to disguise words and addresses; filters score them hard.',
    'invisible':
      '`{evidence}`{where, select, subject { in the subject} other {}} hides invisible characters ({names}) between its letters, so it reads as `{norm}` to people but not to word filters, a known obfuscation trick.',
    'character':
      '{name, select, soft-hyphen {soft hyphen} zero-width-space {zero-width space} zero-width-non-joiner {zero-width non-joiner} zero-width-joiner {zero-width joiner} left-to-right-mark {left-to-right mark} right-to-left-mark {right-to-left mark} left-to-right-embedding {left-to-right embedding} right-to-left-embedding {right-to-left embedding} pop-directional-formatting {pop directional formatting} left-to-right-override {left-to-right override} right-to-left-override {right-to-left override} word-joiner {word joiner} zero-width-no-break-space {zero-width no-break space} other {{name}}}',
    'delete-invisible':
      'Delete the invisible characters: retype the word, or paste it as plain text (they often come from copied web text or "anti-filter" tools).',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    const seen = new Set<string>();
    // A phrase that counts only in company and has none (the trigger fact's `textLone` and
    // `subjectLone`: "award notification" alone), or a lure the sender warns against (`textWarned`
    // and `subjectWarned`: "we will never ask for your seed phrase"), is no trigger: a character in
    // it weighs as in any word.
    const scan = (view: string, tokens: TokenList, phraseHits: PhraseHitList, lone: Uint8Array, warned: Uint8Array, where: 'text' | 'subject'): void => {
      for (let t = 0; t < tokens.length && hits.length < MAX_DISTINCT_WORDS; t++) {
        // Numbers (`55&zwnj;331`) carry joiners only to keep phone apps from linking them. The flags
        // column first: a token object only for the few words that hide characters.
        const flags = tokens.flags(t);
        if (!(flags & TokenFlag.Invisible) || !(flags & TokenFlag.Alpha)) continue;
        const token = tokens.get(t);
        if (!token) continue;
        const word = view.slice(token.start, token.end);
        if (seen.has(word)) continue;
        seen.add(word);
        const found = inspect(word);
        if (!found) continue;
        const evidence = shorten(word);
        hits.push({
          messageId: found.bidi ? 'bidi' : 'invisible',
          suggestionId: 'delete-invisible',
          data: { evidence, where, norm: token.norm, names: found.names.map((name) => fragment('character', { name })) },
          evidence,
          location: where === 'subject' ? inSubject(token.start, token.end) : inText(token.start, token.end),
          strength: strengthOf(found, isTriggerHit(phraseHits, lone, warned, phraseHits.covering(t) - 1)),
        });
      }
    };
    const { triggers } = context.facts;
    scan(message.subject ?? '', message.subjectTokens, triggers.subject, triggers.subjectLone, triggers.subjectWarned, 'subject');
    scan(message.text, message.tokens, triggers.text, triggers.textLone, triggers.textWarned, 'text');
    // A few lone zero-width characters are a template's anti-autolink trick, not obfuscation.
    const total = hits.reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
    return total >= 1 ? hits : [];
  },
});
