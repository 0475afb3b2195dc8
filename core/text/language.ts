/**
 * Detects the language of the visible text, so that trigger phrases and unsubscribe wording are
 * matched in the language the mail is written in. Most mail settles it by its function words,
 * counted on the tokens we already have (a few Set lookups); when they do not decide clearly,
 * franc's trigram profiles do. franc alone cost a fifth of the whole analysis.
 *
 * A language we have no wordlist for must come out as itself or `und`, never as the nearest pack
 * (issue #11: Swedish read as German, Turkish and Finnish as Dutch, Chinese as French), or that
 * pack's phrases are matched against words they were never meant for. So the vote and the trigram
 * guess both know languages beyond ours, text mostly in another script is `und` at once, and
 * template syntax and Lorem ipsum (`unread`) never vote. Addresses written out (`addresses`) are
 * left out of the trigram sample and the script count, where their letters mislead (two host
 * names made a short Japanese line French), unless a function word of theirs voted; their words
 * always vote. A host's or a tracking path's letters are no function words, and a pitch packed
 * into a URL path (`https://x.com/gagnez-de-l-argent-facilement-depuis-chez-vous`) must read as
 * what it is, not `und`, nor English because of an English line before it.
 */
import { franc } from 'franc-min';
import type { FunctionWords } from '../data/types.ts';
import { isAsciiLetter } from './characters.ts';
import { mergeByStart, type Range } from './ranges.ts';
import { EMPTY_TOKENS, TokenFlag, type TokenList } from './tokenize.ts';

/** In `languages` (analyze()'s option, `--language`, a config), the language the message is written in, as detected. */
export const DETECTED_LANGUAGE = 'auto';

/**
 * The language a `languages` code names: lower case, a region or script dropped (`fr-CA` → `fr`,
 * `EN` → `en`, `pt-BR` → `pt`), `auto` as it is. Only the part before the first `-` is read; the
 * wordlists of a language serve all its regions.
 */
export function wordlistLanguageOf(code: string): string {
  const dash = code.indexOf('-');
  return (dash < 0 ? code : code.slice(0, dash)).toLowerCase();
}

/**
 * Frequent function words, indexed for the vote. They come from the analyzer's data
 * (wordlists/global/function-words.yml, validated so that each word is in the list of one language
 * only: words shared by two languages, like `de`, `a`, `la`, `en`, `die`, `in`, are left out, so
 * that each hit is a vote for one language). Those of the languages we have packs for, and those of
 * widely written Latin-script languages we have none for: a vote for one of those means "not one of
 * ours". Danish and Norwegian share most of theirs (one list), and all three Scandinavian languages
 * share some; a vote for either group reports `und`.
 */
export interface LanguageVotes {
  /** word → the languages it votes for (one lookup per token, not one per language) */
  readonly words: ReadonlyMap<string, readonly string[]>;
  /** the languages we have packs for */
  readonly ours: ReadonlySet<string>;
  /** what a vote for a language we have no pack for reports, when not its own code: `und` for a group */
  readonly labels: ReadonlyMap<string, string>;
}

/** The function words of the data, indexed once per analyzer. */
export function indexFunctionWords(entries: readonly FunctionWords[]): LanguageVotes {
  const words = new Map<string, string[]>();
  for (const { language, words: list } of entries) {
    for (const word of list) words.set(word, [...(words.get(word) ?? []), language]);
  }
  return {
    words,
    ours: new Set(entries.filter((entry) => entry.pack).map((entry) => entry.language)),
    labels: new Map(entries.flatMap((entry) => (entry.reports === undefined ? [] : [[entry.language, entry.reports] as const]))),
  };
}

/** No function words: the trigram guess alone decides. */
export const NO_VOTES: LanguageVotes = indexFunctionWords([]);

/** Words looked at, from the start of the text (unchecked-language reads its distinct words in as many). */
export const FUNCTION_WORD_SAMPLE = 300;
/** The leading language needs this many votes and this lead over the next one. */
const MIN_VOTES = 4;
const MIN_LEAD = 2;
/** …or this many different words of it when no other language has a single vote. */
const MIN_UNCONTESTED_WORDS = 2;

/**
 * The votes of the function words among the first FUNCTION_WORD_SAMPLE words of a text (template
 * syntax and filler copy left out; the words of addresses written out read): what the detection weighed, kept on the message so that a rule
 * that judges how surely a text is in a language reads them rather than counting them again.
 */
export interface FunctionWordVotes {
  /** language (as listed in the data: `da-no`, `nordic` for groups) → its function words' hits */
  readonly votes: ReadonlyMap<string, number>;
  /** the words looked at: those with a letter, up to FUNCTION_WORD_SAMPLE */
  readonly words: number;
}

/**
 * No votes counted: a text mostly in another script, settled before its words are looked at. A
 * fresh empty map each time: one shared by every such message would be module-level mutable state.
 */
function noFunctionWordVotes(): FunctionWordVotes {
  return { votes: new Map(), words: 0 };
}

/** What the detection read in a text: its language and the function words' votes behind it. */
export interface LanguageReading {
  readonly language: string;
  readonly functionWords: FunctionWordVotes;
}

/**
 * The language its function words vote for (null when the vote is not clear), `alone`: one of
 * ours that has a few different function words in the text while no other language has any, and
 * the votes counted, and `spoken`: those of `addresses` (in increasing order of start) that hold
 * a function word that voted.
 */
function voteByFunctionWords(
  tokens: TokenList,
  unread: readonly Range[],
  { words, ours: pack, labels }: LanguageVotes,
  addresses: readonly Range[],
): { language: string | null; alone: string | null; functionWords: FunctionWordVotes; spoken: ReadonlySet<Range> } {
  const votes = new Map<string, number>();
  const spoken = new Set<Range>();
  let address = 0;
  /** the different words that voted: `au` twice in `admin@x.com.au` is one word */
  const said = new Set<string>();
  let seen = 0;
  let skip = 0;
  const { starts, flagsOf } = tokens;
  for (let index = 0; index < tokens.length; index++) {
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha)) continue;
    const start = starts[index] ?? 0;
    while (skip < unread.length && (unread[skip]?.end ?? 0) <= start) skip++;
    const range = unread[skip];
    if (range && range.start <= start) continue;
    if (seen === FUNCTION_WORD_SAMPLE) break;
    seen++;
    const word = tokens.norm(index);
    const languages = words.get(word);
    if (!languages) continue;
    said.add(word);
    while (address < addresses.length && (addresses[address]?.end ?? 0) <= start) address++;
    const around = addresses[address];
    if (around && around.start <= start) spoken.add(around);
    for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const functionWords: FunctionWordVotes = { votes, words: seen };
  const ours = ranked(votes, (language) => pack.has(language));
  const others = ranked(votes, (language) => !pack.has(language));
  // One of ours: a clear lead over every other language.
  if (ours.first && ours.first[1] >= MIN_VOTES && ours.first[1] >= MIN_LEAD * Math.max(ours.second, others.first?.[1] ?? 0)) {
    return { language: ours.first[0], alone: null, functionWords, spoken };
  }
  const alone = ours.first && ours.second === 0 && !others.first && said.size >= MIN_UNCONTESTED_WORDS ? ours.first[0] : null;
  // Another language: it need only outvote ours, since calling it `und` costs little (English
  // still applies) and calling it one of ours applies the wrong wordlist.
  if (others.first && others.first[1] >= MIN_VOTES && others.first[1] > (ours.first?.[1] ?? 0)) {
    return { language: others.first[1] >= MIN_LEAD * others.second ? (labels.get(others.first[0]) ?? others.first[0]) : 'und', alone: null, functionWords, spoken };
  }
  return { language: null, alone, functionWords, spoken };
}

/** The language with most votes among those `include` accepts, and the votes of the runner-up. */
function ranked(votes: ReadonlyMap<string, number>, include: (language: string) => boolean): { first: [string, number] | null; second: number } {
  let first: [string, number] | null = null;
  let second = 0;
  for (const entry of votes) {
    if (!include(entry[0])) continue;
    if (!first || entry[1] > first[1]) {
      second = first?.[1] ?? 0;
      first = entry;
    } else if (entry[1] > second) second = entry[1];
  }
  return { first, second };
}

/**
 * ISO 639-3 (franc) → ISO 639-1. The candidates are the languages we have lists for, plus the
 * Latin-script languages franc-min knows that mail is often written in, so that one of those is
 * not forced onto the nearest of ours; franc's cost grows with each candidate, and the analyzer
 * runs on every pause in typing. Other scripts are settled before franc is asked.
 */
const ISO_639_1: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'], ['fra', 'fr'], ['deu', 'de'], ['spa', 'es'], ['por', 'pt'], ['ita', 'it'], ['nld', 'nl'],
  ['swe', 'sv'], ['tur', 'tr'], ['pol', 'pl'], ['ces', 'cs'], ['hun', 'hu'], ['ron', 'ro'], ['vie', 'vi'],
  ['ind', 'id'], ['zlm', 'ms'], ['hrv', 'hr'], ['tgl', 'tl'], ['swh', 'sw'],
]);
const CANDIDATES = [...ISO_639_1.keys()];

/** A sample of this many characters tells these languages apart; more only costs time. */
const SAMPLE = 400;
/** Below this many letters a trigram guess is noise. */
const MIN_LETTERS = 40;
/** Letters outside the Latin script past this share: none of our packs is written that way. */
const MAX_OTHER_SCRIPT = 0.3;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Up to SAMPLE characters of words, the `unread` ranges (in increasing order of start, overlapping
 * allowed) left out, each a space, whitespace runs collapsed, from the start of the text. The letters of a host name or a tracking token are no
 * words of the mail's language: two host names made a short Japanese line French, and a long
 * URL an English one German (issue #11).
 */
function sampleOf(text: string, unread: readonly Range[]): string {
  const limit = SAMPLE * 3;
  let raw = '';
  let cursor = 0;
  for (const range of unread) {
    if (range.start >= limit) break;
    if (range.start > cursor) raw += text.slice(cursor, range.start);
    raw += ' ';
    cursor = Math.max(cursor, range.end);
  }
  if (cursor < limit) raw += text.slice(cursor, limit);
  return raw.replace(/\s+/g, ' ').slice(0, SAMPLE);
}

/** The language of the text, as readLanguage reads it. */
export function detectLanguage(text: string, tokens: TokenList = EMPTY_TOKENS, unread: readonly Range[] = [], votes: LanguageVotes = NO_VOTES): string {
  return readLanguage(text, tokens, unread, votes).language;
}

/**
 * The language of the text: `und` when mostly in another script, else what its function words
 * (`votes`, from the analyzer's data; none by default) settle, else franc's trigram guess; with the
 * function words' votes it weighed (none when the text is mostly in another script). Each list in
 * increasing order of start: `unread`, what is not the sender's words, read by neither the script
 * count, the vote nor the trigram guess (template syntax and filler copy, placeholders.ts);
 * `addresses`, the addresses the text spells out (the link table's `addressRanges`: bare URLs and
 * link texts that show a domain), left out of the script count and the trigram sample only, and
 * only those none of whose function words voted: their words vote, and an address that holds a
 * function word is prose written as an address, so that a pitch written as a URL path is read.
 * parseMessage passes both.
 */
export function readLanguage(
  text: string,
  tokens: TokenList = EMPTY_TOKENS,
  unread: readonly Range[] = [],
  votes: LanguageVotes = NO_VOTES,
  addresses: readonly Range[] = [],
): LanguageReading {
  // An address that holds a function word is prose written as one (a pitch packed into a URL
  // path): its letters stay in the sample. A host's or a tracking token's hold none.
  const voted = voteByFunctionWords(tokens, unread, votes, addresses);
  const sample = sampleOf(text, mergeByStart(unread, voted.spoken.size === 0 ? addresses : addresses.filter((range) => !voted.spoken.has(range))));
  let letters = 0;
  let other = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      if (isAsciiLetter(code)) letters++;
      continue;
    }
    if (!LETTER.test(char)) continue;
    letters++;
    if (!LATIN.test(char)) other++;
  }
  if (letters > 0 && other >= MAX_OTHER_SCRIPT * letters && other >= 4) return { language: 'und', functionWords: noFunctionWordVotes() };
  const reading = (language: string): LanguageReading => ({ language, functionWords: voted.functionWords });
  if (voted.language) return reading(voted.language);
  if (letters < MIN_LETTERS && !voted.alone) return reading('und');
  // Below MIN_LETTERS the trigram guess is noise, and is asked only to veto `alone` (next).
  const guess = ISO_639_1.get(franc(sample, { only: CANDIDATES, minLength: Math.min(letters, MIN_LETTERS) })) ?? 'und';
  // A few function words of one of ours, and none of any other language's, outweigh a trigram
  // guess of another of ours on short mail (which read `Dear customer, your parcel is on its way`
  // as French), but not a guess of a language we have no pack for: Indonesian `di` and `per` are
  // Italian function words too, Norwegian `et` and `les` French ones.
  if (!voted.alone || guess === 'und' || votes.ours.has(guess)) return reading(voted.alone ?? guess);
  return reading(letters < MIN_LETTERS ? 'und' : guess);
}
