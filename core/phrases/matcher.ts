/**
 * Matches wordlist phrases against a token stream in one pass. Phrases are stored in a trie keyed
 * by the stems of their words, so `winners`, `WINNER` and `w1nner` all walk the same edge. At each
 * token we follow the trie as far as it goes and keep the longest phrase that ends there; the work
 * is bounded by tokens × the longest phrase (a handful of words), never by the number of phrases.
 */
import type { Stem } from '../text/stem.ts';
import { tokenize, type TokenList } from '../text/tokenize.ts';

export interface PhraseDefinition {
  readonly phrase: string;
  /** trigger category (`money`, `urgency`, …), `custom` for the user's own, or a list name */
  readonly category: string;
  /** how specific to spam the phrase is, 0–2 */
  readonly sureness: number;
  readonly language: string;
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

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  definition: PhraseDefinition | null;
}

/**
 * A built trie: immutable, so one matcher serves any number of analyses. Stemming the message is
 * the analysis's work (`tokenStems`), not the matcher's.
 */
export interface PhraseMatcher {
  readonly language: string;
  readonly size: number;
  /** Hits in `tokens`, longest first at each position, never overlapping. */
  match(tokens: TokenList, stems: TokenStems): PhraseHit[];
  /**
   * The phrase one word is: a one-word phrase with the word's stem, or a phrase of several words
   * written together (`ordernow` for "order now"); null when it is none. `word` is lower case.
   */
  word(word: string, stem: Stem): PhraseDefinition | null;
}

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
  return { next: new Map(), definition: null };
}

/** The trie keys of a phrase: its words tokenized and normalised exactly like message text. */
export function phraseKeys(phrase: string, stem: Stem): string[] {
  return tokenize(phrase).map((token) => stem(token.norm));
}

/** A matcher of `definitions`; `stem` keys the phrases that do not carry their keys already. */
export function createPhraseMatcher(language: string, definitions: readonly PhraseDefinition[], stem: Stem): PhraseMatcher {
  const root = newNode();
  /** phrases of several words written as one (`ordernow`), for words spelled out letter by letter */
  const joined = new Map<string, PhraseDefinition>();
  let size = 0;
  for (const definition of definitions) {
    if (definition.phrase.includes(' ')) {
      const together = definition.phrase.replace(/[\s']+/g, '');
      const known = joined.get(together);
      if (!known || definition.sureness > known.sureness) joined.set(together, definition);
    }
    const keys = definition.keys ?? phraseKeys(definition.phrase, stem);
    if (keys.length === 0) continue;
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
    }
  }

  return {
    language,
    size,
    match(tokens, stemAt) {
      const hits: PhraseHit[] = [];
      // The root's child for each normal form, looked up once: a stem is a function of the token's
      // normal form (TokenStems), and a message says its common words many times. A miss is kept as
      // false (most words start no phrase): `??=` would look a kept null up again.
      const { normIds } = tokens;
      const firsts = new Array<TrieNode | false | undefined>(tokens.norms.length);
      let i = 0;
      while (i < tokens.length) {
        const id = normIds[i] ?? -1;
        let node = id < 0 ? root.next.get(stemAt(i)) : (firsts[id] ??= root.next.get(stemAt(i)) ?? false);
        // the longest phrase ending so far, and one past its last token (no object per try)
        let best: PhraseDefinition | null = null;
        let last = i;
        let j = i;
        while (node) {
          if (node.definition) {
            best = node.definition;
            last = j + 1;
          }
          j++;
          if (j >= tokens.length || node.next.size === 0) break;
          node = node.next.get(stemAt(j));
        }
        if (best) {
          hits.push({ definition: best, firstToken: i, lastToken: last, start: tokens.start(i), end: tokens.end(last - 1) });
          i = last;
        } else {
          i++;
        }
      }
      return hits;
    },
    word(word, stemOf) {
      return root.next.get(stemOf(word))?.definition ?? joined.get(word) ?? null;
    },
  };
}
