/**
 * The public contract (DESIGN §2). Other parts of spamrisk and outside tools rely on these names:
 * change them only with a new `Report.version`.
 */

export type Level = 'low' | 'medium' | 'high';

export type ContentCategory =
  | 'phrases'
  | 'links'
  | 'images'
  | 'structure'
  | 'formatting'
  | 'compliance'
  | 'headers'
  | 'obfuscation';

/** Categories of `explain()` (bounces) and of the domain check. */
export type BounceCategory =
  | 'authentication'
  | 'relay'
  | 'reputation'
  | 'content'
  | 'policy'
  | 'mailbox'
  | 'transient'
  | 'other';
export type DomainCategory = 'spf' | 'dkim' | 'dmarc' | 'mx' | 'blocklist' | 'recipient';

export type FindingCategory = ContentCategory | BounceCategory | DomainCategory;

/** Where the evidence sits: UTF-16 offsets into the HTML source, the plain text, or the subject. */
export interface Location {
  in: 'text' | 'html' | 'subject';
  start: number;
  end: number;
}

export interface Finding {
  /** kebab-case, stable rule id */
  rule: string;
  category: FindingCategory;
  /** points this finding adds to the score (0 = advice, negative = reassuring) */
  points: number;
  /** plain words: what and why */
  message: string;
  /** a concrete change */
  suggestion: string;
  /** the offending text, URL or tag, short */
  evidence: string;
  location?: Location;
}

/**
 * Figures about the message, each read from the fact the rule that judges it reads (core/facts/),
 * so a figure here is the one a finding beside it names.
 */
export interface Stats {
  /**
   * words with a letter outside hidden text, a run of Japanese, Chinese or Thai counted as the
   * English words it stands for, rounded: the visible-text fact's count, which every rule that
   * weighs text reads (phrase-density, excessive-emoji, shouting-punctuation, empty-body, short-pitch,
   * the image rules, links-elsewhere, brand-link-mismatch). Which words show is one rule for every
   * count of visible words (core/text/shown-words.ts): a word half hidden counts once, where the
   * reader sees it end. Two counts read that rule but count other words: link-density's prose
   * words leave out the words of URLs written in the text (`stats.linksPerWord` divides by them),
   * link-only-body's the words of link texts; empty-body looks again with text hidden only by size
   * or colour counted as shown.
   */
  words: number;
  /** different addresses of the links the reader sees (in-page `#…` and empty ones aside), as link-density counts them */
  links: number;
  /** images the reader sees as pictures: not hidden, with a source, not a spacer or a tracking pixel (the images fact, image-only's count) */
  images: number;
  /** summed declared pixel area (width × height) of those pictures; a picture without both sides declared adds 0 */
  imageArea: number;
  /**
   * visible characters of text per 1,000 px² of `imageArea`, as image-only weighs them: hidden
   * text is not counted, and Japanese, Chinese and Thai text counts as the characters its English
   * would have (the visible-text fact's `englishCharacters`). Null when there is no image area;
   * image-only judges it from 30,000 px² up, below 2 for a text under 100 words.
   */
  textToImageRatio: number | null;
  /**
   * `links` per word of prose, link-density's measure (it fires from 0.33): the words are
   * outside hidden text and outside URLs written in the text, so this is not `links / words`
   * when the text writes URLs out. `links` itself when there is no such word.
   */
  linksPerWord: number;
  /**
   * UTF-8 size of the HTML in bytes as sent, every line break counted as CRLF (an LF alone is two
   * bytes), as gmail-clipping measures it (0 for a plain-text message)
   */
  htmlBytes: number;
  /** ISO 639-1 code of the detected language, or 'und' */
  language: string;
  /** byte offset at which Gmail would clip the HTML (~102 KB), when it would */
  clippedAtByte?: number;
}

export interface Report {
  version: 1;
  /** sum of the findings' points, rounded to 0.1 */
  score: number;
  level: Level;
  threshold: number;
  /** sorted by points, highest first */
  findings: Finding[];
  stats: Stats;
}

/** What `analyze()` reads. At least one of `html` or `text` should be given. */
export interface EmailInput {
  html?: string;
  subject?: string;
  text?: string;
  /** header name (any case) → value or values */
  headers?: Readonly<Record<string, string | readonly string[]>>;
}

export type RuleSetting = 'off' | { points: number };

export interface AnalyzeOptions {
  /**
   * ISO 639-1 codes of the wordlists to match, and `'auto'` for the language the message is written
   * in (as detected); a region is read as its language (`'fr-CA'` → `'fr'`); default
   * `['auto', 'en']`: the detected language plus English
   */
  languages?: readonly string[];
  /** switch rules off or re-weight them (points per unit, before the rule's cap) */
  rules?: Readonly<Record<string, RuleSetting>>;
  phrases?: {
    /** extra trigger phrases: plain strings (weight 1) or weighted entries */
    add?: readonly (string | { phrase: string; points?: number })[];
    /** words or phrases that never count as triggers (a brand name, a product) */
    allow?: readonly string[];
  };
  /** score at which the level becomes `high` (default 5) */
  threshold?: number;
  /**
   * The language of messages and suggestions (default `'en'`): `'en'`, `'fr'`, `'de'`, `'es'`, or
   * one of them with a region (`'fr-CA'` speaks French with Canadian number formats). Any other
   * language is a wrong call (a `TypeError`); a message a catalogue lacks falls back to English.
   * Evidence is the user's own text and stays as written.
   */
  locale?: 'en' | 'fr' | 'de' | 'es' | (string & {});
}
