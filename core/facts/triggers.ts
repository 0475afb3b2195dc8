/**
 * Trigger phrases found in the text and the subject, in every matched language (the subject's also
 * in the others, two words or more as written: core/phrases/languages.ts), with the phrases the user allowed
 * taken out; and the trigger a single word is (for words spelled out letter by
 * letter), from the same matchers, so the user's own phrases and allowed words count there too.
 * Drug names read through a disguise (`vlagra`, `vi-ag-ra`, `v*1*@*g*r*a`: core/phrases/disguised.ts)
 * count among the hits as the trigger they spell, where no plain hit covers them.
 */
import type { DisguiseMatch, DisguiseReader } from '../phrases/disguised.ts';
import type { WrittenPhrases } from '../phrases/languages.ts';
import type { NoStart, PhraseDefinition, PhraseHit, PhraseHitColumns } from '../phrases/matcher.ts';
import { canKeepCompany, COMPANY_OF, hasCompany, isSamePhrase, MOST_COMPANY, needsCompany } from '../phrases/company.ts';
import { isAdmissionWording, isAdmissionWord } from '../phrases/shady-wording.ts';
import { ColumnList, firstPast } from '../text/columns.ts';
import type { TokenList } from '../text/tokenize.ts';
import { foldDiacritics } from '../text/stem.ts';
import { findUrls } from '../links/find-urls.ts';
import { overlapCursor } from '../text/ranges.ts';
import type { Facts, FactSources } from './index.ts';
import { BODY_SCAN_CHARS } from './scan-end.ts';

/**
 * The phrase hits of one text, in text order and apart, read by index: stored as the matcher's
 * columns (a definition index and two token indices, 12 bytes a hit), offsets read from the
 * tokens. 10 MB of "FREE money act now" holds 400,000 hits: as objects, with an index of the hit
 * covering each of its two million tokens, they held ~40 MB. `get(i)`, `map` and iteration build a
 * `PhraseHit` for whoever wants one; loops over every hit read the columns.
 */
export class PhraseHitList extends ColumnList<PhraseHit> {
  readonly length: number;
  readonly tokens: TokenList;
  readonly columns: PhraseHitColumns;

  constructor(tokens: TokenList, columns: PhraseHitColumns) {
    super();
    this.length = columns.length;
    this.tokens = tokens;
    this.columns = columns;
    Object.freeze(this);
  }

  /** The phrase of hit `index`, or undefined outside 0…length-1. */
  definition(index: number): PhraseDefinition | undefined {
    const { ids, definitions } = this.columns;
    return index >= 0 && index < this.length ? definitions[ids[index] ?? -1] : undefined;
  }

  /** Index of the first token of hit `index`, and one past its last. */
  firstToken(index: number): number {
    return this.columns.firsts[index] ?? 0;
  }

  lastToken(index: number): number {
    return this.columns.lasts[index] ?? 0;
  }

  /** Offsets of hit `index` in the tokenized string. */
  start(index: number): number {
    return this.tokens.start(this.firstToken(index));
  }

  end(index: number): number {
    return this.tokens.end(this.lastToken(index) - 1);
  }

  /** Hit `index` as an object, or undefined outside 0…length-1. */
  override get(index: number): PhraseHit | undefined {
    const definition = this.definition(index);
    if (!definition) return undefined;
    return { definition, firstToken: this.firstToken(index), lastToken: this.lastToken(index), start: this.start(index), end: this.end(index) };
  }

  /**
   * 1 + the index of the hit that covers token `token`, or 0: rules asking "is this word part of
   * a trigger?" ask it of a few words, so a binary search over the hits, not an index per token.
   * It relies on the hits being in order and disjoint (one matcher never overlaps its own hits, and
   * merging languages drops a hit that overlaps one kept): were one hit nested in another, a token
   * of the outer hit after the inner one would find only the inner one, and answer 0.
   */
  covering(token: number): number {
    const { firsts, lasts } = this.columns;
    // just past the last hit starting at or before the token
    const low = firstPast(firsts, this.length, token, false);
    return low > 0 && token < (lasts[low - 1] ?? 0) ? low : 0;
  }

  /** The hits as objects: what the list stands for, not its storage (for JSON and for dumps of the facts). */
  toJSON(): PhraseHit[] {
    return this.slice();
  }
}

export interface Triggers {
  readonly text: PhraseHitList;
  readonly subject: PhraseHitList;
  /**
   * For each hit of `text`, how much it counts among repeats of its phrase: 1 for the first,
   * 1/k² for the k-th, 0 for a lure the sender warns against (no use of its phrase). A product
   * grid's ten "BUY NOW" buttons, a menu repeated in header and footer, say the phrase once to a
   * reader, not ten times (issue #11: one template scored 10.6).
   */
  readonly textRepeatWeight: Float64Array;
  /**
   * For each hit of `text` (and of `subject`), 1 when a negation or warning governs it: a cue of
   * wordlists/global/warning-cues.yml beside an asking or sharing verb shortly before it in the same
   * clause ("we will never ask for your recovery phrase", "if a message tells you to claim your
   * airdrop"; not "don't lose access to your account, confirm…"), or a hit so governed
   * just before it in a list ("your seed phrase, recovery phrase or private keys"). The sender
   * quotes the lure to warn against it; it is not their own wording (issue #11). Worked out only
   * when a hit is a lure of WARNED_CATEGORIES, the only hits whose bit is read; otherwise empty
   * (every hit reads as 0). Every reader of the hits asks it through `isWarnedLureHit` (or
   * `isTriggerHit`): no finding of a phrase rule, subject-phrase or phrase-density, no pitch for
   * short-pitch, no lure for large-sum-lure or brand-link-mismatch (unless a link's host wears the
   * brand there), no trigger for hidden-text, split-by-tags, invisible-characters, leet-speak or
   * the bulk fact (wordlists/README.md).
   */
  readonly textWarned: Uint8Array;
  readonly subjectWarned: Uint8Array;
  /**
   * For each hit of `text` (and of `subject`), 1 when its phrase counts only in company (a wordlist
   * entry's `alone: false`: SpamAssassin's advance-fee sub-rules, which score only two or more
   * together) and the mail, text or subject, lacks the company it asks for: another distinct phrase
   * that keeps it company, two for an entry's `company: 2` (core/phrases/company.ts `hasCompany`; a
   * warned lure keeps none). Such a hit is no finding and no points of
   * its phrase rule, subject-phrase, phrase-density or short-pitch, and no trigger for hidden-text,
   * split-by-tags, invisible-characters, leet-speak or the bulk fact; large-sum-lure, a company rule
   * of its own (a sum and two lures), still counts it (wordlists/README.md). Empty when the mail has
   * no company-only hit (every hit reads as 0).
   */
  readonly textLone: Uint8Array;
  readonly subjectLone: Uint8Array;
  /** `textLone` for `plain`: the company may be in the text, the subject or the text part (filters read them all) */
  readonly plainLone: Uint8Array;
  /**
   * The hits of the text/plain alternative of a message with HTML (`message.plainText`, over
   * `message.plainTokens`): SpamAssassin's body rules and rspamd's text-part regexps read every
   * text part, so a pitch written only in the text part is read by filters (issue 11). Hits inside a
   * URL the text part writes out are left out (`https://shop.example/buy-now`: the HTML's link text
   * shows no such words). A phrase the HTML says too is here: the phrase rules leave its copy out
   * where the HTML's counts (definePhraseRule), so one said in both parts counts once and a text
   * part that repeats the HTML adds nothing, and one the HTML says but does not count (past its cut,
   * warned) counts here. Empty without a text part. Read by the phrase rules only; the other
   * readers of `text` judge the visible text.
   */
  readonly plain: PhraseHitList;
  /** `textRepeatWeight` for `plain` (a part of its own: its repeats are counted apart from `text`'s) */
  readonly plainRepeatWeight: Float64Array;
  /** `textWarned` for `plain`: a warning in the text part governs its lures as one in the HTML does */
  readonly plainWarned: Uint8Array;
  /**
   * The trigger one lower-case word is in the matched languages (a one-word phrase, or a phrase
   * written together: `ordernow`), or null when it is none or the user allowed it, or when it is a
   * phrase that counts only in company and the mail holds none for it (as `textLone` reads the hits:
   * `computerballot` spelled out alone is no trigger). The word is no hit, so it keeps no other
   * phrase company.
   */
  word(word: string): PhraseDefinition | null;
  /**
   * The hits of `text` and `subject` that are drug names read through a disguise, in text order,
   * with the tokens they cover: the obfuscation rules report the disguise, the phrase rules the
   * word (it is among the hits).
   */
  readonly disguised: { readonly text: readonly DisguisedTrigger[]; readonly subject: readonly DisguisedTrigger[] };
  /**
   * Common words of spam read through a disguise (`m0rtgage`, `pr!ces`, `sofftwaree`: the list's
   * `trigger: no` words, SpamAssassin's FUZZY_MORTGAGE, FUZZY_PRICES …), in text order: no
   * trigger (the plain word is any mail's), so only the obfuscation rules read them.
   */
  readonly disguisedWords: { readonly text: readonly DisguisedWord[]; readonly subject: readonly DisguisedWord[] };
}

export interface DisguisedWord extends DisguiseMatch {
  /** the tokens the disguise covers: index of the first and one past the last */
  readonly firstToken: number;
  readonly lastToken: number;
}

export interface DisguisedTrigger extends DisguisedWord {
  readonly definition: PhraseDefinition;
}

/** More letters than the word's, in a disguise that only doubles letters, before it counts for a spam word. */
const SPAM_WORD_MIN_DOUBLED = 2;

/**
 * Whether a disguise of a common word, as it reads (DisguiseMatch.written: lower case, invisible
 * characters left out), is more than a typo: a character that is not the word's own letter
 * (`m0rtgage`, `credlt`, `pr!ces`, `pr-ic-es`), or two letters doubled (`moortgaage`). One
 * doubled letter (`mortgagge`, `offerss`), one letter too many (`credilt`) or two neighbours
 * swapped (`obilgation`) is how people mistype. The plain word with symbols and a letter after it
 * (`software--e`) is the word, as SpamAssassin's `(?!software)` has it.
 */
function beyondTypo(written: string, word: string): boolean {
  if (written.startsWith(word)) return false;
  if (!/^[a-z]+$/.test(written)) return true;
  if (oneSlip(written, word)) return false;
  const single = (text: string): string => text.replace(/(.)\1+/g, '$1');
  if (single(written) !== single(word)) return true;
  return written.length - word.length >= SPAM_WORD_MIN_DOUBLED;
}

/** Whether `written` is `word` with one letter too many or two neighbouring letters swapped. */
function oneSlip(written: string, word: string): boolean {
  let at = 0;
  while (at < word.length && written[at] === word[at]) at++;
  if (written.length === word.length + 1) return written.slice(at + 1) === word.slice(at);
  return written.length === word.length && written[at] === word[at + 1] && written[at + 1] === word[at] && written.slice(at + 2) === word.slice(at + 2);
}

/**
 * The disguised drug names of one text as trigger hits: each on the tokens it covers exactly (a
 * token reaching outside the disguise, `c@vlagra`, is some other word), none where a plain hit
 * already is (`v1agra` is read by the matcher), each the trigger its name is in the matched
 * languages (none when the user allowed the word).
 */
function readDisguised(
  view: string,
  tokens: TokenList,
  plain: PhraseHitList,
  reader: DisguiseReader,
  word: (word: string) => PhraseDefinition | null,
  insideUrl: (start: number, end: number) => boolean,
): { triggers: DisguisedTrigger[]; words: DisguisedWord[] } {
  const found: DisguisedTrigger[] = [];
  const words: DisguisedWord[] = [];
  if (reader.size === 0 || tokens.length === 0) return { triggers: found, words };
  for (const match of reader.find(view)) {
    // A URL written in the text (`vlagra.example`, `x.com/v-i-agra`) is an address, not a word.
    if (insideUrl(match.start, match.end)) continue;
    const firstToken = tokens.indexEndingAfter(match.start);
    let lastToken = firstToken;
    while (lastToken < tokens.length && tokens.start(lastToken) < match.end) lastToken++;
    if (lastToken === firstToken || tokens.start(firstToken) < match.start || tokens.end(lastToken - 1) > match.end) continue;
    let covered = false;
    for (let token = firstToken; token < lastToken && !covered; token++) covered = plain.covering(token) > 0;
    if (covered) continue;
    if (reader.spamWords.has(match.word)) {
      if (beyondTypo(match.written, match.word)) words.push({ ...match, firstToken, lastToken });
      continue;
    }
    const definition = word(match.word);
    if (definition) found.push({ ...match, firstToken, lastToken, definition });
  }
  return { triggers: found, words };
}

/** The plain hits with the disguised ones added (they overlap none), as one list in text order. */
function withDisguised(plain: PhraseHitColumns, disguised: readonly DisguisedTrigger[], tokens: TokenList): PhraseHitColumns {
  if (disguised.length === 0) return plain;
  const length = disguised.length;
  const columns: PhraseHitColumns = {
    length,
    definitions: disguised.map((hit) => hit.definition),
    ids: Int32Array.from(disguised, (_, index) => index),
    firsts: Int32Array.from(disguised, (hit) => hit.firstToken),
    lasts: Int32Array.from(disguised, (hit) => hit.lastToken),
  };
  return mergeColumns([plain, columns], tokens);
}

const NO_HITS: PhraseHitColumns = Object.freeze({ length: 0, definitions: Object.freeze([]), ids: Object.freeze([]), firsts: Object.freeze([]), lasts: Object.freeze([]) });

/** The hits of `columns` at `indices` (in order). */
function pick(columns: PhraseHitColumns, indices: ArrayLike<number>): PhraseHitColumns {
  const { length } = indices;
  const ids = new Int32Array(length);
  const firsts = new Int32Array(length);
  const lasts = new Int32Array(length);
  for (let at = 0; at < length; at++) {
    const index = indices[at] ?? 0;
    ids[at] = columns.ids[index] ?? -1;
    firsts[at] = columns.firsts[index] ?? 0;
    lasts[at] = columns.lasts[index] ?? 0;
  }
  return { length, definitions: columns.definitions, ids, firsts, lasts };
}

/** The fewest tokens of a subject hit in a language not the mail's (a one-word phrase through a foreign stemmer is the false hit: core/phrases/languages.ts). */
const OTHER_LANGUAGE_MIN_TOKENS = 2;

/** The hits of at least `minTokens` tokens. */
function atLeast(hits: PhraseHitColumns, minTokens: number): PhraseHitColumns {
  if (minTokens <= 1) return hits;
  const kept: number[] = [];
  for (let index = 0; index < hits.length; index++) if ((hits.lasts[index] ?? 0) - (hits.firsts[index] ?? 0) >= minTokens) kept.push(index);
  return kept.length === hits.length ? hits : pick(hits, kept);
}

/**
 * The hits whose every token is the phrase's own word at that place, case and accents aside (the
 * words, not their stems: SubjectLanguage.exact). `written` holds each phrase's words (one analyzer's, read once).
 */
function exactly(hits: PhraseHitColumns, tokens: TokenList, written: WrittenPhrases): PhraseHitColumns {
  const kept: number[] = [];
  for (let index = 0; index < hits.length; index++) {
    const own = written.words[hits.ids[index] ?? -1] ?? [];
    const first = hits.firsts[index] ?? 0;
    const last = hits.lasts[index] ?? 0;
    let same = last - first === own.length;
    for (let token = first; same && token < last; token++) same = foldDiacritics(tokens.norm(token)) === own[token - first];
    if (same) kept.push(index);
  }
  return kept.length === hits.length ? hits : pick(hits, kept);
}

/** Drops hits that overlap a phrase the user allowed. Both are in text order. */
function withoutAllowed(hits: PhraseHitColumns, tokens: TokenList, allowed: readonly PhraseHit[]): PhraseHitColumns {
  if (allowed.length === 0) return hits;
  const isAllowed = overlapCursor(allowed);
  const kept: number[] = [];
  for (let index = 0; index < hits.length; index++) {
    const first = hits.firsts[index] ?? 0;
    const last = hits.lasts[index] ?? 0;
    if (!isAllowed(tokens.start(first), tokens.end(last - 1))) kept.push(index);
  }
  return kept.length === hits.length ? hits : pick(hits, kept);
}

/**
 * Drops an admission hit ("this is an advertisement") whose last word is another word of the stem:
 * "this is an advertising agency" matches the phrase's stems but admits nothing
 * (core/phrases/shady-wording.ts). Both text and subject, so no rule counts it.
 */
function withoutStemOnlyAdmissions(hits: PhraseHitColumns, tokens: TokenList): PhraseHitColumns {
  let kept: number[] | null = null;
  for (let index = 0; index < hits.length; index++) {
    const phrase = hits.definitions[hits.ids[index] ?? -1]?.phrase ?? '';
    const keep = !isAdmissionWording(phrase) || isAdmissionWord(tokens.norm((hits.lasts[index] ?? 0) - 1));
    if (!keep && kept === null) kept = Array.from({ length: index }, (_, at) => at);
    if (keep && kept !== null) kept.push(index);
  }
  return kept === null ? hits : pick(hits, kept);
}

/**
 * 1 for the first hit of each phrase, 1/k² for its k-th (all of them add up to at most π²/6 ≈ 1.64).
 * A lure the sender warns against (`warned`, isWarnedLureHit) is no use of its phrase: it weighs 0
 * and the sender's own lure after it is still the first (review rev42: three hidden "never share
 * your recovery phrase" made the visible "enter your recovery phrase" a fourth repeat, 1/16).
 */
export function repeatWeights(hits: PhraseHitList, warned: Uint8Array): Float64Array {
  const weights = new Float64Array(hits.length);
  const seen = new Map<string, number>();
  for (let index = 0; index < hits.length; index++) {
    if (isWarnedLureHit(hits, warned, index)) continue;
    const key = hits.definition(index)?.phrase ?? '';
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    weights[index] = 1 / (occurrence * occurrence);
  }
  return weights;
}

/**
 * Whether hit `index` of `hits` is a lure the sender warns against: its warned bit (`textWarned`,
 * `subjectWarned`, `plainWarned`, the one reading of the warnings) counts only for a lure of
 * WARNED_CATEGORIES. Every reader of the trigger hits asks it here (wordlists/README.md's table).
 */
export function isWarnedLureHit(hits: PhraseHitList, warned: Uint8Array, index: number): boolean {
  return warned[index] === 1 && WARNED_CATEGORIES.has(hits.definition(index)?.category ?? '');
}

/**
 * Whether hit `index` of `hits` is a trigger for the rules that read the hits as "a phrase a
 * filter would score" or a pitch (hidden-text, split-by-tags, invisible-characters, leet-speak,
 * the bulk fact, short-pitch, subject-phrase): not a company-only phrase with no company (`lone`:
 * `textLone`, `subjectLone`), nor a lure the sender warns against (`warned`: `textWarned`,
 * `subjectWarned`). Both are ordinary words to the phrase rules, so hiding, cutting or disguising
 * them slips nothing past a filter. False for an index outside the hits (`covering() - 1` of a
 * word no hit covers).
 */
export function isTriggerHit(hits: PhraseHitList, lone: Uint8Array, warned: Uint8Array, index: number): boolean {
  return index >= 0 && index < hits.length && lone[index] !== 1 && !isWarnedLureHit(hits, warned, index);
}

/**
 * Which hits of the text and the subject are company-only phrases with no company
 * (`Triggers.textLone`): one pass gathers, for each category that keeps some phrase company, up to
 * MOST_COMPANY + 1 distinct phrases that can (enough: the phrase asking may be one of them; the
 * phrases of one group count once, `isSamePhrase`), a
 * second pass marks the company-only hits that lack the company they ask for (`hasCompany`).
 * Linear in the hits. `alone`
 * asks the same of any phrase (`Triggers.word`'s spelled-out words), gathering on first use.
 */
function findLone(
  text: PhraseHitList,
  textWarned: Uint8Array,
  subject: PhraseHitList,
  subjectWarned: Uint8Array,
  plain: PhraseHitList,
  plainWarned: Uint8Array,
  scanEnd: number,
): { text: Uint8Array; subject: Uint8Array; plain: Uint8Array; alone: (definition: PhraseDefinition) => boolean } {
  /** category → up to MOST_COMPANY + 1 distinct companions of it, each a definition that keeps some phrase company; gathered once, when first asked */
  let companions: Map<string, PhraseDefinition[]> | undefined;
  /** each company-only phrase's answer, worked out once (a mail may repeat one thousands of times) */
  const answers = new Map<PhraseDefinition, boolean>();
  const alone = (definition: PhraseDefinition): boolean => {
    if (!needsCompany(definition)) return false;
    let answer = answers.get(definition);
    if (answer === undefined) {
      const gathered = (companions ??= gatherCompanions());
      answer = !hasCompany(definition, [...(COMPANY_OF.get(definition.category) ?? [])].flatMap((category) => gathered.get(category) ?? []));
      answers.set(definition, answer);
    }
    return answer;
  };
  const any = (hits: PhraseHitList): boolean => {
    for (let index = 0; index < hits.length; index++) if (needsCompany(hits.definition(index))) return true;
    return false;
  };
  if (!any(text) && !any(subject) && !any(plain)) return { text: NO_WARNED, subject: NO_WARNED, plain: NO_WARNED, alone };
  // A companion counts only where the phrase rules read it: before the text's cut (scanEnd) and the
  // text part's own (BODY_SCAN_CHARS); the subject is read whole. One read nowhere would make a
  // finding whose company the report never names (review of fraud38).
  function gatherCompanions(): Map<string, PhraseDefinition[]> {
    const gathered = new Map<string, PhraseDefinition[]>();
    const gather = (hits: PhraseHitList, warned: Uint8Array, end: number): void => {
      for (let index = 0; index < hits.length; index++) {
        const definition = hits.definition(index);
        if (definition === undefined || hits.start(index) >= end || isWarnedLureHit(hits, warned, index)) continue;
        const found = gathered.get(definition.category) ?? [];
        if (found.length > MOST_COMPANY || found.some((other) => isSamePhrase(other, definition)) || !canKeepCompany(definition)) continue;
        found.push(definition);
        gathered.set(definition.category, found);
      }
    };
    gather(text, textWarned, scanEnd);
    gather(subject, subjectWarned, Number.POSITIVE_INFINITY);
    gather(plain, plainWarned, BODY_SCAN_CHARS);
    return gathered;
  }
  const mark = (hits: PhraseHitList): Uint8Array => {
    const lone = new Uint8Array(hits.length);
    for (let index = 0; index < hits.length; index++) {
      const definition = hits.definition(index);
      if (definition !== undefined && alone(definition)) lone[index] = 1;
    }
    return lone;
  };
  return { text: mark(text), subject: mark(subject), plain: mark(plain), alone };
}

/** Hits from several languages can overlap: keep the longest, then the first. */
export function mergeHits(groups: readonly PhraseHit[][]): PhraseHit[] {
  // One language's hits are already in order and apart (most mail is matched in one language).
  const found = groups.filter((group) => group.length > 0);
  if (found.length <= 1) return found[0] ?? [];
  const all = found.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhraseHit[] = [];
  let reach = -1;
  for (const hit of all) {
    if (hit.start < reach) continue;
    merged.push(hit);
    reach = hit.end;
  }
  return merged;
}

/** `mergeHits` for the columns of one token list's hits in several languages. */
function mergeColumns(groups: readonly PhraseHitColumns[], tokens: TokenList): PhraseHitColumns {
  const found = groups.filter((group) => group.length > 0);
  if (found.length <= 1) return found[0] ?? NO_HITS;
  // All groups as one set of columns over one list of the phrases hit, each listed once (numbered
  // as first met). Not the groups' definitions joined, which copied a language's whole list (some
  // thousands of phrases) for a message's few hits; and no phrase a hit, which 722,000 hits pay for.
  const total = found.reduce((sum, group) => sum + group.length, 0);
  const definitions: PhraseDefinition[] = [];
  const numbers = new Map<PhraseDefinition, number>();
  const all = { length: total, definitions, ids: new Int32Array(total), firsts: new Int32Array(total), lasts: new Int32Array(total) };
  let at = 0;
  for (const group of found) {
    for (let index = 0; index < group.length; index++, at++) {
      const phrase = group.definitions[group.ids[index] ?? -1] as PhraseDefinition;
      let number = numbers.get(phrase);
      if (number === undefined) {
        number = definitions.push(phrase) - 1;
        numbers.set(phrase, number);
      }
      all.ids[at] = number;
      all.firsts[at] = group.firsts[index] ?? 0;
      all.lasts[at] = group.lasts[index] ?? 0;
    }
  }
  const start = (index: number): number => tokens.start(all.firsts[index] ?? 0);
  const end = (index: number): number => tokens.end((all.lasts[index] ?? 0) - 1);
  // A stable sort, as Array#sort is: of two equal hits, the earlier language's.
  const order = Array.from({ length: total }, (_, index) => index).sort((a, b) => start(a) - start(b) || end(b) - end(a));
  const merged: number[] = [];
  let reach = -1;
  for (const index of order) {
    if (start(index) < reach) continue;
    merged.push(index);
    reach = end(index);
  }
  return pick(all, merged);
}

/** The warned column of no hits (a typed array of length 0 holds nothing to change). */
const NO_WARNED = new Uint8Array(0);

/**
 * The categories of lures a bank's or exchange's warning quotes ("we will never ask for your
 * recovery phrase", "scammers promise a no deposit bonus"): only their warned bit is read (by
 * every reader of the hits, through isWarnedLureHit). Not the others (measured: spam says "NOT MLM",
 * "won't stay this low forever, click here", "don't need Viagra"): there the negation is the pitch,
 * and the user's watch list is shown wherever it is.
 */
export const WARNED_CATEGORIES: ReadonlySet<string> = new Set(['phishing', 'shady', 'free-offer']);

/** Whether any hit is a lure whose warned bit is read: the warning words are matched only then (most mail has none). */
function hasWarnableLure(hits: PhraseHitList): boolean {
  for (let index = 0; index < hits.length; index++) {
    if (WARNED_CATEGORIES.has(hits.definition(index)?.category ?? '')) return true;
  }
  return false;
}

/** Words between a cue and the first word of the hit it governs, at most ("never ask for your 24 word recovery phrase"). */
export const WARNING_WINDOW = 6;
/** Words between a governed hit and the next one of its list, at most ("seed phrase, recovery phrase or private keys"). */
export const WARNING_CHAIN = 3;

/** What separates two words, as a warning's reach sees it: nothing, a comma or a dash, the end of a clause. */
const GAP_UNREAD = 0;
const GAP_NONE = 1;
const GAP_COMMA = 2;
const GAP_CLAUSE = 3;

/**
 * What the characters between two words are: the end of a clause (`.` `!` `?` `;` `:` `…`, a
 * bullet, a blank line, a line that opens with `-` or `*`), a comma or a dash (` - `, `–`, `—`), or
 * nothing of both.
 * One line break is no end: plain text is wrapped mid-sentence.
 */
function readGap(text: string, from: number, to: number): number {
  let kind = GAP_NONE;
  let lineStart = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    switch (code) {
      case 0x2e: // .
      case 0x21: // !
      case 0x3f: // ?
      case 0x3b: // ;
      case 0x3a: // :
      case 0x2026: // …
      case 0x2022: // •
      case 0xb7: // ·
        return GAP_CLAUSE;
      case 0x0a:
        if (lineStart) return GAP_CLAUSE;
        lineStart = true;
        continue;
      case 0x2d: // -
      case 0x2a: // *
        if (lineStart) return GAP_CLAUSE;
        // A hyphen between spaces is a dash; inside a word (`e-mail`, `24-word`) it joins.
        if (code === 0x2d && index > from && text.charCodeAt(index - 1) === 0x20) kind = GAP_COMMA;
        break;
      case 0x2c: // ,
      case 0x2013: // –
      case 0x2014: // —
        kind = GAP_COMMA;
        break;
      default:
        break;
    }
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d && code !== 0xa0) lineStart = false;
  }
  return kind;
}

/** Words between a warning cue and the asking or sharing verb it governs, at most ("we will never ever ask", "no one will ask"). */
export const WARNING_VERB_REACH = 2;
/** Words between a relative or complement word and the asking verb it opens, at most ("that asks", "qui vous demande"). */
const WARNING_REL_REACH = 1;

/** Whether a warning word's kind opens a call to act: an imperative ("claim", "verify") or an asking verb ("click", "enter"). */
const isActKind = (kind: string | undefined): boolean => kind === 'act' || kind === 'verb' || kind === 'ask';

/** Words between a verb that opens its clause and the cue after it, at most ("Geben Sie niemals", "Wij vragen nooit"). */
const WARNING_VERB_BEFORE = 1;

/**
 * Which hits a warning governs (`Triggers.textWarned`): one pass over the hits and the warning
 * words, both in text order. A warning is a cue ("never", "no one will", "if someone") beside an
 * asking or sharing verb ("ask", "share", "click"): the verb at most WARNING_VERB_REACH words after
 * the cue, or at most WARNING_VERB_BEFORE before it, with nothing but words between. A cue without
 * such a verb governs nothing ("don't lose access…", "scammers are targeting your account"); an
 * asking verb within a warning's reach carries it on only at most WARNING_REL_REACH words after a
 * relative or complement word ("never send you an e-mail that asks you to"; not "… with anyone
 * click here"). The warning reaches the hit whose first word is at most WARNING_WINDOW words on,
 * with no comma, clause end, conjunction ("and", "or") or stop word ("so", "unless", "but",
 * "please") between, and a hit that opens with a call to act ("verify your account") only right
 * after the verb, after list glue, or after a relative word when the verb asks (`ask`, `asker`: "ask
 * you to verify"; after a sharing verb's object, "to" opens the sender's purpose: "never share this
 * offer to claim your gift"); a cue inside a live warning's reach renews it ("never share your code
 * with anyone who asks you to verify"); a governed hit
 * reaches the next within WARNING_CHAIN words when only list glue is between ("or", "your", a
 * comma; not a clause end, not a new verb), and a call to act only across a conjunction, never a
 * comma alone ("never ask for your seed phrase, verify your account here"). A cue inside a trigger hit ("no deposit
 * bonus", "no obligation") is none, and spam wording that holds a negation ("don't miss") is
 * matched with the cues, longest first, so its negation word is no cue. Each gap between two words
 * is read once.
 */
export function findWarned(text: string, tokens: TokenList, hits: PhraseHitList, words: PhraseHitColumns): Uint8Array {
  const warned = new Uint8Array(hits.length);
  if (words.length === 0 || hits.length === 0) return warned;
  const gaps = new Uint8Array(tokens.length);
  /** The worst gap before tokens from…to (each at least 1). */
  const worstGap = (from: number, to: number): number => {
    let worst = GAP_NONE;
    for (let token = Math.max(from, 1); token <= to && worst < GAP_CLAUSE; token++) {
      let gap = gaps[token] ?? GAP_UNREAD;
      if (gap === GAP_UNREAD) gaps[token] = gap = readGap(text, tokens.end(token - 1), tokens.start(token));
      if (gap > worst) worst = gap;
    }
    return worst;
  };
  let word = 0;
  /** one past the last word of the last cue, -1 for none */
  let cueEnd = -1;
  /** one past the last word of the last asking or sharing verb, -1 for none */
  let verbEnd = -1;
  /** whether that verb asks ("ask", "demander"), not shares or sends ("share", "e-mail") */
  let verbAsks = false;
  /** whether the warning that reaches on was last opened or renewed by an asking verb or cue: only then does a `rel` word open its object */
  let asks = false;
  /** one past the last word of the warning or governed hit that reaches on, -1 for none */
  let anchor = -1;
  let chained = false;
  /** list glue words (`and`, `glue`) after the anchor, and whether a conjunction is among them */
  let glue = 0;
  let conjunction = false;
  /** one past the last relative or complement word ("that", "to", "qui"), or of list glue, -1 for none */
  let relEnd = -1;
  let glueEnd = -1;
  let previousEnd = 0;
  const warn = (end: number) => {
    anchor = end;
    chained = false;
    glue = 0;
    conjunction = false;
  };
  for (let index = 0; index < hits.length; index++) {
    const first = hits.firstToken(index);
    for (; word < words.length && (words.lasts[word] ?? 0) <= first; word++) {
      const start = words.firsts[word] ?? 0;
      const end = words.lasts[word] ?? 0;
      if (start < previousEnd) continue;
      const kind = words.definitions[words.ids[word] ?? -1]?.category;
      switch (kind) {
        case 'asker':
        case 'cue':
          // a cue inside a live warning's reach renews it ("never share your code with anyone who asks
          // you to verify your account"); one that asks ("anyone who asks") opens an object as an
          // asking verb does, a negation's second word ("ne partagez … à personne pour") does not
          if (anchor >= 0 && !chained && !conjunction && start >= anchor && start - anchor <= WARNING_WINDOW && worstGap(anchor, start) === GAP_NONE) {
            cueEnd = end;
            warn(end);
            if (kind === 'asker') asks = true;
            break;
          }
          cueEnd = end;
          if (verbEnd >= 0 && start - verbEnd <= WARNING_VERB_BEFORE && worstGap(verbEnd, start) === GAP_NONE) {
            warn(end);
            asks = verbAsks || kind === 'asker';
          }
          break;
        case 'ask':
        case 'verb':
          verbEnd = end;
          verbAsks = kind === 'ask';
          // an asking verb within a warning's reach carries it on only as a relative or complement
          // ("never send you an e-mail that asks you to …"); a new request after the object does not
          // ("don't share this link with anyone click here …")
          if ((cueEnd >= 0 && start - cueEnd <= WARNING_VERB_REACH && worstGap(cueEnd, start) === GAP_NONE) || (anchor >= 0 && !chained && !conjunction && start >= anchor && start - anchor <= WARNING_WINDOW && relEnd >= anchor && start - relEnd <= WARNING_REL_REACH && worstGap(anchor, start) === GAP_NONE)) {
            warn(end);
            asks = verbAsks;
          } else if (verbAsks && anchor >= 0 && !chained && !conjunction && start >= anchor && start - anchor <= WARNING_WINDOW && worstGap(anchor, start) === GAP_NONE) {
            // an asking verb inside the reach that does not renew it still makes what it asks the
            // warning's object ("never send you an email asking you to confirm your password")
            asks = true;
          }
          break;
        case 'rel':
          relEnd = end;
          break;
        case 'stop':
          anchor = -1;
          cueEnd = -1;
          verbEnd = -1;
          relEnd = -1;
          break;
        case 'and':
          conjunction = true;
          glue += end - start;
          cueEnd = -1;
          verbEnd = -1;
          break;
        case 'glue':
          glue += end - start;
          glueEnd = end;
          break;
        default:
          break;
      }
    }
    if (anchor >= 0 && first >= anchor) {
      const between = first - anchor;
      const gap = between <= WARNING_WINDOW ? worstGap(anchor, first) : GAP_CLAUSE;
      // A hit that opens with a call to act ("verify your account", "reclame su premio") is the
      // object of the warning only right after its verb or after a complement word ("ask you to
      // verify", "demander de confirmer"), and a list's next item only after a conjunction ("… or
      // verify your account"): after a comma alone, or after the object, it is the sender's own.
      const opensWithAct = word < words.length && (words.firsts[word] ?? -1) === first && isActKind(words.definitions[words.ids[word] ?? -1]?.category);
      const asObject = !opensWithAct || between === 0 || (relEnd === first && asks) || glueEnd === first;
      if ((!chained && between <= WARNING_WINDOW && gap === GAP_NONE && !conjunction && asObject) || (chained && between <= WARNING_CHAIN && between === glue && gap !== GAP_CLAUSE && (!opensWithAct || conjunction))) {
        warned[index] = 1;
        anchor = hits.lastToken(index);
        chained = true;
        glue = 0;
        conjunction = false;
      } else {
        anchor = -1;
      }
    }
    previousEnd = hits.lastToken(index);
  }
  return warned;
}

/** A hyphen that joins the words of a compound as written: `-`, U+2010 hyphen, U+2011 non-breaking hyphen. */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/**
 * The tokens no trigger phrase starts on: the last word of a compound of
 * wordlists/global/free-compounds.txt, joined to the word before it by one hyphen and nothing else
 * (`step-free access`, `Sugar-FREE gift box`), whose "free" means "without" and offers nothing. A
 * phrase may still start on the word before (`risk free` is no such compound), and a spaced
 * `step free access` is not the compound. One look at the token before, for a token that starts a
 * phrase only.
 */
export function compoundTails(text: string, tokens: TokenList, compounds: ReadonlySet<string>): NoStart | undefined {
  if (compounds.size === 0) return undefined;
  return (index) => {
    if (index <= 0) return false;
    const gap = tokens.end(index - 1);
    return tokens.start(index) === gap + 1 && isHyphen(text.charCodeAt(gap)) && compounds.has(`${tokens.norm(index - 1)}-${tokens.norm(index)}`);
  };
}

/**
 * The tokens of the text/plain alternative its phrases are matched in: those that start before its
 * cut (BODY_SCAN_CHARS, where the phrase rules stop reading it) and as many after as a phrase spans,
 * so that each hit that starts before the cut is found as in the whole part; all of them when the
 * user's own phrases are read (`wholePlain`). A list that shares the part's columns.
 */
function plainTokensRead({ message, plainMatched, wholePlain }: FactSources): TokenList {
  const tokens = message.plainTokens;
  if (wholePlain) return tokens;
  let reach = 0;
  for (const { matchers } of plainMatched) reach = Math.max(reach, matchers.triggers.longest, matchers.warnings.longest);
  return tokens.head(tokens.indexFrom(BODY_SCAN_CHARS) + reach);
}

/**
 * The hits of the text/plain alternative (Triggers.plain) in the tokens read (plainTokensRead), none
 * inside a URL it writes out: matched in the text's languages and its own (`plainMatched`), the
 * user's allowed phrases and the stem-only admissions taken out as in the text. Not its disguised
 * drug names: the obfuscation rules read the visible text only.
 */
function matchPlain({ message, plainMatched, lists }: FactSources, tokens: TokenList): PhraseHitList {
  if (tokens.length === 0) return new PhraseHitList(tokens, NO_HITS);
  // The part's text up to the last token read: a URL that runs on past it still covers what is read of it.
  const view = (message.plainText ?? '').slice(0, tokens.end(tokens.length - 1));
  const tails = compoundTails(view, tokens, lists.freeCompounds);
  const groups = plainMatched.map(({ matchers, plainStems }) => {
    const allowed = matchers.allow?.match(tokens, plainStems) ?? [];
    return withoutAllowed(withoutStemOnlyAdmissions(matchers.triggers.matchColumns(tokens, plainStems, tails), tokens), tokens, allowed);
  });
  const all = mergeColumns(groups, tokens);
  if (all.length === 0) return new PhraseHitList(tokens, NO_HITS);
  const insideUrl = overlapCursor(findUrls(view));
  const kept: number[] = [];
  for (let index = 0; index < all.length; index++) {
    // asked of every hit, in text order, as the cursor wants
    if (!insideUrl(tokens.start(all.firsts[index] ?? 0), tokens.end((all.lasts[index] ?? 0) - 1))) kept.push(index);
  }
  return new PhraseHitList(tokens, kept.length === all.length ? all : pick(all, kept));
}

export function matchTriggers(sources: FactSources, facts: Facts): Triggers {
  const { message, matched, subjectMatched, lists } = sources;
  const textHits: PhraseHitColumns[] = [];
  const subjectHits: PhraseHitColumns[] = [];

  const { tokens, subjectTokens } = message;
  const textTails = compoundTails(message.text, tokens, lists.freeCompounds);
  const subjectTails = compoundTails(message.subject ?? '', subjectTokens, lists.freeCompounds);
  for (const { matchers, textStems } of matched) {
    const allowedText = matchers.allow?.match(tokens, textStems) ?? [];
    textHits.push(withoutAllowed(withoutStemOnlyAdmissions(matchers.triggers.matchColumns(tokens, textStems, textTails), tokens), tokens, allowedText));
  }
  for (const { matchers, subjectStems, exact } of subjectMatched) {
    const allowedSubject = matchers.allow?.match(subjectTokens, subjectStems) ?? [];
    const found = withoutStemOnlyAdmissions(matchers.triggers.matchColumns(subjectTokens, subjectStems, subjectTails), subjectTokens);
    subjectHits.push(withoutAllowed(exact ? exactly(atLeast(found, OTHER_LANGUAGE_MIN_TOKENS), subjectTokens, matchers.written) : found, subjectTokens, allowedSubject));
  }
  const word = (one: string): PhraseDefinition | null => {
    for (const { matchers, stem } of matched) {
      if (matchers.allow?.word(one, stem)) return null;
      const found = matchers.triggers.word(one, stem);
      if (found) return found;
    }
    return null;
  };
  const plainText = mergeColumns(textHits, tokens);
  const plainSubject = mergeColumns(subjectHits, subjectTokens);
  const disguisedText = readDisguised(message.text, tokens, new PhraseHitList(tokens, plainText), lists.disguisedWords, word, overlapCursor(message.urlsInText));
  const disguisedSubject = readDisguised(message.subject ?? '', subjectTokens, new PhraseHitList(subjectTokens, plainSubject), lists.disguisedWords, word, () => false);
  const text = new PhraseHitList(tokens, withDisguised(plainText, disguisedText.triggers, tokens));
  const subject = new PhraseHitList(subjectTokens, withDisguised(plainSubject, disguisedSubject.triggers, subjectTokens));
  // The cues are matched only where there is a lure for them to govern (most mail has none): `cues`
  // is called only then.
  const warnedIn = (source: string, list: TokenList, hits: PhraseHitList, cues: () => PhraseHitColumns[]): Uint8Array =>
    !hasWarnableLure(hits) ? NO_WARNED : findWarned(source, list, hits, mergeColumns(cues(), list));
  const textWarned = warnedIn(message.text, tokens, text, () => matched.map(({ matchers, textStems }) => matchers.warnings.matchColumns(tokens, textStems)));
  const subjectWarned = warnedIn(message.subject ?? '', subjectTokens, subject, () =>
    subjectMatched.filter(({ exact }) => !exact).map(({ matchers, subjectStems }) => matchers.warnings.matchColumns(subjectTokens, subjectStems)),
  );
  const plainTokens = plainTokensRead(sources);
  const plain = matchPlain(sources, plainTokens);
  const plainWarned = warnedIn(message.plainText ?? '', plainTokens, plain, () =>
    sources.plainMatched.map(({ matchers, plainStems }) => matchers.warnings.matchColumns(plainTokens, plainStems)),
  );
  const lone = findLone(text, textWarned, subject, subjectWarned, plain, plainWarned, facts.scanEnd);
  return {
    text,
    subject,
    textRepeatWeight: repeatWeights(text, textWarned),
    textWarned,
    subjectWarned,
    textLone: lone.text,
    subjectLone: lone.subject,
    plain,
    plainRepeatWeight: repeatWeights(plain, plainWarned),
    plainWarned,
    plainLone: lone.plain,
    word: (one: string): PhraseDefinition | null => {
      const found = word(one);
      return found !== null && lone.alone(found) ? null : found;
    },
    disguised: { text: disguisedText.triggers, subject: disguisedSubject.triggers },
    disguisedWords: { text: disguisedText.words, subject: disguisedSubject.words },
  };
}
