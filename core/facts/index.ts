/**
 * The facts about one message that more than one rule reads: trigger phrases, the opt-out, whether
 * it is bulk mail, the sender and its identity, images, links, visible text, wallet addresses, where the body rules stop reading, a form to fill in. Each fact has one module in this
 * folder and one home on the rule context (`context.facts.optOut`, …). A fact is computed on first
 * read and at most once per analysis; nothing is kept between analyses (no module state), so two
 * analyses never see each other's facts. Rules read facts; they do not compute what another rule
 * also needs.
 */
import type { Message } from '../message/message.ts';
import type { Lists } from '../rules/rule.ts';
import type { MatchedLanguage, PlainLanguage, SubjectLanguage } from '../phrases/languages.ts';
import type { WalletAddress } from '../text/wallet-address.ts';
import { judgeBulk, type Bulk } from './bulk.ts';
import { senderIdentity, type SenderIdentity } from './identity.ts';
import { imageFacts, type ImageFacts } from './images.ts';
import { linkFacts, type LinkFacts } from './links.ts';
import { measureLinkDensity, type LinkDensity } from './link-density.ts';
import { findOptOut, type OptOut } from './opt-out.ts';
import { findAddressMergeTag, findPostalAddress } from './postal-address.ts';
import { findReplyForm, type ReplyForm } from './reply-form.ts';
import { readSender, type Sender } from './sender.ts';
import { findScanEnd } from './scan-end.ts';
import { matchTriggers, type Triggers } from './triggers.ts';
import { countVisibleText, type VisibleText } from './visible-text.ts';
import { findWalletWording, findWallets, type WalletWording } from './wallets.ts';
import { isWholeMessage } from './whole-message.ts';

export interface Facts {
  /** trigger phrases in the text and the subject, in the matched languages (allowed ones removed) */
  readonly triggers: Triggers;
  /** the ways the reader can opt out: List-Unsubscribe, opt-out links, opt-out wording */
  readonly optOut: OptOut;
  /** whether the mail reads like bulk mail, and why */
  readonly bulk: Bulk;
  /** From and Reply-To, parsed once */
  readonly sender: Sender;
  /** we were given the headers of a whole message (an .eml), so a missing header is a fact */
  readonly wholeMessage: boolean;
  /** pictures and tracking pixels */
  readonly images: ImageFacts;
  /** web links, the first to each URL, links to IP addresses */
  readonly links: LinkFacts;
  /** how much text the reader sees */
  readonly visibleText: VisibleText;
  /** the different links the reader sees and the words of prose around them (link-density, stats.links and linksPerWord) */
  readonly linkDensity: LinkDensity;
  /** the text (or the plain-text part) shows a postal address */
  readonly postalAddress: boolean;
  /**
   * a template (not a whole message) holds a merge tag its ESP fills with the sender's postal
   * address (`*|LIST:ADDRESSLINE|*`): the address it will be for missing-postal-address, but no
   * address shown, so nothing else reads it
   */
  readonly addressMergeTag: boolean;
  /** whether the mail shows a sender who can be found: named, on its own domain, linking to it, with an opt-out */
  readonly identity: SenderIdentity;
  /** Bitcoin wallet addresses with a valid checksum in the visible text, outside hidden spans */
  readonly wallets: readonly WalletAddress[];
  /** the wording near the first wallet address that makes it a demand: extortion, or a deadline beside a payment demand */
  readonly walletWording: WalletWording | null;
  /** the offset in the text just past its first 50,000 characters outside hidden spans, where the trigger-phrase rules stop reading (scan-end.ts) */
  readonly scanEnd: number;
  /** a form written into the text to fill in and send back (a run of blank field labels), or null; where its labels are (reply-form.ts) */
  readonly replyForm: ReplyForm | null;
}

/** What facts are computed from: the parsed message, the analyzer's lists and its matchers. */
export interface FactSources {
  readonly message: Message;
  readonly lists: Lists;
  /** the languages whose wordlists are matched, in order of preference */
  readonly matched: readonly MatchedLanguage[];
  /** the languages the subject's trigger phrases are read in: the matched ones first (core/phrases/languages.ts) */
  readonly subjectMatched: readonly SubjectLanguage[];
  /** the languages the text/plain alternative's trigger phrases are read in: the matched ones, then its own (core/phrases/languages.ts) */
  readonly plainMatched: readonly PlainLanguage[];
  /**
   * whether the text part's phrases are matched past its cut (BODY_SCAN_CHARS): only for the user's
   * own phrases (custom-phrase reads the whole text); the other phrase rules stop at the cut, so
   * matching the rest of a 10 MB text part would be work no finding reads
   */
  readonly wholePlain: boolean;
}

type Computations = { readonly [Name in keyof Facts]: (sources: FactSources, facts: Facts) => Facts[Name] };

const COMPUTATIONS: Computations = {
  triggers: matchTriggers,
  optOut: findOptOut,
  bulk: judgeBulk,
  sender: readSender,
  wholeMessage: isWholeMessage,
  images: imageFacts,
  links: linkFacts,
  visibleText: countVisibleText,
  linkDensity: measureLinkDensity,
  postalAddress: findPostalAddress,
  addressMergeTag: findAddressMergeTag,
  identity: senderIdentity,
  wallets: findWallets,
  walletWording: findWalletWording,
  scanEnd: findScanEnd,
  replyForm: findReplyForm,
};

export const FACT_NAMES = Object.keys(COMPUTATIONS) as readonly (keyof Facts)[];

/** Where one analysis's facts object keeps its sources and what it has computed (a symbol: no rule enumerates it). */
const STATE = Symbol('facts');

/** A fact's slot before its first read, and while it is being computed (values no fact has). */
const NOT_READ = Symbol('not read');
const COMPUTING = Symbol('computing');

/** The computations by index, in the order of FACT_NAMES. */
const COMPUTE = FACT_NAMES.map((name) => COMPUTATIONS[name]) as readonly ((sources: FactSources, facts: Facts) => unknown)[];

interface State {
  readonly sources: FactSources;
  /**
   * Each fact's value by its index in FACT_NAMES, NOT_READ or COMPUTING: an array slot, not a
   * Map and a Set (rules read facts some fifty times an analysis; a Map lookup and a Set update
   * around every read cost a hundred times an array load).
   */
  readonly values: unknown[];
}

type FactsWithState = Facts & { readonly [STATE]: State };

function read(facts: FactsWithState, index: number): unknown {
  const { sources, values } = facts[STATE];
  const known = values[index];
  if (known !== NOT_READ) {
    if (known === COMPUTING) throw new Error(`The fact \`${FACT_NAMES[index]}\` depends on itself.`);
    return known;
  }
  values[index] = COMPUTING;
  try {
    const value = (COMPUTE[index] as (sources: FactSources, facts: Facts) => unknown)(sources, facts);
    values[index] = value;
    return value;
  } finally {
    // A computation that threw is tried again on the next read, as before it was read.
    if (values[index] === COMPUTING) values[index] = NOT_READ;
  }
}

/**
 * One getter per fact, shared by every analysis (each reads its own object's state): building a
 * closure and defining a property per fact one by one for every analysis cost more than some facts.
 */
const GETTERS: PropertyDescriptorMap = Object.freeze(
  Object.fromEntries(
    FACT_NAMES.map((name, index) => [
      name,
      Object.freeze({
        enumerable: true,
        get(this: FactsWithState): unknown {
          return read(this, index);
        },
      }),
    ]),
  ),
);

/**
 * The facts of one analysis, each computed on its first read. The object is frozen; what it
 * remembers lives in its own state, so it ends with the analysis.
 */
export function createFacts(sources: FactSources): Facts {
  const state: State = { sources, values: new Array<unknown>(FACT_NAMES.length).fill(NOT_READ) };
  return Object.freeze(Object.defineProperties({ [STATE]: state }, GETTERS) as FactsWithState);
}
