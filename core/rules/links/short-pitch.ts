// Detects a short pitch with one destination and no sender details: a few sentences of sales or
// lure wording (or a link to a throwaway-looking place: an abused TLD, a shortener, free hosting,
// an IP address, a machine-made host name; or, in an HTML mail, a machine-made From mailbox
// sending readers to another domain), every link to one domain, and neither a postal address nor a
// way to opt out. A destination that is merely not the From domain is links-elsewhere's: a friend's
// meeting link or a shop's tracking link is that too, and so is a From without a display name.
// That is the shape of the pill, replica, dating and "easy money" runs, whose sender has nothing
// to say about itself. It is a conjunction of several filters' signals, so its default (3) stands
// where their scores add up on one mail, not at one of them (docs/rules/short-pitch.md).
// Sources: SpamAssassin HTML_SHORT_LINK_IMG_1–3 ("HTML is very short with a linked image"),
// BODY_URI_ONLY, SHORT_IMG_SUSP_NTLD, FROM_NTLD_LINKBAIT; rspamd HFILTER_URL_ONELINE.
import { isClickTracker } from '../../links/click-tracking.ts';
import { freeHostOf } from '../../links/free-hosting.ts';
import { isPlausibleHostname, listedHost, suspiciousTldOf } from '../../links/inspect.ts';
import { machineMadeLabel } from '../../links/machine-made.ts';
import type { Link } from '../../message/message.ts';
import { isTriggerHit, type PhraseHitList } from '../../facts/triggers.ts';
import type { PhraseHit } from '../../phrases/matcher.ts';
import type { MessageReference } from '../../messages/format.ts';
import { defineRule, fragment, shorten, type RuleContext } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';

/** Bodies of up to this many words are link-only-body's; a pitch says a little more. */
const LINK_ONLY_WORDS = 3;
/** At most this many visible words make a body short: one or two short paragraphs. */
const MAX_WORDS = 150;
/** One or two sentences: the pitch counts fully. */
const VERY_SHORT = 60;
/** Phrases this sure (0–2) are pitch wording; weaker ones ("click here") are everyday words. */
const PITCH_SURENESS = 0.8;
/**
 * Categories that are sales pitch. Phishing lures are left to their own rules: a real sign-in
 * code or e-mail confirmation is short, has one link and says "verify your e-mail" too.
 */
const PITCH_CATEGORIES: ReadonlySet<string> = new Set(['pharma', 'money', 'shady', 'finance', 'free-offer', 'guarantee', 'greeting', 'urgency']);
/** Why the one destination looks throwaway, or null. */
function suspectDestination(context: RuleContext, link: Link): MessageReference | null {
  const { url } = link;
  if (url.isIp || url.isObfuscatedIp) return fragment('link-to', { suspect: 'ip' });
  const tld = suspiciousTldOf(url, context.lists.suspiciousTlds);
  if (tld) return fragment('link-to', { suspect: 'tld', tld: tld.tld });
  if (url.hostname && listedHost(url.hostname, context.lists.shorteners)) return fragment('link-to', { suspect: 'shortener' });
  const free = freeHostOf(context.lists.freeHosting, url);
  if (free) return fragment('link-to', { suspect: 'free-hosting', host: free.host });
  const machine = machineMadeLabel(url);
  if (machine) return fragment('link-to', { suspect: 'machine-made', host: machine.label });
  return null;
}

/**
 * The From address, when an HTML mail (not a reply) comes from a machine-made mailbox
 * (core/facts/mailbox.ts) and sends its one destination to another domain: the sender says nothing
 * of itself and the mail leads elsewhere. A From without a display name is not enough: many mail
 * clients and SMTP libraries send a colleague's `john.smith@acme.example` that way, with a meeting
 * link (from-without-name already scores the missing name). An ESP's click tracking names no
 * destination of its own and is set aside.
 */
function anonymousSender(context: RuleContext, link: Link): MessageReference | null {
  const { message, facts } = context;
  const { from } = facts.sender;
  const fromDomain = facts.identity.domain;
  if (facts.identity.machineMadeMailbox === null || !message.isHtml || !from || !fromDomain || message.headers.has('in-reply-to')) return null;
  if ((link.url.domain ?? link.url.hostname) === fromDomain || isClickTracker(link.url, context.lists.clickTrackers)) return null;
  return fragment('anonymous-sender', { address: shorten(from.address, 60) });
}

function pitchPhrase(context: RuleContext): PhraseHit | null {
  const { text, subject, textLone, subjectLone, textWarned, subjectWarned } = context.facts.triggers;
  // A phrase that counts only in company and has none ("award notification" alone), or a lure the
  // sender warns against ("we will never ask you to claim a free gift"), is no pitch (`isTriggerHit`).
  const firstPitch = (hits: PhraseHitList, lone: Uint8Array, warned: Uint8Array): PhraseHit | undefined => {
    for (let index = 0; index < hits.length; index++) {
      const definition = hits.definition(index);
      if (definition && definition.sureness >= PITCH_SURENESS && PITCH_CATEGORIES.has(definition.category) && isTriggerHit(hits, lone, warned, index)) return hits.get(index);
    }
    return undefined;
  };
  return firstPitch(text, textLone, textWarned) ?? firstPitch(subject, subjectLone, subjectWarned) ?? null;
}

export default defineRule({
  id: 'short-pitch',
  category: 'links',
  description: 'Short pitch with one link and no sender details',
  weight: 3.0,
  cap: 1,
  messages: {
    'short-pitch':
      'The body is a short pitch ({words} words, {why}) whose every link goes to `{domain}`, with no sender details: no postal address and no way to opt out. Bulk spam runs look exactly like that, and filters score short one-link messages.',
    'sales-wording':
      'sales wording such as `{phrase}`',
    'link-to':
      'a link to {suspect, select, ip {an IP address} tld {a `.{tld}` domain} shortener {a URL shortener} machine-made {a machine-made host name (`{host}`)} other {free hosting (`{host}`)}}',
    'anonymous-sender':
      'sent from a machine-made mailbox (`{address}`) to a link on another domain',
    'add-sender-details':
      'Say who you are and why you are writing, add your postal address and an unsubscribe link, and link to a page on your own domain.',
  },
  check(context) {
    const { message, facts } = context;
    const { words } = facts.visibleText;
    if (words <= LINK_ONLY_WORDS || words > MAX_WORDS) return [];
    const links = facts.links.web.filter((link) => !link.hidden && isPlausibleHostname(link.url.hostname));
    const first = links[0];
    if (!first) return [];
    const domain = (link: Link) => link.url.domain ?? link.url.hostname;
    if (links.some((link) => domain(link) !== domain(first))) return [];
    if (facts.optOut.found !== null || facts.postalAddress) return [];
    const phrase = pitchPhrase(context);
    const suspect = phrase ? null : (suspectDestination(context, first) ?? anonymousSender(context, first));
    if (!phrase && !suspect) return [];
    const pointer = pointAtUrl(message, first);
    const why = phrase ? fragment('sales-wording', { phrase: phrase.definition.phrase }) : suspect;
    return [
      {
        messageId: 'short-pitch',
        suggestionId: 'add-sender-details',
        data: { words, why: why ?? '', domain: domain(first) ?? '' },
        ...pointer,
        strength: words <= VERY_SHORT ? 1 : 0.7,
      },
    ];
  },
});
