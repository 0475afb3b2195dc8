/**
 * Detects the language of the visible text, so that trigger phrases and unsubscribe wording are
 * matched in the language the mail is written in. Most mail settles it by its function words,
 * counted on the tokens we already have (a few Set lookups); when they do not decide clearly,
 * franc's trigram profiles do. franc alone cost a fifth of the whole analysis.
 */
import { franc } from 'franc-min';
import { TokenFlag, type Token } from './tokenize.ts';

/**
 * Frequent function words that belong to one language only (words shared by two of them, like
 * `de`, `a`, `la`, `en`, `die`, `in`, are left out, so that each hit is a vote for one language).
 */
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', new Set(['the', 'and', 'you', 'your', 'of', 'to', 'are', 'for', 'with', 'this', 'that', 'be', 'have', 'our', 'will', 'from', 'it', 'not', 'please', 'can'])],
  ['fr', new Set(['les', 'et', 'vous', 'votre', 'vos', 'pour', 'est', 'une', 'dans', 'sur', 'avec', 'nous', 'au', 'qui', 'pas', 'sont', 'cette', 'aux', 'leur', 'être'])],
  ['de', new Set(['der', 'und', 'sie', 'ihr', 'ihre', 'ist', 'nicht', 'mit', 'für', 'ein', 'eine', 'das', 'den', 'dem', 'wir', 'auf', 'zu', 'von', 'sind', 'bitte'])],
  ['es', new Set(['el', 'los', 'las', 'y', 'su', 'sus', 'por', 'usted', 'más', 'nuestro', 'nuestra', 'también', 'puede', 'sin', 'esta', 'este', 'ustedes', 'hasta', 'muy', 'pero'])],
  ['pt', new Set(['os', 'você', 'seu', 'sua', 'não', 'é', 'um', 'uma', 'na', 'ao', 'pelo', 'pela', 'também', 'seus', 'suas', 'nossa', 'nosso', 'foi', 'são', 'às'])],
  ['it', new Set(['di', 'che', 'è', 'per', 'della', 'gli', 'sono', 'alla', 'questo', 'tuo', 'tua', 'ti', 'ci', 'nel', 'anche', 'più', 'delle', 'dei', 'essere', 'questa'])],
  ['nl', new Set(['het', 'een', 'van', 'uw', 'niet', 'met', 'voor', 'op', 'zijn', 'wij', 'ons', 'aan', 'ook', 'naar', 'bij', 'wordt', 'deze', 'kunt', 'jouw', 'heeft'])],
]);
/** Each function word → the languages it votes for, so a token costs one lookup, not one per language. */
const VOTES: ReadonlyMap<string, readonly string[]> = (() => {
  const votes = new Map<string, string[]>();
  for (const [language, words] of FUNCTION_WORDS) for (const word of words) votes.set(word, [...(votes.get(word) ?? []), language]);
  return votes;
})();

/** Words looked at, from the start of the text. */
const FUNCTION_WORD_SAMPLE = 300;
/** The leading language needs this many votes and this lead over the next one. */
const MIN_VOTES = 4;
const MIN_LEAD = 2;

/** The language its function words vote for, or null when the vote is not clear. */
function voteByFunctionWords(tokens: readonly Token[]): string | null {
  const votes = new Map<string, number>();
  let seen = 0;
  for (const token of tokens) {
    if (!(token.flags & TokenFlag.Alpha)) continue;
    if (++seen > FUNCTION_WORD_SAMPLE) break;
    for (const language of VOTES.get(token.norm) ?? []) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_VOTES) return null;
  return first[1] >= MIN_LEAD * (second?.[1] ?? 0) ? first[0] : null;
}

/**
 * ISO 639-3 (franc) → ISO 639-1 (our wordlists). The candidates are the languages we have lists
 * for plus their close neighbours (so Portuguese is not taken for Spanish); franc's cost grows
 * with each candidate, and the analyzer runs on every pause in typing.
 */
const ISO_639_1: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'], ['fra', 'fr'], ['deu', 'de'], ['spa', 'es'], ['por', 'pt'], ['ita', 'it'], ['nld', 'nl'],
]);
const CANDIDATES = [...ISO_639_1.keys()];

/** A sample of this many characters tells these languages apart; more only costs time. */
const SAMPLE = 400;
/** Below this many letters a trigram guess is noise. */
const MIN_LETTERS = 40;

const LETTER = /\p{L}/u;

/** Up to SAMPLE characters of words, whitespace runs collapsed, from the start of the text. */
function sampleOf(text: string): string {
  return text.slice(0, SAMPLE * 3).replace(/\s+/g, ' ').slice(0, SAMPLE);
}

export function detectLanguage(text: string, tokens: readonly Token[] = []): string {
  const voted = voteByFunctionWords(tokens);
  if (voted) return voted;
  const sample = sampleOf(text);
  let letters = 0;
  for (let i = 0; i < sample.length && letters < MIN_LETTERS; i++) if (LETTER.test(sample[i] ?? '')) letters++;
  if (letters < MIN_LETTERS) return 'und';
  const code = franc(sample, { only: CANDIDATES, minLength: MIN_LETTERS });
  return ISO_639_1.get(code) ?? 'und';
}
