/**
 * Whether a message shows a sender who can be found and who stands behind it: what legitimate
 * commercial mail has and most spam and phishing lack (issue #11: commercial mail was judged only
 * by its wording). Each piece is easy to fake alone; together, and consistent with each other, they
 * describe one organisation mailing from its own domain about its own site:
 *
 * - From names the sender, on a domain of its own (not a free mailbox), with no brand of another
 *   domain in the name, from a mailbox a reader could write back to (not a random token);
 * - the way out leads back to that domain: a visible opt-out link on it, or a List-Unsubscribe
 *   URI (RFC 2369, RFC 8058) on it. A managed list answers its own unsubscribes; spam of every
 *   era sends opt-outs to a remove@ mailbox elsewhere, to a form host or nowhere;
 * - more than a third of the visible web links go to that domain (an ESP's click-tracking
 *   redirects set aside: they carry no destination of their own);
 * - the receiver's authentication does not fail that domain.
 *
 * On the corpus, by group: hard_ham 49 %, legit-modern 17 %; spam 0.3 %, spam_2 2.3 %,
 * phishing-modern 1.6 % (before, when half the links had to go there and any opt-out link
 * counted: 38 %, 16 %; 0.9 %, 3.1 %, 1.6 %).
 *
 * Signals left out on purpose, because spam has them as often as legitimate mail (checked by
 * group): a DKIM-Signature whose d= is the From domain (phishing-modern 27 %, legit-modern 34 %),
 * Feedback-ID (15 % / 14 %) and List-Unsubscribe-Post (6 % / 6 %) — phishing runs send through the
 * same ESPs and sign their own domains —, a receiver's dkim=pass or dmarc=pass in
 * Authentication-Results (phishing-modern 41 % / 25 %, legit-modern 44 % / 0 %), a postal address
 * (phishing-modern 19 %, hard_ham 7 %) and List-Id (spam 11–15 %, hard_ham 3 %). Only a failed
 * authentication counts, against the sender.
 */
import { receiverVerdicts } from '../headers/authentication.ts';
import { onSharedHost, registrableDomain } from '../headers/fields.ts';
import { isClickTracker } from '../links/click-tracking.ts';
import { parseUrl } from '../links/url.ts';
import type { FactSources, Facts } from './index.ts';
import { localPartOf, machineMadeMailbox, type MachineMade } from './mailbox.ts';

/**
 * More than this share of the visible web links (trackers aside) go to the From domain. News and
 * commercial mail link to sister sites, so most links need not; a mail whose links all lead
 * elsewhere but whose unsubscribe link names the sender is borrowing an identity.
 */
const MIN_LINK_SHARE = 1 / 3;
/** Characters of a List-Unsubscribe header read, and URIs in it looked at: real ones hold two. */
const MAX_LIST_UNSUBSCRIBE = 2000;
const MAX_URIS = 8;
/** A display name that is a domain name: dot-separated labels, nothing else. */
const DOMAIN_NAME = /^(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63}$/i;

export interface SenderIdentity {
  /** the From domain (registrable), when there is one */
  readonly domain: string | null;
  /** From carries a display name, read whole, that claims no other domain's brand */
  readonly named: boolean;
  /** the From domain is the sender's own, not a mailbox anyone can get (the sender fact's openMailbox) nor a shared host's tenant */
  readonly ownDomain: boolean;
  /**
   * how the From mailbox name looks machine-made (`vPQXadn@…`, `eon4ukm59w5v@…`: the throwaway
   * mailboxes of snowshoe runs, core/facts/mailbox.ts), or null when it reads as a name, a role or a code
   */
  readonly machineMadeMailbox: MachineMade | null;
  /** visible web links (click-tracking redirects aside) and how many go to the From domain */
  readonly links: number;
  readonly linksToFromDomain: number;
  readonly optOutLink: boolean;
  /** a visible opt-out link (its address or text says so) goes to the From domain */
  readonly optOutToDomain: boolean;
  readonly listUnsubscribe: boolean;
  /** a List-Unsubscribe URI (mailto: or web) is on the From domain */
  readonly listUnsubscribeToDomain: boolean;
  readonly postalAddress: boolean;
  /** the receiver's Authentication-Results fail the sender: dmarc=fail, or neither SPF nor DKIM passes while one fails */
  readonly authenticationFails: boolean;
  /**
   * the receiver's Authentication-Results pass DMARC (dmarc=pass), which is a verdict on the From
   * domain: rspamd's DMARC_POLICY_ALLOW, whose domain its phishing check trusts as the sender's own
   */
  readonly authenticated: boolean;
  /**
   * every requirement above but the display name: its own domain, a mailbox that is not a random
   * token, an opt-out that leads back to that domain, links mostly its own, no failed authentication
   */
  readonly ownDomainAnswers: boolean;
  /** every requirement above holds: a named sender on its own domain, an opt-out that leads back to it, no failed authentication */
  readonly established: boolean;
}

function failsAuthentication(verdicts: ReadonlyMap<string, string>): boolean {
  if (verdicts.get('dmarc') === 'fail') return true;
  if (verdicts.get('dmarc') === 'pass') return false;
  const spf = verdicts.get('spf');
  const dkim = verdicts.get('dkim');
  const failed = (verdict: string | undefined) => verdict === 'fail' || verdict === 'softfail' || verdict === 'permerror';
  return (failed(spf) || failed(dkim)) && spf !== 'pass' && dkim !== 'pass';
}

/** The registrable domains of the URIs of a List-Unsubscribe header (`<mailto:u@list.example>, <https://…>`). */
function listUnsubscribeDomains(value: string): string[] {
  const domains: string[] = [];
  for (const [, uri] of value.slice(0, MAX_LIST_UNSUBSCRIBE).matchAll(/<([^<>]*)>/g)) {
    if (uri === undefined || domains.length >= MAX_URIS) break;
    const mailto = /^\s*mailto:[^@?]*@([^?\s]+)/i.exec(uri);
    const domain = mailto ? registrableDomain(mailto[1] ?? '') : parseUrl(uri).domain;
    if (domain) domains.push(domain);
  }
  return domains;
}

export function senderIdentity({ message, lists }: FactSources, facts: Facts): SenderIdentity {
  const { from, impersonates } = facts.sender;
  const domain = facts.wholeMessage ? (from?.registrable ?? null) : null;
  // A name that is only an address (`promos@shop.example <promos@shop.example>`) names no one,
  // and one that is another domain (`apple.com <id@appleid-unlock.help>`) names someone else. A
  // name with a word in a charset we cannot decode (U+FFFD there) cannot be checked for either, so
  // it does not vouch for the sender (from-without-name still counts it as a name).
  const name = from?.name.trim() ?? '';
  const namesOtherDomain = DOMAIN_NAME.test(name) && registrableDomain(name) !== domain;
  const named = domain !== null && name !== '' && from?.nameDecoded === true && !name.includes('@') && !namesOtherDomain && impersonates === null;
  // A mailbox anyone can get (the sender fact's openMailbox: a free mailbox, a Microsoft 365
  // tenant's `x@contoso.onmicrosoft.com`) is no one's own domain, and a tenant of a shared host
  // (`acct-verify.web.app`) shares its registrable domain with every other tenant.
  const ownDomain = domain !== null && !facts.sender.openMailbox && !onSharedHost(from?.domain ?? '');
  const machineMade = from ? machineMadeMailbox(localPartOf(from.address)) : null;
  let links = 0;
  let linksToFromDomain = 0;
  if (domain !== null) {
    for (const link of facts.links.web) {
      if (link.hidden || link.url.isIp || link.url.isObfuscatedIp) continue;
      const toFrom = link.url.domain === domain;
      // An ESP's tracking redirect hides the destination; a tracker on the sender's own domain is the sender's.
      if (!toFrom && isClickTracker(link.url, lists.clickTrackers)) continue;
      links++;
      if (toFrom) linksToFromDomain++;
    }
  }
  const optOuts = facts.optOut.links.filter(({ by }) => by !== 'nearby-wording');
  const optOutLink = facts.optOut.linked;
  // Past the link bound, an opt-out link's domain is known only among the links checked one by one.
  const optOutToDomain = domain !== null && optOuts.some(({ link }) => link.url.domain === domain);
  const listUnsubscribeValues = message.headers.get('list-unsubscribe') ?? [];
  const listUnsubscribe = listUnsubscribeValues.length > 0;
  const listUnsubscribeToDomain = domain !== null && listUnsubscribeValues.some((value) => listUnsubscribeDomains(value).includes(domain));
  const verdicts = receiverVerdicts(message);
  const authenticationFails = failsAuthentication(verdicts);
  const authenticated = domain !== null && verdicts.get('dmarc') === 'pass';
  const ownDomainAnswers =
    ownDomain &&
    machineMade === null &&
    (optOutToDomain || listUnsubscribeToDomain) &&
    (links === 0 || linksToFromDomain > MIN_LINK_SHARE * links) &&
    !authenticationFails;
  const established = named && ownDomainAnswers;
  return {
    domain,
    named,
    ownDomain,
    machineMadeMailbox: machineMade,
    links,
    linksToFromDomain,
    optOutLink,
    optOutToDomain,
    listUnsubscribe,
    listUnsubscribeToDomain,
    postalAddress: facts.postalAddress,
    authenticationFails,
    authenticated,
    ownDomainAnswers,
    established,
  };
}
