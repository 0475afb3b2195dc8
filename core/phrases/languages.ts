/**
 * The matchers of one language, built once per analyzer, and the same language as matched in one
 * analysis (with the stems of that analysis's tokens, so each token is stemmed once per language
 * however many matchers read it).
 */
import { foldDiacritics, type Stem } from '../text/stem.ts';
import { tokenize, type TokenList } from '../text/tokenize.ts';
import type { PhraseMatcher, TokenStems } from './matcher.ts';

/**
 * The trigger phrases of one language as written, for reading a subject in a language not the
 * mail's (SubjectLanguage.exact): worked out once per analyzer, so an analysis does no work a phrase.
 */
export interface WrittenPhrases {
  /** each trigger's words (the matcher's `definitions`, by index), normalised like text, accents folded */
  readonly words: readonly (readonly string[])[];
  /** the first word of each phrase of two words or more → the second words that follow it */
  readonly starts: ReadonlyMap<string, ReadonlySet<string>>;
}

export function writtenPhrases(triggers: PhraseMatcher): WrittenPhrases {
  const words = triggers.definitions.map((definition) => Object.freeze(Array.from(tokenize(definition.phrase), (token) => foldDiacritics(token.norm))));
  const starts = new Map<string, Set<string>>();
  for (const [first, second] of words) {
    if (first === undefined || second === undefined) continue;
    let seconds = starts.get(first);
    if (!seconds) starts.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return { words: Object.freeze(words), starts };
}

/**
 * Whether some two tokens side by side are the first two words of a phrase of `written`, as
 * written: no hit of two words or more can be exact (SubjectLanguage.exact) without them, so
 * a subject without them need not be stemmed nor matched in that language. `folded` is each
 * token's normal form, accents folded.
 */
export function mayHoldWritten(written: WrittenPhrases, folded: readonly string[]): boolean {
  for (let token = 0; token + 1 < folded.length; token++) {
    if (written.starts.get(folded[token] ?? '')?.has(folded[token + 1] ?? '')) return true;
  }
  return false;
}

/** Each token's normal form with its accents folded (what WrittenPhrases holds). */
export function foldedNorms(tokens: TokenList): string[] {
  return Array.from({ length: tokens.length }, (_, token) => foldDiacritics(tokens.norm(token)));
}

export interface LanguageMatchers {
  readonly language: string;
  /** trigger phrases: the language's lists and the user's own */
  readonly triggers: PhraseMatcher;
  /** opt-out wording ("unsubscribe", "se désabonner") */
  readonly unsubscribe: PhraseMatcher;
  /**
   * Negation and warning cues (`cue`: "never", "if someone"; `asker`: "anyone who asks"), the
   * verbs they need (`ask`: "ask", "request"; `verb`: sharing and sending verbs, "share", "send"),
   * the calls to act (`act`), the words that end or carry their reach (`stop`, `and`, `glue`, `rel`)
   * and the spam wording that holds a negation word (`spam`: "don't miss"), one matcher so the
   * longer wins (the trigger fact's `textWarned` and `subjectWarned`)
   */
  readonly warnings: PhraseMatcher;
  /** phrases the user allowed, or null when there are none */
  readonly allow: PhraseMatcher | null;
  /** `triggers` as written (a subject read in a language not the mail's) */
  readonly written: WrittenPhrases;
}

export interface MatchedLanguage {
  readonly language: string;
  readonly matchers: LanguageMatchers;
  /** this analysis's stemmer of the language (it remembers the words it has seen, for this analysis only) */
  readonly stem: Stem;
  /** stem of each token of the text, computed as the matchers ask (the subject's: SubjectLanguage) */
  readonly textStems: TokenStems;
}

/**
 * A language the subject is read in. The subject is a few words, often in another language than
 * the body (a German subject on a Dutch newsletter, a Spanish one on English phishing), and too
 * short to detect (of 3–10-word subjects on mail whose body is not English, a detector named the
 * body's language for half or fewer, most often none): so besides the mail's languages it is read
 * in every other language that has trigger phrases, for its phrases of two words or more. A
 * one-word phrase read through another language's stemmer is the false hit (English `lib` is
 * Spanish `libido`'s stem).
 */
export interface SubjectLanguage {
  readonly language: string;
  readonly matchers: LanguageMatchers;
  /** stem of each token of the subject, computed as the matchers ask */
  readonly subjectStems: TokenStems;
  /**
   * true in the other languages: a hit counts only when it is two words or more (the triggers fact's
   * OTHER_LANGUAGE_MIN_TOKENS) and each word is the phrase's own, case and
   * accents aside (`último aviso`, `Ultimo Aviso`), not one that shares its stem. Through a foreign
   * stemmer English words reach foreign phrases (`Stock limits` is French `stock limité`, `Trading
   * robot` German `trading roboter`); a subject written in the language says the phrase as listed.
   * Known limit: English words that are the foreign phrase as written (`Mon: Cher concert`, French
   * `mon cher`) still count.
   */
  readonly exact: boolean;
}
