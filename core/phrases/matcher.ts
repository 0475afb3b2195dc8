/**
 * Matches wordlist phrases against a token stream in one pass. Phrases are stored in a trie keyed
 * by the stems of their words, so `winners`, `WINNER` and `w1nner` all walk the same edge. At each
 * token we follow the trie as far as it goes and keep the longest phrase that ends there; the work
 * is bounded by tokens × the longest phrase (a handful of words), never by the number of phrases.
 */
import type { Stem } from '../text/stem.ts';
import { GrowingColumns } from '../text/columns.ts';
import { tokenize, type TokenList } from '../text/tokenize.ts';

export interface PhraseDefinition {
  readonly phrase: string;
  /** trigger category (`money`, `urgency`, …), `custom` for the user's own, or a list name */
  readonly category: string;
  /** how specific to spam the phrase is, 0–2 */
  readonly sureness: number;
  readonly language: string;
  /**
   * false for a phrase that counts only beside another distinct phrase of its company (a wordlist
   * entry's `alone: false`, core/phrases/company.ts); absent or true: it counts on its own
   */
  readonly alone?: boolean;
  /**
   * with `alone: false`, how many other distinct phrases of its company it counts beside (a
   * wordlist entry's `company`, core/phrases/company.ts); absent: one
   */
  readonly company?: number;
  /**
   * phrases of one group (a wordlist entry's `group`) count as one distinct phrase where company
   * is counted (core/phrases/company.ts `isSamePhrase`); absent: the phrase is its own
   */
  readonly group?: string;
  /**
   * 'plural': the phrase's words match as written or in their plural (-s, -es, -y → -ies), and the
   * last one in its -ing noun too ("loan offering"), not in every form their stems share (a
   * wordlist entry's `stem: plural`: `loan offer` is no "loans offered", a verb); absent: on stems
   */
  readonly stem?: 'plural';
  /** the phrase's trie keys when already known (the build computes them for the wordlists) */
  readonly keys?: readonly string[];
}

export interface PhraseHit {
  readonly definition: PhraseDefinition;
  /** index of the first token and one past the last */
  readonly firstToken: number;
  readonly lastToken: number;
  /** offsets in the tokenized string */
  readonly start: number;
  readonly end: number;
}

/**
 * Hits stored by column, no object per hit (10 MB of words can hold 400,000 hits): hit `i` is
 * `definitions[ids[i]]` over tokens `firsts[i]` up to (not including) `lasts[i]`, in text order.
 */
export interface PhraseHitColumns {
  readonly length: number;
  readonly definitions: readonly PhraseDefinition[];
  readonly ids: ArrayLike<number>;
  readonly firsts: ArrayLike<number>;
  readonly lasts: ArrayLike<number>;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  definition: PhraseDefinition | null;
  /** index of `definition` in the matcher's `definitions`, -1 with none */
  id: number;
  /** `definition`'s words as written when it matches them or their plurals only (`stem: plural`), else null */
  forms: readonly string[] | null;
}

/** Whether `norm`, a word of the text, is `word` or its plural (`-s`, `-es`, `-y` → `-ies`). */
function isWordOrPlural(norm: string, word: string): boolean {
  if (norm === word) return true;
  if (norm === `${word}s` || norm === `${word}es`) return true;
  return word.endsWith('y') && norm === `${word.slice(0, -1)}ies`;
}

/**
 * Whether `norm` is `word`'s `-ing` noun or its plural (`offering`, `offerings`; `-e` dropped:
 * `leasing` of `lease`): the last word of a noun phrase names the thing in that form too ("our new
 * loan offering"), which its `-ed` form ("loans offered to you") does not.
 */
function isIngNoun(norm: string, word: string): boolean {
  const stem = word.endsWith('e') && word.length > 2 ? word.slice(0, -1) : word;
  return norm === `${stem}ing` || norm === `${stem}ings`;
}

/** Whether the tokens from `first` on are the words `forms`, each as written or in its plural, the last one in its `-ing` noun too. */
function matchesForms(tokens: TokenList, first: number, forms: readonly string[]): boolean {
  const { normIds, norms } = tokens;
  for (let at = 0; at < forms.length; at++) {
    const id = normIds[first + at] ?? -1;
    const norm = id < 0 ? '' : (norms[id] ?? '');
    const word = forms[at] as string;
    if (!isWordOrPlural(norm, word) && !(at === forms.length - 1 && isIngNoun(norm, word))) return false;
  }
  return true;
}

/**
 * A built trie: immutable, so one matcher serves any number of analyses. Stemming the message is
 * the analysis's work (`tokenStems`), not the matcher's.
 */
export interface PhraseMatcher {
  readonly language: string;
  readonly size: number;
  /** The most tokens a phrase of this matcher spans (0 for none): a hit is read whole within as many tokens from its first. */
  readonly longest: number;
  /** The phrases hits refer to by index (`PhraseHitColumns.ids`). */
  readonly definitions: readonly PhraseDefinition[];
  /** Hits in `tokens`, longest first at each position, never overlapping. */
  match(tokens: TokenList, stems: TokenStems): PhraseHit[];
  /**
   * The same hits as columns (`definitions` is this matcher's). `startsNot`: tokens no phrase may
   * start on (a phrase may still run across them), asked only of a token that starts one.
   */
  matchColumns(tokens: TokenList, stems: TokenStems, startsNot?: NoStart): PhraseHitColumns;
  /**
   * The phrase one word is: a one-word phrase with the word's stem, or a phrase of several words
   * written together (`ordernow` for "order now"); null when it is none. `word` is lower case.
   */
  word(word: string, stem: Stem): PhraseDefinition | null;
}

/** Whether no phrase may start on the token at an index (the trigger fact's compound tails). */
export type NoStart = (index: number) => boolean;

/** The stem of the token at an index: the same for every token of one normal form (`normIds`). */
export type TokenStems = (index: number) => string;

/**
 * The stems of `tokens`, each computed when a matcher first asks and then kept: the matchers of
 * one language share it, so each distinct normal form is stemmed once per analysis.
 */
export function tokenStems(tokens: TokenList, stem: Stem): TokenStems {
  const { normIds, norms } = tokens;
  const stems = new Array<string | undefined>(norms.length);
  return (index) => {
    const id = normIds[index] ?? -1;
    return id < 0 ? stem('') : (stems[id] ??= stem(norms[id] ?? ''));
  };
}

function newNode(): TrieNode {
  return { next: new Map(), definition: null, id: -1, forms: null };
}

/**
 * Columns of hits as they are found, kept as the tokens are (core/text/columns.ts): plain arrays for
 * the first TYPED_FROM hits, then typed chunks, the first sized from the hits per token so far so
 * that it usually is the whole column, never copied. A doubling array allocated and let go about
 * three times the hits' size while 10 MB of words was matched.
 */
class HitColumnsBuilder {
  private readonly columns = new GrowingColumns();
  private readonly ids = this.columns.int32();
  private readonly firsts = this.columns.int32();
  private readonly lasts = this.columns.int32();
  /** how many tokens are matched: no more hits than that */
  private readonly tokens: number;

  constructor(tokens: number) {
    this.tokens = tokens;
  }

  push(id: number, first: number, last: number): void {
    const { columns } = this;
    if (columns.inHead) {
      this.ids.head.push(id);
      this.firsts.head.push(first);
      this.lasts.head.push(last);
      return;
    }
    // A hit is at least one token, and starts at or after `first`.
    if (columns.full) columns.open(first, this.tokens, this.tokens - first);
    const at = columns.take();
    this.ids.chunk[at] = id;
    this.firsts.chunk[at] = first;
    this.lasts.chunk[at] = last;
  }

  done(definitions: readonly PhraseDefinition[]): PhraseHitColumns {
    const { columns } = this;
    return { length: columns.length, definitions, ids: columns.finish(this.ids), firsts: columns.finish(this.firsts), lasts: columns.finish(this.lasts) };
  }
}

/** The trie keys of a phrase: its words tokenized and normalised exactly like message text. */
export function phraseKeys(phrase: string, stem: Stem): string[] {
  return tokenize(phrase).map((token) => stem(token.norm));
}

/** A matcher of `definitions`; `stem` keys the phrases that do not carry their keys already. */
export function createPhraseMatcher(language: string, definitions: readonly PhraseDefinition[], stem: Stem): PhraseMatcher {
  const root = newNode();
  const kept: PhraseDefinition[] = [];
  /** phrases of several words written as one (`ordernow`), for words spelled out letter by letter */
  const joined = new Map<string, PhraseDefinition>();
  let size = 0;
  let longest = 0;
  for (const definition of definitions) {
    if (definition.phrase.includes(' ')) {
      const together = definition.phrase.replace(/[\s']+/g, '');
      const known = joined.get(together);
      if (!known || definition.sureness > known.sureness) joined.set(together, definition);
    }
    const keys = definition.keys ?? phraseKeys(definition.phrase, stem);
    if (keys.length === 0) continue;
    longest = Math.max(longest, keys.length);
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    // Two entries with the same stems: keep the surer one, so results do not depend on list order.
    if (!node.definition || definition.sureness > node.definition.sureness) {
      if (!node.definition) size++;
      node.definition = definition;
      node.id = kept.push(definition) - 1;
      node.forms = definition.stem === 'plural' ? tokenize(definition.phrase).map((token) => token.norm) : null;
    }
  }
  /** the phrases kept in the trie, by the index hits give (`TrieNode.id`) */
  const byId: readonly PhraseDefinition[] = Object.freeze(kept);

  const matchColumns = (tokens: TokenList, stemAt: TokenStems, startsNot?: NoStart): PhraseHitColumns => {
    const hits = new HitColumnsBuilder(tokens.length);
    // The root's child for each normal form, looked up once: a stem is a function of the token's
    // normal form (TokenStems), and a message says its common words many times. A miss is kept as
    // false (most words start no phrase): `??=` would look a kept null up again.
    const { normIds } = tokens;
    const firsts = new Array<TrieNode | false | undefined>(tokens.norms.length);
    let i = 0;
    while (i < tokens.length) {
      const id = normIds[i] ?? -1;
      let node = id < 0 ? root.next.get(stemAt(i)) : (firsts[id] ??= root.next.get(stemAt(i)) ?? false);
      if (node && startsNot?.(i) === true) node = false;
      // the longest phrase ending so far, and one past its last token (no object per try)
      let best = -1;
      let last = i;
      let j = i;
      while (node) {
        // A `stem: plural` phrase ends here only on its words as written or their plurals.
        if (node.definition && (node.forms === null || matchesForms(tokens, i, node.forms))) {
          best = node.id;
          last = j + 1;
        }
        j++;
        if (j >= tokens.length || node.next.size === 0) break;
        node = node.next.get(stemAt(j));
      }
      if (best >= 0) {
        hits.push(best, i, last);
        i = last;
      } else {
        i++;
      }
    }
    return hits.done(byId);
  };

  return {
    language,
    size,
    longest,
    definitions: byId,
    matchColumns,
    match(tokens, stemAt) {
      const { length, ids, firsts, lasts } = matchColumns(tokens, stemAt);
      const hits: PhraseHit[] = [];
      for (let at = 0; at < length; at++) {
        const firstToken = firsts[at] ?? 0;
        const lastToken = lasts[at] ?? 0;
        hits.push({ definition: byId[ids[at] ?? -1] as PhraseDefinition, firstToken, lastToken, start: tokens.start(firstToken), end: tokens.end(lastToken - 1) });
      }
      return hits;
    },
    word(word, stemOf) {
      const node = root.next.get(stemOf(word));
      const one = node?.definition && (node.forms === null || (node.forms.length === 1 && isWordOrPlural(word, node.forms[0] as string))) ? node.definition : null;
      return one ?? joined.get(word) ?? null;
    },
  };
}
