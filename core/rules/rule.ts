/**
 * What a rule is and what it may read. A rule is a pure function of the shared, read-only
 * context; it returns hits, and the scorer (core/score/) turns hits into points.
 */
import type { Message } from '../message/message.ts';
import type { PhraseHit } from '../phrases/matcher.ts';
import type { ContentCategory, Location } from '../types.ts';

export interface Lists {
  readonly shorteners: ReadonlySet<string>;
  readonly redirectors: readonly { readonly host: string; readonly path: string; readonly param?: string }[];
  readonly freemail: ReadonlySet<string>;
  /** TLD → sureness 0–2 */
  readonly suspiciousTlds: ReadonlyMap<string, number>;
}

export interface RuleContext {
  readonly message: Message;
  /** trigger phrases found in the text and in the subject (allowed phrases already removed) */
  readonly phrases: {
    readonly text: readonly PhraseHit[];
    readonly subject: readonly PhraseHit[];
    /**
     * For each token of the text (and of the subject): 1 + the index of the phrase hit that covers
     * it, or 0. Built once, so rules asking "is this word part of a trigger?" need no set of their own.
     */
    readonly textHitAt: Int32Array;
    readonly subjectHitAt: Int32Array;
  };
  /** unsubscribe / opt-out wording found in the text, in any of the matched languages */
  readonly unsubscribeWording: readonly PhraseHit[];
  /** languages whose wordlists were matched */
  readonly languages: readonly string[];
  readonly lists: Lists;
}

export interface RuleHit {
  /** plain words: what and why (quote the offending text in backticks) */
  readonly message: string;
  /** a concrete change */
  readonly suggestion: string;
  /** the offending text, URL or tag; equals the located slice when a location is given (may be shortened) */
  readonly evidence: string;
  /** `text` offsets are mapped to the HTML source by the analyzer */
  readonly location?: Location;
  /** how much of the signal this hit carries (default 1); the rule's points are per unit */
  readonly strength?: number;
}

export interface Rule {
  /** kebab-case, stable, never reused; the file name */
  readonly id: string;
  readonly category: ContentCategory;
  /** ≤ 60 characters, no period */
  readonly description: string;
  /** default points per unit of strength; the fitted weights table overrides it */
  readonly weight: number;
  /** most units of strength counted per message, so one repeated word cannot dominate */
  readonly cap: number;
  check(context: RuleContext): RuleHit[];
}

export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}

const MAX_EVIDENCE = 80;

/** Evidence is short: long slices keep their start and end an ellipsis. */
export function shorten(text: string, max = MAX_EVIDENCE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A hit located in the visible text. */
export function inText(start: number, end: number): Location {
  return { in: 'text', start, end };
}

export function inHtml(start: number, end: number): Location {
  return { in: 'html', start, end };
}

export function inSubject(start: number, end: number): Location {
  return { in: 'subject', start, end };
}
