// Detects a message that names a much-impersonated brand at its top (PayPal, Microsoft 365, DHL,
// Ledger, a bank…) while none of its links goes to that brand's own domains. Brand phishing wears
// the name and the logo text and sends readers to a page of its own; a real notice from the brand
// links home. Sources: APWG and vendor reports of the most-phished brands; the idea of SpamAssassin's
// AMAZON_IMG_NOT_RCVD_AMZN and POSSIBLE_*_PHISH (mail that claims a brand its infrastructure does not
// back), which test headers, not links, so the points are a house estimate. The brands are data: wordlists/global/brands.yml (shared with display-name-brand).
// A brand named by a sender that can be found, with no lure in the words, is a mention (a shop's
// shipping notice naming its carrier), so the rule wants a lure or a missing identity as well.
import type { Brand } from '../../data/types.ts';
import { findBrandName, type BrandNames } from '../../phrases/brand-names.ts';
import { brandHostClaim, isBrandDomain } from '../../links/brand-domain.ts';
import { isClickTracker } from '../../links/click-tracking.ts';
import { sendsAsBrand } from '../../facts/sender.ts';
import { isPlausibleHostname } from '../../links/inspect.ts';
import type { Link } from '../../message/message.ts';
import { foldDiacritics } from '../../text/stem.ts';
import type { Token } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inSubject, inText, shorten, type RuleContext } from '../rule.ts';
import { isWarnedLureHit, type PhraseHitList } from '../../facts/triggers.ts';
import type { PhraseDefinition } from '../../phrases/matcher.ts';
import { displayUrl } from '../evidence.ts';

/** The top of a message: its first words, where the brand's name and logo text sit (not a receipt's "paid with …" further down). */
const TOP_TOKENS = 20;
/** Subjects are short; a pasted megabyte of subject is read no further than this. */
const MAX_SUBJECT_TOKENS = 60;
/** A long newsletter names brands in passing; impersonation is short. */
const MAX_WORDS = 400;

interface Mention {
  readonly brand: Brand;
  readonly start: number;
  readonly end: number;
  readonly in: 'text' | 'subject';
}

/** The first brand listed whose words appear as consecutive tokens, with the span of its first appearance. */
function findBrand(names: BrandNames, tokens: readonly Token[], where: Mention['in']): Mention | null {
  const found = findBrandName(names, tokens.map((token) => foldDiacritics(token.norm)));
  if (!found) return null;
  const first = tokens[found.at];
  const last = tokens[found.at + found.name.words.length - 1];
  return first && last ? { brand: found.name.brand, start: first.start, end: last.end, in: where } : null;
}

/** The brand named in the subject or at the top of the visible text. */
function mention(context: RuleContext): Mention | null {
  const { message, lists } = context;
  const inSubject = findBrand(lists.brandNames, message.subjectTokens.slice(0, MAX_SUBJECT_TOKENS), 'subject');
  if (inSubject) return inSubject;
  // Hidden words are not what the reader sees; a brand named in a link's own text ("Follow us on
  // Facebook") is a link about the brand, not a claim to be it. Only the top is read.
  const hidden = overlapCursor(message.hidden);
  const top: Token[] = [];
  for (const token of message.tokens) {
    if (top.length === TOP_TOKENS) break;
    if (!hidden(token.start, token.end)) top.push(token);
  }
  const topEnd = top[top.length - 1]?.end ?? 0;
  const inLinkText = overlapCursor(message.links.filter((link) => !link.bare && link.end > link.start && link.start < topEnd));
  return findBrand(
    lists.brandNames,
    top.filter((token) => !inLinkText(token.start, token.end)),
    'text',
  );
}

const isLure = (definition: PhraseDefinition | undefined): boolean => definition?.category === 'phishing';
/**
 * What phishing lure the hits hold: 'own', one of the sender's own; 'warned', only lures a warning
 * governs ("we will never ask for your password", `isWarnedLureHit`), a brand's security notice
 * quoted; or 'none'.
 */
function lureIn(hits: PhraseHitList, warned: Uint8Array): 'own' | 'warned' | 'none' {
  let found: 'warned' | 'none' = 'none';
  for (let index = 0; index < hits.length; index++) {
    if (!isLure(hits.definition(index))) continue;
    if (!isWarnedLureHit(hits, warned, index)) return 'own';
    found = 'warned';
  }
  return found;
}

/**
 * Why a brand at the top reads as impersonation rather than a mention: the words are a lure
 * (account suspension, password, payment or delivery-fee wording: the phishing phrase list), or,
 * for a delivered message, no sender stands behind it. A sender stands behind a mail when it is
 * named, on a domain of its own (not a free or machine-made mailbox), not failed by the receiver's
 * authentication, and its links lead home: an established identity (core/facts/identity.ts), or
 * more than a third of its links on the From domain (a shop's shipping notice naming its carrier
 * links to the shop). A draft has no headers, so only its words can tell. Sources: APWG Phishing
 * Activity Trends reports, CISA "Avoiding Social Engineering and Phishing Attacks" (ST04-014),
 * Microsoft Defender for Office 365 impersonation protection: a familiar brand plus a request to
 * act on an account or a payment, from a sender that is not the brand.
 * A lure the sender warns against is the brand's security notice, no lure, unless `hostClaims`: a
 * link's host disguises itself as the brand's on a domain that is not the brand's
 * (brandHostClaim's `disguised`: a look-alike, or the brand's word with an account lure word); then the
 * brand, the deceptive host and the lure words quoted from the brand's footer are the signal
 * (review rev42 #4: a copied "PayPal will never ask you to enter your password" scored 0).
 */
function lureContext(context: RuleContext, hostClaims: boolean): boolean {
  const { triggers, identity, wholeMessage } = context.facts;
  const inText = lureIn(triggers.text, triggers.textWarned);
  const inSubject = lureIn(triggers.subject, triggers.subjectWarned);
  if (inText === 'own' || inSubject === 'own') return true;
  if (hostClaims && (inText === 'warned' || inSubject === 'warned')) return true;
  if (!wholeMessage) return false;
  if (identity.established) return false;
  const linksHome = identity.links > 0 && identity.linksToFromDomain * 3 > identity.links;
  const standsBehind = identity.named && identity.ownDomain && identity.machineMadeMailbox === null && !identity.authenticationFails && linksHome;
  return !standsBehind;
}

export default defineRule({
  id: 'brand-link-mismatch',
  category: 'links',
  description: 'Names a much-impersonated brand but links elsewhere',
  weight: 2.5,
  cap: 1,
  messages: {
    'names-brand':
      'The mail names `{brand}` {where, select, subject {in its subject} other {at its top}}, but none of its links goes to a {brand} domain: they lead to `{target}`. Wearing a brand\'s name and sending readers elsewhere is how brand phishing looks, and filters check the two against each other.',
    'link-to-brand':
      'If you write for {brand}, link to its own domain; if you only mention it, do so further down and make clear who you are.',
  },
  check(context) {
    const { message, facts } = context;
    if (facts.visibleText.words > MAX_WORDS) return [];
    const links = facts.links.web.filter((link) => !link.hidden && isPlausibleHostname(link.url.hostname) && link.url.domain);
    if (links.length === 0) return [];
    const found = mention(context);
    if (!found) return [];
    const { brand } = found;
    const lure = context.lists.combosquatWords;
    if (links.some((link) => isBrandDomain(link.url.domain, brand, lure))) return [];
    // A sender on the brand's own domain is the brand, unless anyone can get that mailbox (x@outlook.com).
    if (sendsAsBrand(facts.sender, brand, lure)) return [];
    // No lure even if a host disguised itself (lureContext's widest reading): no host to read.
    if (!lureContext(context, true)) return [];
    // Judge the links readers click: an anchor (a pasted address shows where it goes) that is not
    // a click-tracking host, which could lead anywhere, the brand's site included. One whose host
    // disguises itself as the brand's, else one that names it, is the one shown; a host on the
    // sender's own domain claims nothing (an IT team's `live.acme.example` or a partner's
    // `microsoft.partner.example` linked from their own address is their page about the brand).
    // Only a disguise (a look-alike, or the brand's word with an account lure word) cancels a
    // quoted "will never ask" footer: a draft has no From, and `zimbra.uni.example` or
    // `docusign-help.acme.example` is an IT team's own page about the software (review rev43c #1).
    const clicked = links.filter((link) => !link.bare && !isClickTracker(link.url, context.lists.clickTrackers));
    const fromDomain = facts.sender.from?.registrable ?? null;
    const notFrom = clicked.filter((link) => link.url.domain !== fromDomain);
    const accountLure = context.lists.accountLureWords;
    let disguised: Link | undefined;
    let claims: Link | undefined;
    for (const link of notFrom) {
      const claim = brandHostClaim(link.url.hostname as string, brand, lure, accountLure);
      if (claim === 'disguised') {
        disguised = link;
        break;
      }
      if (claim === 'claims') claims ??= link;
    }
    const claiming = disguised ?? claims;
    const elsewhere: Link | undefined = claiming ?? clicked[0];
    if (!elsewhere || !lureContext(context, disguised !== undefined)) return [];
    const view = found.in === 'subject' ? (message.subject ?? '') : message.text;
    const evidence = shorten(view.slice(found.start, found.end));
    return [
      {
        messageId: 'names-brand',
        suggestionId: 'link-to-brand',
        data: { brand: evidence, where: found.in, target: displayUrl(elsewhere.href) },
        evidence,
        location: found.in === 'subject' ? inSubject(found.start, found.end) : inText(found.start, found.end),
      },
    ];
  },
});
