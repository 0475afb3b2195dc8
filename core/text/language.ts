/**
 * Detects the language of the visible text with franc (trigram profiles), so that trigger phrases
 * and unsubscribe wording are matched in the language the mail is written in.
 */
import { franc } from 'franc-min';

/** ISO 639-3 (franc) → ISO 639-1 (our wordlists), for the languages we can tell apart well. */
const ISO_639_1: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'], ['fra', 'fr'], ['deu', 'de'], ['spa', 'es'], ['por', 'pt'], ['ita', 'it'],
  ['nld', 'nl'], ['pol', 'pl'], ['rus', 'ru'], ['ukr', 'uk'], ['tur', 'tr'], ['swe', 'sv'],
  ['cmn', 'zh'], ['jpn', 'ja'], ['kor', 'ko'], ['arb', 'ar'], ['vie', 'vi'], ['ind', 'id'],
]);
const CANDIDATES = [...ISO_639_1.keys()];

/** franc reads at most 2,048 characters; sampling the start keeps the cost flat on long mail. */
const SAMPLE = 2048;
/** Below this many letters a trigram guess is noise. */
const MIN_LETTERS = 40;

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE * 2 ? text.slice(0, SAMPLE * 2) : text;
  let letters = 0;
  for (let i = 0; i < sample.length && letters < MIN_LETTERS; i++) if (/\p{L}/u.test(sample[i] ?? '')) letters++;
  if (letters < MIN_LETTERS) return 'und';
  const code = franc(sample, { only: CANDIDATES, minLength: MIN_LETTERS });
  return ISO_639_1.get(code) ?? 'und';
}
