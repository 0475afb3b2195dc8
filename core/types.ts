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

export interface Stats {
  words: number;
  links: number;
  images: number;
  /** summed declared pixel area of images (width × height), 0 when none is declared */
  imageArea: number;
  /** visible characters of text per 1,000 px² of declared image area (Infinity-free: null when no image area) */
  textToImageRatio: number | null;
  linksPerWord: number;
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
