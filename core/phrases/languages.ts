/**
 * The matchers of one language, built once per analyzer, and the same language as matched in one
 * analysis (with the stems of that analysis's tokens, so each token is stemmed once per language
 * however many matchers read it).
 */
import type { PhraseMatcher } from './matcher.ts';

export interface LanguageMatchers {
  readonly language: string;
  /** trigger phrases: the language's lists and the user's own */
  readonly triggers: PhraseMatcher;
  /** opt-out wording ("unsubscribe", "se désabonner") */
  readonly unsubscribe: PhraseMatcher;
  /** phrases the user allowed, or null when there are none */
  readonly allow: PhraseMatcher | null;
}

export interface MatchedLanguage {
  readonly language: string;
  readonly matchers: LanguageMatchers;
  /** stem of each token of the text and of the subject, filled as the matchers ask */
  readonly textStems: (string | undefined)[];
  readonly subjectStems: (string | undefined)[];
}
