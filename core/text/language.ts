/**
 * Detects the language of the visible text with franc (trigram profiles), so that trigger phrases
 * and unsubscribe wording are matched in the language the mail is written in.
 */
import { franc } from 'franc-min';

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

export function detectLanguage(text: string): string {
  const sample = sampleOf(text);
  let letters = 0;
  for (let i = 0; i < sample.length && letters < MIN_LETTERS; i++) if (LETTER.test(sample[i] ?? '')) letters++;
  if (letters < MIN_LETTERS) return 'und';
  const code = franc(sample, { only: CANDIDATES, minLength: MIN_LETTERS });
  return ISO_639_1.get(code) ?? 'und';
}
