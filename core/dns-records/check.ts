/**
 * `checkDomain()`: a sending domain's setup (SPF, DKIM, DMARC, MX, reverse DNS of its IPs,
 * blocklists on request) → a `Report` (DESIGN §2) with the categories of the domain check, plus
 * the 2024–2025 bulk-sender requirements of Gmail, Yahoo and Outlook.com as a pass/fail list.
 *
 * Pure: all DNS goes through the injected resolver (node:dns in the CLI, a local server in tests),
 * so the same function could run wherever a resolver (e.g. DNS over HTTPS) is available.
 */
import { getDomain } from 'tldts';
import { assembleReport, DEFAULT_THRESHOLD } from '../report/report.ts';
import type { DomainCategory, Finding, Report } from '../types.ts';
import { blocklistFindings, inspectBlocklists, type BlocklistAnswer } from './blocklists.ts';
import { dkimFindings, inspectDkim, usableKeys, type DkimInspection } from './dkim.ts';
import { dmarcFindings, dmarcUsable, inspectDmarc, type DmarcInspection } from './dmarc.ts';
import { DOMAIN_POINTS, domainFinding } from './finding.ts';
import { inspectMx, inspectReverseDns, mxFindings, reverseDnsFindings, type MxInspection, type ReverseDnsResult } from './hosts.ts';
import { parseIp } from './ip.ts';
import { isDomainName, normalizeName, type DnsResolver } from './resolver.ts';
import { checkHost, inspectSpf, spfFindings, spfUsable, type SpfInspection, type SpfResult } from './spf.ts';
import { checkDomainArguments } from '../validate.ts';

export interface DomainCheckOptions {
  /** DKIM selectors to check; default: a list of common ones */
  readonly selectors?: readonly string[];
  /** sending IPs: reverse DNS, SPF authorisation, and IP blocklists when `blocklists` is on */
  readonly ips?: readonly string[];
  /** query DNS blocklists (third parties): off unless asked */
  readonly blocklists?: boolean;
  /** zones for the domain (default dbl.spamhaus.org, multi.surbl.org) */
  readonly domainBlocklists?: readonly string[];
  /** zones for the IPs (default zen.spamhaus.org, b.barracudacentral.org, bl.spamcop.net) */
  readonly ipBlocklists?: readonly string[];
  /** score at which the level becomes `high` (default 5) */
  readonly threshold?: number;
}

/** Everything the check read, for callers that want more than findings. */
export interface DomainInspection {
  readonly domain: string;
  readonly orgDomain: string;
  readonly spf: SpfInspection;
  readonly dmarc: DmarcInspection;
  readonly dkim: DkimInspection;
  readonly mx: MxInspection;
  readonly ips: { ip: string; reverse: ReverseDnsResult; spf: { result: SpfResult; explanation: string } }[];
  readonly blocklists: BlocklistAnswer[] | null;
}

export class DomainCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DomainCheckError';
  }
}


/** Checks the arguments; throws DomainCheckError for a name or IP that cannot be right. */
function validate(domain: string, options: DomainCheckOptions): void {
  if (!isDomainName(domain) || !domain.includes('.')) throw new DomainCheckError(`"${domain}" is not a domain name`);
  for (const ip of options.ips ?? []) if (!parseIp(ip)) throw new DomainCheckError(`"${ip}" is not an IPv4 or IPv6 address`);
  for (const selector of options.selectors ?? []) if (!isDomainName(selector)) throw new DomainCheckError(`"${selector}" is not a DKIM selector`);
  for (const zone of [...(options.domainBlocklists ?? []), ...(options.ipBlocklists ?? [])]) if (!isDomainName(zone)) throw new DomainCheckError(`"${zone}" is not a DNS zone`);
}

export async function inspectDomain(domainName: string, resolver: DnsResolver, options: DomainCheckOptions = {}): Promise<DomainInspection> {
  checkDomainArguments(domainName, resolver, options, 'inspectDomain()');
  validate(domainName, options);
  const domain = normalizeName(domainName);
  const orgDomain = getDomain(domain, { allowPrivateDomains: false }) ?? domain;
  const ips = options.ips ?? [];
  const [spf, dmarc, dkim, mx, ipResults, blocklists] = await Promise.all([
    inspectSpf(domain, resolver),
    inspectDmarc(domain, orgDomain, resolver),
    inspectDkim(domain, options.selectors, resolver),
    inspectMx(domain, resolver),
    Promise.all(ips.map(async (ip) => ({ ip, reverse: await inspectReverseDns(ip, resolver), spf: await checkHost(ip, domain, resolver) }))),
    options.blocklists
      ? inspectBlocklists(domain === orgDomain ? domain : orgDomain, ips, resolver, {
          ...(options.domainBlocklists ? { domainZones: options.domainBlocklists } : {}),
          ...(options.ipBlocklists ? { ipZones: options.ipBlocklists } : {}),
        })
      : Promise.resolve(null),
  ]);
  return { domain, orgDomain, spf, dmarc, dkim, mx, ips: ipResults, blocklists };
}

const P = DOMAIN_POINTS;
const SENDERS = 'Gmail, Yahoo and Outlook.com';

type Verdict = 'pass' | 'fail' | 'unverified';

function requirement(rule: string, category: DomainCategory, verdict: Verdict, what: string, detail: string, suggestion: string, evidence: string): Finding {
  const label = verdict === 'pass' ? 'Pass' : verdict === 'fail' ? 'Fail' : 'Not verified';
  return domainFinding(rule, category, P.advice, `${label}: ${what} (${SENDERS}, bulk senders${rule === 'bulk-sender-spf-or-dkim' ? ' and all senders' : ''}). ${detail}`, verdict === 'pass' ? 'Nothing to do.' : suggestion, evidence);
}

/** The bulk-sender requirements (Gmail and Yahoo from February 2024, Outlook.com from May 2025) that DNS can show. */
export function bulkSenderRequirements(inspection: DomainInspection): Finding[] {
  const { domain, spf, dkim, dmarc, ips } = inspection;
  const spfOk = spfUsable(spf) && spf.all?.qualifier !== '+';
  const keys = usableKeys(dkim);
  const dkimVerdict: Verdict = keys.length > 0 && (!dkim.given || keys.length === dkim.selectors.length) ? 'pass' : dkim.given ? 'fail' : 'unverified';
  const dmarcOk = dmarcUsable(dmarc);
  const findings: Finding[] = [
    requirement(
      'bulk-sender-spf',
      'spf',
      spfOk ? 'pass' : 'fail',
      `${domain} publishes one valid SPF record`,
      spfOk ? `${spf.lookups} of 10 DNS lookups.` : 'See the spf findings above.',
      'Fix the SPF findings of this report.',
      spf.records[0] ?? `${domain}: no SPF record`,
    ),
    requirement(
      'bulk-sender-dkim',
      'dkim',
      dkimVerdict,
      `${domain} publishes a DKIM key of at least 1024 bits`,
      dkimVerdict === 'pass'
        ? `Found at ${keys.map((result) => `${result.name} (${result.key?.keyType === 'ed25519' ? 'ed25519' : `RSA ${result.key?.bits}`})`).join(', ')}.`
        : dkimVerdict === 'fail'
          ? 'A given selector has no usable key.'
          : 'No key under the common selectors; give yours with --selector.',
      dkimVerdict === 'fail' ? 'Fix the dkim findings of this report.' : 'Run again with --selector <s> (the s= of a DKIM-Signature header in a sent message).',
      dkim.selectors.map((result) => result.name).join(', '),
    ),
    requirement(
      'bulk-sender-dmarc',
      'dmarc',
      dmarcOk ? 'pass' : 'fail',
      `${domain} has a DMARC policy (p=none or stricter)`,
      dmarcOk ? `p=${dmarc.policy} at ${dmarc.foundAt}.` : 'See the dmarc findings above.',
      'Publish one valid DMARC record; p=none is enough to start.',
      dmarc.records[0] ?? `_dmarc.${domain}: no DMARC record`,
    ),
  ];
  if (ips.length === 0) {
    findings.push(
      requirement('bulk-sender-reverse-dns', 'mx', 'unverified', 'sending IPs have forward-confirmed reverse DNS', 'No sending IP was given.', 'Run again with --ip <address> for each IP your mail leaves from (see Received headers).', 'no --ip'),
    );
  } else {
    const good = ips.filter((result) => result.reverse.confirmed.length > 0);
    findings.push(
      requirement(
        'bulk-sender-reverse-dns',
        'mx',
        good.length === ips.length ? 'pass' : 'fail',
        'sending IPs have forward-confirmed reverse DNS',
        ips.map((result) => `${result.ip} → ${result.reverse.confirmed[0] ?? (result.reverse.names[0] ? `${result.reverse.names[0]} (does not resolve back)` : 'no PTR')}`).join('; ') + '.',
        'Fix the ptr findings of this report.',
        ips.map((result) => result.ip).join(', '),
      ),
    );
    const authorised = ips.filter((result) => result.spf.result === 'pass');
    findings.push(
      requirement(
        'bulk-sender-spf-authorizes-ips',
        'spf',
        authorised.length === ips.length ? 'pass' : 'fail',
        `the SPF record of ${domain} authorises the sending IPs`,
        ips.map((result) => `${result.ip}: ${result.spf.result}`).join('; ') + '.',
        'Fix the spf-ip-not-authorized findings of this report.',
        ips.map((result) => result.ip).join(', '),
      ),
    );
  }
  findings.push(
    domainFinding(
      'bulk-sender-not-checked',
      'dmarc',
      P.advice,
      `Not verified from DNS: the From domain aligned with SPF or DKIM so that DMARC passes, TLS for SMTP, one-click unsubscribe (RFC 8058 List-Unsubscribe-Post) with unsubscribes honoured within 2 days, RFC 5322 formatting, and a spam-complaint rate under 0.3 % (${SENDERS}, bulk senders: 5,000+ messages a day).`,
      'Run "spamrisk check" on a delivered .eml (rules sender-alignment and missing-list-unsubscribe), and watch Google Postmaster Tools, Yahoo Sender Hub and Microsoft SNDS for the complaint rate.',
      'alignment, TLS, one-click unsubscribe, complaint rate',
    ),
  );
  return findings;
}

function ipFindings(inspection: DomainInspection): Finding[] {
  const findings: Finding[] = [];
  for (const { ip, reverse, spf } of inspection.ips) {
    findings.push(...reverseDnsFindings(reverse));
    if (spf.result !== 'pass' && inspection.spf.records.length > 0) {
      findings.push(
        domainFinding(
          'spf-ip-not-authorized',
          'spf',
          spf.result === 'temperror' ? P.warning : P.required,
          `For mail from ${ip}, the SPF record of ${inspection.domain} gives ${spf.result} (${spf.explanation}): receivers see the message as not coming from ${inspection.domain}'s servers.`,
          `Add ${ip.includes(':') ? 'ip6' : 'ip4'}:${ip} (or the include your ESP documents) to the SPF record.`,
          `${ip}: ${spf.result}`,
        ),
      );
    }
  }
  return findings;
}

export function domainReport(inspection: DomainInspection, threshold: number = DEFAULT_THRESHOLD): Report {
  // assembleReport keeps the order of equal points: spf, dkim, dmarc, mx, ips, blocklists, checklist.
  return assembleReport({
    findings: [
      ...spfFindings(inspection.spf),
      ...dkimFindings(inspection.dkim),
      ...dmarcFindings(inspection.dmarc),
      ...mxFindings(inspection.mx),
      ...ipFindings(inspection),
      ...(inspection.blocklists ? blocklistFindings(inspection.blocklists) : []),
      ...bulkSenderRequirements(inspection),
    ],
    threshold,
  });
}

/** The domain check: DNS through `resolver`, a Report back. Throws DomainCheckError for arguments that cannot be checked. */
export async function checkDomain(domain: string, resolver: DnsResolver, options: DomainCheckOptions = {}): Promise<Report> {
  checkDomainArguments(domain, resolver, options, 'checkDomain()');
  return domainReport(await inspectDomain(domain, resolver, options), options.threshold ?? DEFAULT_THRESHOLD);
}
