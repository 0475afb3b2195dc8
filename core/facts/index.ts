/**
 * The facts about one message that more than one rule reads: trigger phrases, the opt-out, whether
 * it is bulk mail, the sender and its identity, images, links, visible text. Each fact has one module in this
 * folder and one home on the rule context (`context.facts.optOut`, …). A fact is computed on first
 * read and at most once per analysis; nothing is kept between analyses (no module state), so two
 * analyses never see each other's facts. Rules read facts; they do not compute what another rule
 * also needs.
 */
import type { Message } from '../message/message.ts';
import type { Lists } from '../rules/rule.ts';
import type { MatchedLanguage } from '../phrases/languages.ts';
import { judgeBulk, type Bulk } from './bulk.ts';
import { senderIdentity, type SenderIdentity } from './identity.ts';
import { imageFacts, type ImageFacts } from './images.ts';
import { linkFacts, type LinkFacts } from './links.ts';
import { findOptOut, type OptOut } from './opt-out.ts';
import { findPostalAddress } from './postal-address.ts';
import { readSender, type Sender } from './sender.ts';
import { matchTriggers, type Triggers } from './triggers.ts';
import { countVisibleText, type VisibleText } from './visible-text.ts';
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
  /** web links, links to IP addresses, URLs written in the text */
  readonly links: LinkFacts;
  /** how much text the reader sees */
  readonly visibleText: VisibleText;
  /** the text (or the plain-text part) shows a postal address */
  readonly postalAddress: boolean;
  /** whether the mail shows a sender who can be found: named, on its own domain, linking to it, with an opt-out */
  readonly identity: SenderIdentity;
}

/** What facts are computed from: the parsed message, the analyzer's lists and its matchers. */
export interface FactSources {
  readonly message: Message;
  readonly lists: Lists;
  /** the languages whose wordlists are matched, in order of preference */
  readonly matched: readonly MatchedLanguage[];
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
  postalAddress: findPostalAddress,
  identity: senderIdentity,
};

export const FACT_NAMES = Object.keys(COMPUTATIONS) as readonly (keyof Facts)[];

/** Where one analysis's facts object keeps its sources and what it has computed (a symbol: no rule enumerates it). */
const STATE = Symbol('facts');

interface State {
  readonly sources: FactSources;
  readonly known: Map<keyof Facts, unknown>;
  readonly computing: Set<keyof Facts>;
}

type FactsWithState = Facts & { readonly [STATE]: State };

function read(facts: FactsWithState, name: keyof Facts): unknown {
  const { sources, known, computing } = facts[STATE];
  if (known.has(name)) return known.get(name);
  if (computing.has(name)) throw new Error(`The fact \`${name}\` depends on itself.`);
  computing.add(name);
  try {
    const value = COMPUTATIONS[name](sources, facts);
    known.set(name, value);
    return value;
  } finally {
    computing.delete(name);
  }
}

/**
 * One getter per fact, shared by every analysis (each reads its own object's state): building ten
 * closures and defining ten properties one by one for every analysis cost more than some facts.
 */
const GETTERS: PropertyDescriptorMap = Object.freeze(
  Object.fromEntries(
    FACT_NAMES.map((name) => [
      name,
      Object.freeze({
        enumerable: true,
        get(this: FactsWithState): unknown {
          return read(this, name);
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
  const state: State = { sources, known: new Map(), computing: new Set() };
  return Object.freeze(Object.defineProperties({ [STATE]: state }, GETTERS) as FactsWithState);
}
