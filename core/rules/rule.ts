/**
 * What a rule is and what it may read. A rule is a pure function of the shared, read-only
 * context; it returns hits, and the scorer (core/score/) turns hits into points.
 */
import type { Brand, ReplyPrefix } from '../data/types.ts';
import type { Facts } from '../facts/index.ts';
import type { LureWords } from '../links/brand-domain.ts';
import type { ClickTrackers } from '../links/click-tracking.ts';
import type { OptOutVocabulary } from '../facts/opt-out.ts';
import type { WalletWordingMatchers } from '../facts/wallets.ts';
import type { FreeHostIndex } from '../links/free-hosting.ts';
import type { RedirectorIndex } from '../links/redirectors.ts';
import type { Message } from '../message/message.ts';
import type { BrandNames } from '../phrases/brand-names.ts';
import type { DisguiseReader } from '../phrases/disguised.ts';
import type { MessageData, MessageReference } from '../messages/format.ts';
import type { Localizer } from '../messages/index.ts';
import type { LanguageVotes } from '../text/language.ts';
import type { ContentCategory, Location } from '../types.ts';

/** The curated lists, in the shapes rules look them up in; built once per analyzer. */
export interface Lists {
  readonly shorteners: ReadonlySet<string>;
  readonly redirectors: RedirectorIndex;
  /** a whole query parameter name (lower case) that carries a redirect's destination */
  readonly redirectParameter: RegExp;
  readonly freemail: ReadonlySet<string>;
  /** registrable domains whose subdomains are mailbox domains any customer of the service gets (`onmicrosoft.com`) */
  readonly tenantMail: ReadonlySet<string>;
  /** TLD → sureness 0–2 */
  readonly suspiciousTlds: ReadonlyMap<string, number>;
  /** the opt-out wording and address fragments of every language the analyzer has */
  readonly optOut: OptOutVocabulary;
  /** ESP click-tracking domains, and first labels of branded tracking hosts */
  readonly clickTrackers: ClickTrackers;
  /** header fields that list software and ESPs add to bulk mail */
  readonly bulkHeaders: readonly string[];
  /**
   * any of the words of form field names that ask for a secret, or for contact details
   * (case-insensitive), as form-in-email reads them; `labels`: the words form-by-reply reads as
   * the labels of a form written in the text, as written (lower case); `labelEnds`: the last word
   * of each label (the label itself when it is one word), which every label in the text ends with
   */
  readonly formFields: { readonly secret: RegExp; readonly personal: RegExp; readonly labels: ReadonlySet<string>; readonly labelEnds: ReadonlySet<string> };
  /** hosts that serve web fonts only */
  readonly fontHosts: readonly string[];
  /** much-impersonated brands and the words of their own domains */
  readonly brands: readonly Brand[];
  /** the same brands' names as words, by first word, for finding them among a message's words */
  readonly brandNames: BrandNames;
  /** lure and service words combosquatting domains add to a brand, and the length of the longest */
  readonly combosquatWords: LureWords;
  /** the combosquat words that ask for an account's secrets or a payment, and the length of the longest */
  readonly accountLureWords: LureWords;
  /** alarm word of display names → sureness 0–1 */
  readonly alarmWords: ReadonlyMap<string, number>;
  /** reply or forward prefix of a subject (the word before the colon) → its kind */
  readonly replyPrefixes: ReadonlyMap<string, ReplyPrefix['kind']>;
  /** free hosting, storage and form services, by host */
  readonly freeHosting: FreeHostIndex;
  /** registrable domains of relays that give Outlook Express mail an ID of their own (forged-mail-client) */
  readonly relayIdDomains: ReadonlySet<string>;
  /** salutations that translate "Dear", one or two lower-case words (address-greeting) */
  readonly salutations: ReadonlySet<string>;
  /** hyphenated compounds whose last word means "without" the first (`step-free`): no trigger phrase starts on that word (the trigger fact) */
  readonly freeCompounds: ReadonlySet<string>;
  /** merge tags filled with the sender's postal address, lower case, each name in full (the addressMergeTag fact) */
  readonly addressMergeTags: ReadonlySet<string>;
  /** the obfuscation reading of the drug names of wordlists/global/disguised-words.yml (the trigger fact) */
  readonly disguisedWords: DisguiseReader;
  /** extortion, deadline and payment wording beside a Bitcoin address (wordlists/global/wallet-demand-words.yml) */
  readonly walletWording: WalletWordingMatchers;
  /** the function words of wordlists/global/function-words.yml, indexed for the language vote (core/text/language.ts) and read by unchecked-language */
  readonly languageVotes: LanguageVotes;
}

export interface RuleContext {
  readonly message: Message;
  /** what more than one rule needs to know about the message, each computed once (core/facts/) */
  readonly facts: Facts;
  /** languages whose wordlists were matched */
  readonly languages: readonly string[];
  /**
   * What the phrase rules can read, for telling the user when the text's language was not read
   * (unchecked-language): the analyzer's languages with every category of trigger phrases
   * (`full`), those with scam lures only (`lures`), and whether the language detected in the text
   * is among those matched (`detecting`: the default, or `auto` in `languages`).
   */
  readonly phraseLanguages: { readonly full: readonly string[]; readonly lures: readonly string[]; readonly detecting: boolean };
  readonly lists: Lists;
  /**
   * The ids of the rules the caller turned off (`options.rules`: `'off'`). A rule reads it only
   * where it leaves words to another rule: what that rule would have scored must not go unscored.
   */
  readonly rulesOff: ReadonlySet<string>;
  /**
   * The ids of this analysis's rules that read the text only up to `facts.scanEnd` (their
   * `stopsAtScanEnd`), those the caller turned off left out, in the order of the rule set: what
   * unchecked-text names when the text goes on past the cut.
   */
  readonly scanEndRules: readonly string[];
}

interface HitBase {
  /** the offending text, URL or tag; equals the located slice when a location is given (may be shortened); never translated */
  readonly evidence: string;
  /** `text` offsets are mapped to the HTML source by the analyzer; `text-part` ones are reported as `text` */
  readonly location?: HitLocation;
  /** how much of the signal this hit carries (default 1); the rule's points are per unit */
  readonly strength?: number;
}

/**
 * A hit that names its words by id (issue 13, the user's language): the rule declares the English
 * templates in `messages`, translations sit in core/messages/<lang>/<family>.ts, and the analyzer
 * renders both in the requested locale with `data` (core/messages/format.ts has the syntax).
 */
export interface MessageHit<Id extends string = string> extends HitBase {
  /** plain words: what and why (quote the offending text in backticks) */
  readonly messageId: Id;
  /** a concrete change */
  readonly suggestionId: Id;
  /** the values the two templates read: evidence, counts, URLs (numbers are formatted for the locale) */
  readonly data?: MessageData;
}

/**
 * A hit in words: what the scorer reads, what `analyze` makes of a `MessageHit` in the requested
 * language, and how rules not yet moved to `messages` report (in English; issue 13).
 */
export interface RuleHit extends HitBase {
  /** plain words: what and why (quote the offending text in backticks) */
  readonly message: string;
  /** a concrete change */
  readonly suggestion: string;
}

/** What a rule's check returns: hits by message id, or (rules not yet moved to `messages`) in English words. */
export type Hit<Id extends string = string> = MessageHit<Id> | RuleHit;

export interface Rule<Id extends string = string> {
  /** kebab-case, stable, never reused; the file name */
  readonly id: string;
  readonly category: ContentCategory;
  /** ≤ 60 characters, no period */
  readonly description: string;
  /** default points per unit of strength; the fitted weights table overrides it */
  readonly weight: number;
  /** most units of strength counted per message, so one repeated word cannot dominate */
  readonly cap: number;
  /**
   * The English templates of the rule's messages and suggestions, by id (kebab-case): the source
   * every catalogue translates, keyed `<rule-id>/<id>` there. `{name}` reads `data.name`;
   * `{n, plural, one {# link} other {# links}}` and `{n, number, ::.0}` format for the locale.
   */
  readonly messages?: Readonly<Record<Id, string>>;
  /**
   * The header fields (lower case) a rule's findings are about, when they have no location in the
   * text, the HTML or the subject: a tool that shows findings against the raw message (the CLI's
   * positions in an .eml) points at the first of these fields whose text holds the evidence, else
   * at the first present. The rule names the fields; it never computes where they are.
   */
  readonly headerFields?: readonly string[];
  /**
   * The rule's findings say the check was partial (part of the message was not read: a bound on the
   * links checked one by one, a language without lists), not something about the mail. They score
   * as advice (weight 0), but a tool that leaves advice out never leaves these out: a partial check
   * must not pass for a whole one (the CLI's SARIF lists them as a tool notification and a result of
   * level `note`, JUnit in the test case's output).
   */
  readonly partialCheck?: boolean;
  /**
   * The rule reads the visible text only up to the fact `scanEnd` (its first 50,000 characters the
   * reader sees, as SpamAssassin's body rules read `body_part_scan_size`): the trigger-phrase rules
   * (definePhraseRule) but the user's watch list. unchecked-text names these rules when the text
   * goes on past the cut.
   */
  readonly stopsAtScanEnd?: boolean;
  check(context: RuleContext): Hit<Id>[];
  /**
   * Optional: the same hits as `check`, in the same order, as a column the scorer reads by index
   * (their strengths) and builds hits from only for the ≤ 20 a report shows. For rules that can
   * find hundreds of thousands of hits in a hostile paste (trigger phrases): 10 MB of words made
   * 600,000 hit objects, their evidence strings and locations, to show twenty. analyze() calls
   * this instead of `check` when a rule has it; tools that read hits (tests, eval, the weight fit)
   * call `check`, and test/rules/hit-columns.test.ts checks that the two agree. A hit built
   * later (`hit(index)`) is built while the report is assembled, outside the engine's guard that turns
   * a throwing rule into advice: building one must not throw on any input.
   */
  hitColumns?(context: RuleContext): HitColumns<Id>;
}

/** A rule's hits by index: what the scorer reads of every hit (strength), and each hit built on demand. */
export interface HitColumns<Id extends string = string> {
  readonly length: number;
  /** the strength of hit `index` (what `hit(index).strength ?? 1` is) */
  strength(index: number): number;
  hit(index: number): Hit<Id>;
}

/** A rule; with `messages`, its hits name only the ids it declares (test/messages/catalogues.test.ts checks every fixture's hits). */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}

/** Another of the rule's messages as a value in `data` (a reason or kind that varies), rendered in the same language. */
export function fragment(messageId: string, data?: MessageData): MessageReference {
  return data ? { messageId, data } : { messageId };
}

/** Evidence is short and on one line (one definition for every report: core/report/). */
export { shorten } from '../report/report.ts';

/**
 * Where a hit sits, in the view its rule read: the visible text, the HTML source, the subject, or
 * `text-part`, the text/plain alternative of a message with HTML (offsets in `message.plainText`).
 * The analyzer maps `text` offsets to the HTML source when there is HTML, and reports `text-part`
 * as `in: 'text'` (the report's `text` is the plain text: types.ts, Location).
 */
export type HitLocation = Location | { readonly in: 'text-part'; readonly start: number; readonly end: number };

/** A hit located in the text/plain alternative of a message with HTML. */
export function inTextPart(start: number, end: number): HitLocation {
  return { in: 'text-part', start, end };
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

/** A hit in words in the localizer's language: a `MessageHit` rendered, a `RuleHit` as it is. */
export function inWords(rule: Rule, hit: Hit, localizer: Localizer): RuleHit {
  if (!('messageId' in hit)) return hit;
  const { messageId, suggestionId, data } = hit;
  // The hit's other own keys, copied in their order, then the words: what
  // `{ messageId, suggestionId, data, ...rest }` and `{ ...rest, message, suggestion }` make, without
  // object rest, which V8 runs in a slow generic path (every finding shown passes here: ~2 µs a
  // hit, a tenth as much this way).
  const words: Record<string, unknown> = {};
  for (const key of Object.keys(hit)) {
    if (key !== 'messageId' && key !== 'suggestionId' && key !== 'data') words[key] = hit[key as keyof MessageHit];
  }
  words.message = localizer.text(rule, messageId, data);
  words.suggestion = localizer.text(rule, suggestionId, data);
  return words as unknown as RuleHit;
}
