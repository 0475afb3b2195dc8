/**
 * The matchers of one language, built once per analyzer, and the same language as matched in one
 * analysis (with the stems of that analysis's tokens, so each token is stemmed once per language
 * however many matchers read it).
 */
import type { Stem } from '../text/stem.ts';
import type { PhraseMatcher, TokenStems } from './matcher.ts';

export interface LanguageMatchers {
  readonly language: string;
  /** trigger phrases: the language's lists and the user's own */
  readonly triggers: PhraseMatcher;
  /** opt-out wording ("unsubscribe", "se désabonner") */
  readonly unsubscribe: PhraseMatcher;
  /**
   * Negation and warning cues (`cue`: "never", "if someone"), the asking verbs they need (`verb`),
   * the calls to act (`act`), the words that end or carry their reach (`stop`, `and`, `glue`, `rel`) and the spam wording that holds
   * a negation word (`spam`: "don't miss"), one matcher so the longer wins (the trigger fact's `warned`)
   */
  readonly warnings: PhraseMatcher;
  /** phrases the user allowed, or null when there are none */
  readonly allow: PhraseMatcher | null;
}

export interface MatchedLanguage {
  readonly language: string;
  readonly matchers: LanguageMatchers;
  /** this analysis's stemmer of the language (it remembers the words it has seen, for this analysis only) */
  readonly stem: Stem;
  /** stem of each token of the text and of the subject, computed as the matchers ask */
  readonly textStems: TokenStems;
  readonly subjectStems: TokenStems;
}
