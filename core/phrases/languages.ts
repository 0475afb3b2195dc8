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
}

export function writtenPhrases(triggers: PhraseMatcher): WrittenPhrases {
  const words = triggers.definitions.map((definition) => Object.freeze(Array.from(tokenize(definition.phrase), (token) => foldDiacritics(token.norm))));
  return { words: Object.freeze(words) };
}

/**
 * The first two words of the phrases of two words or more of several languages (each one's
 * WrittenPhrases, in a fixed order), as written: the first word → the second words that follow it →
 * the languages (their indexes in that order) with such a phrase. One index for all the languages a
 * subject may be read in, so a subject's pairs of words are looked up once, not once a language.
 */
export type WrittenStarts = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;

export function writtenStarts(languages: readonly WrittenPhrases[]): WrittenStarts {
  const starts = new Map<string, Map<string, number[]>>();
  languages.forEach((written, language) => {
    for (const [first, second] of written.words) {
      if (first === undefined || second === undefined) continue;
      let seconds = starts.get(first);
      if (!seconds) starts.set(first, (seconds = new Map()));
      const held = seconds.get(second);
      if (!held) seconds.set(second, [language]);
      else if (held[held.length - 1] !== language) held.push(language);
    }
  });
  return starts;
}

/**
 * For each of the `count` languages of `starts` (1 at its index), whether some two tokens side by
 * side are the first two words of one of its phrases, as written: no hit of two words or more can
 * be exact (SubjectLanguage.exact) without them, so a subject without them need not be stemmed
 * nor matched in that language. `folded` is each token's normal form, accents folded.
 */
export function languagesWritten(starts: WrittenStarts, count: number, folded: readonly string[]): Uint8Array {
  const held = new Uint8Array(count);
  for (let token = 0; token + 1 < folded.length; token++) {
    const languages = starts.get(folded[token] ?? '')?.get(folded[token + 1] ?? '');
    if (languages) for (const language of languages) held[language] = 1;
  }
  return held;
}

/** Each token's normal form with its accents folded (what WrittenPhrases holds). */
export function foldedNorms(tokens: TokenList): string[] {
  const folded: string[] = [];
  for (let token = 0; token < tokens.length; token++) folded.push(foldDiacritics(tokens.norm(token)));
  return folded;
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
  /** stem of each token of the text, computed as the matchers ask (the subject's: SubjectLanguage, the text part's: PlainLanguage) */
  readonly textStems: TokenStems;
}

/**
 * A language the text/plain alternative of a message with HTML is read in: the text's (the
 * MatchedLanguage list), and, when the language is detected, the text part's own
 * (`Message.plainLanguage`) when it has wordlists and is none of those: an English HTML beside a
 * French text part says its French pitch in French. One more language at most.
 */
export interface PlainLanguage {
  readonly language: string;
  readonly matchers: LanguageMatchers;
  /** stem of each token of the text part (`Message.plainTokens`), computed as the matchers ask */
  readonly plainStems: TokenStems;
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
