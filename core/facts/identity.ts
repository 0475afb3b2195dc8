/**
 * Whether a message shows a sender who can be found and who stands behind it: what legitimate
 * commercial mail has and most spam and phishing lack (issue #11: commercial mail was judged only
 * by its wording). Each piece is easy to fake alone; together, and consistent with each other, they
 * describe one organisation mailing from its own domain about its own site:
 *
 * - From names the sender, on a domain of its own (not a free mailbox), with no brand of another
 *   domain in the name;
 * - the links go to that domain: at least half of the visible web links, click-tracking
 *   redirects of an ESP set aside (they carry no destination of their own);
 * - a visible opt-out link;
 * - the receiver's authentication does not fail that domain.
 *
 * A List-Unsubscribe header and a postal address are recorded too (the report names them) but
 * are not required: 2002 commercial mail rarely had the header, and phishing copies addresses.
 */
import { receiverVerdicts } from '../headers/authentication.ts';
import { isClickTracker } from '../links/click-tracking.ts';
import type { FactSources, Facts } from './index.ts';
import { localPartOf, machineMadeMailbox, type MachineMade } from './mailbox.ts';

/** Share of the visible web links (trackers aside) that must go to the From domain. */
const MIN_LINK_SHARE = 0.5;

export interface SenderIdentity {
  /** the From domain (registrable), when there is one */
  readonly domain: string | null;
  /** From carries a display name that claims no other domain's brand */
  readonly named: boolean;
  /** the From domain is the sender's own, not a free mailbox */
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
  readonly listUnsubscribe: boolean;
  readonly postalAddress: boolean;
  /** the receiver's Authentication-Results fail the sender: dmarc=fail, or neither SPF nor DKIM passes while one fails */
  readonly authenticationFails: boolean;
  /** every requirement above holds: a named sender on its own domain, links to it, an opt-out link, no failed authentication */
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

export function senderIdentity({ message, lists }: FactSources, facts: Facts): SenderIdentity {
  const { from, impersonates } = facts.sender;
  const domain = facts.wholeMessage ? (from?.registrable ?? null) : null;
  // A name that is only an address (`promos@shop.example <promos@shop.example>`) names no one.
  const name = from?.name.trim() ?? '';
  const named = domain !== null && name !== '' && !name.includes('@') && impersonates === null;
  const ownDomain = domain !== null && !lists.freemail.has(domain);
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
  const optOutLink = facts.optOut.links.some(({ by }) => by !== 'nearby-wording');
  const listUnsubscribe = message.headers.has('list-unsubscribe');
  const authenticationFails = failsAuthentication(receiverVerdicts(message));
  const established =
    named && ownDomain && links > 0 && linksToFromDomain >= MIN_LINK_SHARE * links && optOutLink && !authenticationFails;
  return {
    domain,
    named,
    ownDomain,
    machineMadeMailbox: machineMade,
    links,
    linksToFromDomain,
    optOutLink,
    listUnsubscribe,
    postalAddress: facts.postalAddress,
    authenticationFails,
    established,
  };
}
