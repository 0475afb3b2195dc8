/**
 * Mail hosts: the domain's MX records (RFC 5321 §5.1, null MX of RFC 7505) and the reverse DNS of
 * the sending IPs (PTR that resolves back to the same IP, "forward-confirmed reverse DNS", which
 * Gmail, Yahoo and Outlook.com require of bulk senders).
 */
import type { Finding } from '../types.ts';
import { DOMAIN_POINTS, domainFinding } from './finding.ts';
import { parseIp } from './ip.ts';
import { DnsLookupError, normalizeName, type DnsResolver } from './resolver.ts';

/** MX hosts looked up (more is unusual and costs time). */
const MAX_MX_CHECKED = 10;

export interface MxInspection {
  readonly domain: string;
  readonly mx: { exchange: string; priority: number; resolves: boolean }[];
  /** whether the domain has A/AAAA records (the implicit MX when there is no MX) */
  readonly hasAddress: boolean;
  readonly nullMx: boolean;
  readonly error?: string;
}

export async function inspectMx(domainName: string, resolver: DnsResolver): Promise<MxInspection> {
  const domain = normalizeName(domainName);
  try {
    const records = ((await resolver.mx(domain)) ?? []).slice().sort((a, b) => a.priority - b.priority);
    const nullMx = records.length === 1 && normalizeName(records[0]?.exchange ?? '') === '';
    const mx = await Promise.all(
      records.slice(0, MAX_MX_CHECKED).map(async ({ exchange, priority }) => {
        const host = normalizeName(exchange);
        const resolves = host !== '' && parseIp(host) === null && ((await resolver.addresses(host)) ?? []).length > 0;
        return { exchange: host, priority, resolves };
      }),
    );
    const hasAddress = records.length === 0 ? ((await resolver.addresses(domain)) ?? []).length > 0 : true;
    return { domain, mx, hasAddress, nullMx };
  } catch (error) {
    if (error instanceof DnsLookupError) return { domain, mx: [], hasAddress: false, nullMx: false, error: error.message };
    throw error;
  }
}

const P = DOMAIN_POINTS;

export function mxFindings(inspection: MxInspection): Finding[] {
  const { domain } = inspection;
  if (inspection.error) {
    return [domainFinding('mx-temperror', 'mx', P.required, `The MX records of ${domain} could not be read (${inspection.error}).`, 'Check that the name servers of the domain answer.', inspection.error)];
  }
  if (inspection.nullMx) {
    return [
      domainFinding(
        'mx-null',
        'mx',
        P.warning,
        `${domain} publishes a null MX ("0 ."): it declares that it accepts no mail (RFC 7505), so bounces and replies to it fail and receivers may refuse it as a sender domain.`,
        'Send from a domain that can receive mail, or publish real MX records.',
        `${domain} MX 0 .`,
      ),
    ];
  }
  if (inspection.mx.length === 0) {
    return [
      domainFinding(
        'mx-missing',
        'mx',
        inspection.hasAddress ? P.warning : P.required,
        inspection.hasAddress
          ? `${domain} has no MX record; mail to it falls back to its A/AAAA address, which rarely runs a mail server, so bounces and replies get lost and some filters distrust the sender.`
          : `${domain} has neither MX nor A/AAAA records, so it cannot receive mail: receivers commonly reject senders whose domain cannot take bounces ("Sender address rejected: Domain not found").`,
        `Publish MX records for ${domain} pointing at the servers that receive its mail.`,
        `${domain}: no MX record`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const broken = inspection.mx.filter((record) => !record.resolves);
  if (broken.length > 0) {
    findings.push(
      domainFinding(
        'mx-host-unresolvable',
        'mx',
        broken.length === inspection.mx.length ? P.required : P.warning,
        `${broken.length === inspection.mx.length ? 'No' : 'Some'} MX host${broken.length === 1 ? '' : 's'} of ${domain} resolve${broken.length === 1 ? 's' : ''} to an address: ${broken.map((record) => record.exchange || '(empty)').join(', ')}. MX must name a host with A/AAAA records, not an IP or a CNAME-less alias.`,
        'Point the MX records at host names that have A or AAAA records.',
        broken.map((record) => `${domain} MX ${record.priority} ${record.exchange}`).join(', '),
      ),
    );
  }
  return findings;
}

export interface ReverseDnsResult {
  readonly ip: string;
  readonly names: string[];
  /** the PTR names whose A/AAAA records include the IP */
  readonly confirmed: string[];
  readonly error?: string;
}

export async function inspectReverseDns(ip: string, resolver: DnsResolver): Promise<ReverseDnsResult> {
  try {
    const names = ((await resolver.reverse(ip)) ?? []).map(normalizeName);
    const target = parseIp(ip)?.join('.');
    const confirmed: string[] = [];
    for (const name of names.slice(0, 10)) {
      const addresses = (await resolver.addresses(name)) ?? [];
      if (addresses.some((address) => parseIp(address)?.join('.') === target)) confirmed.push(name);
    }
    return { ip, names, confirmed };
  } catch (error) {
    if (error instanceof DnsLookupError) return { ip, names: [], confirmed: [], error: error.message };
    throw error;
  }
}

export function reverseDnsFindings(result: ReverseDnsResult): Finding[] {
  const { ip, names, confirmed } = result;
  if (result.error) return [domainFinding('ptr-temperror', 'mx', P.warning, `The reverse DNS of ${ip} could not be read (${result.error}).`, 'Retry later; ask the owner of the IP range if it persists.', result.error)];
  if (names.length === 0) {
    return [
      domainFinding(
        'ptr-missing',
        'mx',
        P.required,
        `The sending IP ${ip} has no reverse DNS (PTR) record. Gmail, Yahoo and Outlook.com require valid forward and reverse DNS of sending IPs, and many servers refuse mail from IPs without it.`,
        `Ask whoever runs ${ip} (your host or ESP) to set its PTR to a name under your domain, e.g. mail.<your domain>, that resolves back to ${ip}.`,
        `${ip}: no PTR record`,
      ),
    ];
  }
  if (confirmed.length === 0) {
    return [
      domainFinding(
        'ptr-mismatch',
        'mx',
        P.required,
        `The reverse DNS of ${ip} (${names.join(', ')}) does not resolve back to ${ip}: forward-confirmed reverse DNS fails, which Gmail, Yahoo and Outlook.com require of bulk senders.`,
        `Add an A (or AAAA) record for ${names[0]} pointing at ${ip}, or change the PTR to a name that does.`,
        `${ip} → ${names.join(', ')}`,
      ),
    ];
  }
  return [];
}
