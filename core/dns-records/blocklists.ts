/**
 * DNS blocklists (RFC 5782): a domain is looked up as `<domain>.<zone>`, an IP as its reversed
 * octets (or nibbles) under the zone. An answer in 127.0.0.0/8 means listed; the codes lists use
 * to refuse a query (Spamhaus' 127.255.255.x for public resolvers, …) are reported as such, never
 * as a listing.
 *
 * Only run when asked (`--blocklists`): the queries reach third parties.
 */
import type { Finding } from '../types.ts';
import { DOMAIN_POINTS, domainFinding } from './finding.ts';
import { parseIPv4, parseIp, reversedName } from './ip.ts';
import { DnsLookupError, normalizeName, type DnsResolver } from './resolver.ts';

export const DEFAULT_DOMAIN_BLOCKLISTS: readonly string[] = ['dbl.spamhaus.org', 'multi.surbl.org'];
export const DEFAULT_IP_BLOCKLISTS: readonly string[] = ['zen.spamhaus.org', 'b.barracudacentral.org', 'bl.spamcop.net'];

export interface BlocklistAnswer {
  readonly zone: string;
  /** what was looked up: the domain or the IP */
  readonly subject: string;
  readonly query: string;
  readonly status: 'listed' | 'clear' | 'refused' | 'error';
  readonly answers: string[];
  /** the list's TXT explanation, when it gives one */
  readonly reason?: string;
  readonly error?: string;
}

/** Answers that mean "query refused" or "invalid query", not "listed". */
function refusalCode(zone: string, answer: readonly number[]): boolean {
  if (answer[0] !== 127) return true;
  if (answer[1] === 255 && answer[2] === 255) return true; // Spamhaus: 127.255.255.252–255
  if (zone.endsWith('spamhaus.org') && answer[1] === 0 && answer[2] === 1 && answer[3] === 255) return true; // DBL 127.0.1.255
  if (zone.endsWith('surbl.org') && answer[1] === 0 && answer[2] === 0 && answer[3] === 1) return true; // SURBL: access blocked
  return false;
}

export async function queryBlocklist(subject: string, zoneName: string, resolver: DnsResolver): Promise<BlocklistAnswer> {
  const zone = normalizeName(zoneName);
  const ip = parseIp(subject);
  const query = `${ip ? reversedName(ip) : normalizeName(subject)}.${zone}`;
  try {
    const answers = (await resolver.addresses(query)) ?? [];
    const v4 = answers.map((answer) => parseIPv4(answer)).filter((answer): answer is number[] => answer !== null);
    if (v4.length === 0) return { zone, subject, query, status: 'clear', answers };
    if (v4.every((answer) => refusalCode(zone, answer))) return { zone, subject, query, status: 'refused', answers };
    let reason: string | undefined;
    try {
      reason = ((await resolver.txt(query)) ?? [])[0];
    } catch {
      reason = undefined;
    }
    return { zone, subject, query, status: 'listed', answers, ...(reason ? { reason } : {}) };
  } catch (error) {
    if (error instanceof DnsLookupError) return { zone, subject, query, status: 'error', answers: [], error: error.message };
    throw error;
  }
}

export interface BlocklistOptions {
  readonly domainZones?: readonly string[];
  readonly ipZones?: readonly string[];
}

export async function inspectBlocklists(domain: string, ips: readonly string[], resolver: DnsResolver, options: BlocklistOptions = {}): Promise<BlocklistAnswer[]> {
  const domainZones = options.domainZones ?? DEFAULT_DOMAIN_BLOCKLISTS;
  const ipZones = options.ipZones ?? DEFAULT_IP_BLOCKLISTS;
  const queries = [...domainZones.map((zone) => [domain, zone] as const), ...ips.flatMap((ip) => ipZones.map((zone) => [ip, zone] as const))];
  return Promise.all(queries.map(([subject, zone]) => queryBlocklist(subject, zone, resolver)));
}

const P = DOMAIN_POINTS;

export function blocklistFindings(answers: readonly BlocklistAnswer[]): Finding[] {
  const findings: Finding[] = [];
  for (const answer of answers) {
    const what = parseIp(answer.subject) ? `The IP ${answer.subject}` : `The domain ${answer.subject}`;
    if (answer.status === 'listed') {
      findings.push(
        domainFinding(
          'blocklist-listed',
          'blocklist',
          P.required,
          `${what} is listed on ${answer.zone} (answer ${answer.answers.join(', ')})${answer.reason ? `: ${answer.reason}` : ''}. Receivers that use this list refuse or junk the mail.`,
          `Find the cause (compromised account, bad list, open relay), fix it, then request delisting on the website of ${answer.zone}.`,
          `${answer.query} → ${answer.answers.join(', ')}`,
        ),
      );
    } else if (answer.status === 'refused' || answer.status === 'error') {
      findings.push(
        domainFinding(
          'blocklist-unavailable',
          'blocklist',
          P.advice,
          answer.status === 'refused'
            ? `${answer.zone} refused the query (answer ${answer.answers.join(', ')}): lists such as Spamhaus do not answer through public or high-volume resolvers, so this list was not checked.`
            : `${answer.zone} could not be queried (${answer.error}), so this list was not checked.`,
          'Query it through your own resolver (--dns), or use the list\'s website.',
          `${answer.query}${answer.answers.length > 0 ? ` → ${answer.answers.join(', ')}` : ''}`,
        ),
      );
    }
  }
  return findings;
}
