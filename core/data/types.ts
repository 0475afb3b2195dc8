// Shapes of the wordlist data that scripts/build-wordlists.ts generates next to this file.
// Hand-written: the generated <lang>.ts and global.ts files import these types.

/** The trigger-phrase categories; every phrase belongs to exactly one. */
export type PhraseCategory =
  | 'money'
  | 'urgency'
  | 'free-offer'
  | 'guarantee'
  | 'pharma'
  | 'finance'
  | 'greeting'
  | 'shady'
  | 'phishing';

export interface PhraseEntry {
  /** NFC, lowercase, words separated by single spaces (letters, marks, digits, `'` only). */
  readonly phrase: string;
  readonly category: PhraseCategory;
  /** 0–2: how specific the phrase is to spam; 2 = nearly never in legitimate mail, 1 = default. */
  readonly sureness: number;
}

export interface LanguagePack {
  /** ISO 639-1 code, e.g. `en`. */
  readonly language: string;
  readonly phrases: readonly PhraseEntry[];
  /** Opt-out wording a legitimate mail uses (for the compliance rule), not triggers. */
  readonly unsubscribe: readonly string[];
}

/** A URL that forwards to whatever target its query (or path) carries. */
export interface OpenRedirector {
  /**
   * Lowercase hostname, e.g. `l.facebook.com`. A link's host matches it when equal or a
   * subdomain of it (Safe Links and the AMP cache put a per-tenant or per-page label in front).
   */
  readonly host: string;
  /** Path prefix, starting with `/`. */
  readonly path: string;
  /** Query parameter that carries the target; absent when the target is in the path. */
  readonly param?: string;
}

export interface SuspiciousTld {
  /** Without the leading dot, lowercase, e.g. `zip`. */
  readonly tld: string;
  /** 0–2, as for phrases. */
  readonly sureness: number;
}
