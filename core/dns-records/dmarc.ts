/**
 * DMARC (RFC 7489): the record at `_dmarc.<domain>`, else at the organisational domain (§6.6.3),
 * its tags (§6.3: v, p, sp, pct, rua, ruf, adkim, aspf, fo, rf, ri), the authorisation of external
 * report addresses (§7.1), and advice on the path none → quarantine → reject.
 *
 * Pure: DNS comes through an injected `DnsResolver`; the organisational domain is given by the
 * caller (tldts' getDomain in practice).
 */
import type { Finding } from '../types.ts';
import { DOMAIN_POINTS, domainFinding } from './finding.ts';
import { DnsLookupError, normalizeName, type DnsResolver } from './resolver.ts';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
  /** tag → value, names lower-cased, values trimmed */
  readonly tags: ReadonlyMap<string, string>;
  /** the requested policy; undefined when `p` is missing or invalid */
  readonly p?: DmarcPolicy;
  readonly sp?: DmarcPolicy;
  readonly pct: number;
  readonly rua: string[];
  readonly ruf: string[];
  readonly adkim: 'r' | 's';
  readonly aspf: 'r' | 's';
  /** problems that make receivers ignore the record (RFC 7489 §6.6.3) */
  readonly fatal: string[];
  /** invalid values receivers replace by the default */
  readonly errors: string[];
}

const POLICIES: readonly DmarcPolicy[] = ['none', 'quarantine', 'reject'];
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'pct', 'rua', 'ruf', 'adkim', 'aspf', 'fo', 'rf', 'ri', 'np', 't', 'psd']);

export function isDmarcRecord(txt: string): boolean {
  return /^v\s*=\s*DMARC1\s*(?:;|$)/i.test(txt);
}

function uris(value: string | undefined, tag: string, errors: string[]): string[] {
  if (value === undefined) return [];
  const list = value
    .split(',')
    .map((uri) => uri.trim())
    .filter((uri) => uri.length > 0);
  for (const uri of list) {
    if (!/^[a-z][a-z0-9+.-]*:[^\s!]+(?:![0-9]+[kmgt]?)?$/i.test(uri)) errors.push(`${tag}: "${uri}" is not a URI (expected mailto:reports@example.com)`);
  }
  return list;
}

export function parseDmarc(record: string): DmarcRecord {
  const fatal: string[] = [];
  const errors: string[] = [];
  const tags = new Map<string, string>();
  const parts = record
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  parts.forEach((part, index) => {
    const match = /^([a-z0-9_]+)\s*=\s*(.*)$/i.exec(part);
    if (!match) {
      errors.push(`"${part}" is not a tag=value pair`);
      return;
    }
    const name = (match[1] ?? '').toLowerCase();
    if (index === 0 && name !== 'v') fatal.push('the record must start with v=DMARC1');
    if (tags.has(name)) errors.push(`"${name}=" appears more than once`);
    else tags.set(name, (match[2] ?? '').trim());
  });
  if ((tags.get('v') ?? '').toUpperCase() !== 'DMARC1') fatal.push('v= must be DMARC1');

  const policy = (tag: 'p' | 'sp' | 'np'): DmarcPolicy | undefined => {
    const value = tags.get(tag);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase() as DmarcPolicy;
    if (POLICIES.includes(lower)) return lower;
    (tag === 'p' ? fatal : errors).push(`${tag}=${value} is not none, quarantine or reject`);
    return undefined;
  };
  const p = policy('p');
  const sp = policy('sp');
  policy('np');
  const rua = uris(tags.get('rua'), 'rua', errors);
  const ruf = uris(tags.get('ruf'), 'ruf', errors);
  // Without p, a record with a valid rua is read as p=none (§6.6.3); without either it is ignored.
  if (!tags.has('p') && rua.length === 0) fatal.push('the p= tag (policy) is missing');

  let pct = 100;
  const pctText = tags.get('pct');
  if (pctText !== undefined) {
    if (/^\d{1,3}$/.test(pctText) && Number(pctText) <= 100) pct = Number(pctText);
    else errors.push(`pct=${pctText} is not a whole number from 0 to 100`);
  }
  const alignment = (tag: 'adkim' | 'aspf'): 'r' | 's' => {
    const value = tags.get(tag);
    if (value === undefined) return 'r';
    const lower = value.toLowerCase();
    if (lower === 'r' || lower === 's') return lower;
    errors.push(`${tag}=${value} is not r (relaxed) or s (strict)`);
    return 'r';
  };
  const adkim = alignment('adkim');
  const aspf = alignment('aspf');
  const fo = tags.get('fo');
  if (fo !== undefined && !/^[01ds](?:\s*:\s*[01ds])*$/i.test(fo)) errors.push(`fo=${fo} is not a colon-separated list of 0, 1, d, s`);
  const ri = tags.get('ri');
  if (ri !== undefined && !/^\d+$/.test(ri)) errors.push(`ri=${ri} is not a number of seconds`);
  for (const name of tags.keys()) if (!KNOWN_TAGS.has(name)) errors.push(`"${name}=" is not a DMARC tag (receivers ignore it)`);

  return {
    tags,
    ...(p ? { p } : !tags.has('p') && rua.length > 0 ? { p: 'none' as const } : {}),
    ...(sp ? { sp } : {}),
    pct,
    rua,
    ruf,
    adkim,
    aspf,
    fatal,
    errors,
  };
}

export interface DmarcInspection {
  readonly domain: string;
  readonly orgDomain: string;
  /** the name the record was found at (`_dmarc.<domain>` or `_dmarc.<org>`), or null */
  readonly foundAt: string | null;
  readonly records: string[];
  readonly record: DmarcRecord | null;
  /** the policy that applies to mail from `domain`: sp (else p) when inherited from the organisational domain */
  readonly policy?: DmarcPolicy;
  /** rua domains outside the organisational domain that have not authorised the reports (§7.1) */
  readonly unauthorizedRua: string[];
  readonly error?: string;
}

async function txtOf(resolver: DnsResolver, name: string): Promise<string[] | null> {
  return resolver.txt(name);
}

export async function inspectDmarc(domainName: string, orgDomainName: string, resolver: DnsResolver): Promise<DmarcInspection> {
  const domain = normalizeName(domainName);
  const orgDomain = normalizeName(orgDomainName || domainName);
  const base = { domain, orgDomain, unauthorizedRua: [] as string[] };
  try {
    let foundAt = `_dmarc.${domain}`;
    let records = (await txtOf(resolver, foundAt) ?? []).filter(isDmarcRecord);
    let inherited = false;
    if (records.length === 0 && orgDomain !== domain) {
      foundAt = `_dmarc.${orgDomain}`;
      records = (await txtOf(resolver, foundAt) ?? []).filter(isDmarcRecord);
      inherited = true;
    }
    if (records.length === 0) return { ...base, foundAt: null, records, record: null };
    const record = parseDmarc(records[0] as string);
    const usable = records.length === 1 && record.fatal.length === 0;
    const policy = usable ? (inherited ? (record.sp ?? record.p) : record.p) : undefined;
    const unauthorizedRua: string[] = [];
    for (const uri of record.rua) {
      const target = /^mailto:[^@]+@([^!?]+)/i.exec(uri)?.[1];
      if (!target) continue;
      const host = normalizeName(target);
      if (host === orgDomain || host.endsWith(`.${orgDomain}`)) continue;
      const authorization = await txtOf(resolver, `${orgDomain}._report._dmarc.${host}`);
      if (!(authorization ?? []).some(isDmarcRecord)) unauthorizedRua.push(uri);
    }
    return { ...base, foundAt, records, record, ...(policy ? { policy } : {}), unauthorizedRua };
  } catch (error) {
    if (error instanceof DnsLookupError) return { ...base, foundAt: null, records: [], record: null, error: error.message };
    throw error;
  }
}

/** Whether the domain has a DMARC policy receivers apply (p=none counts, as the bulk-sender rules say). */
export function dmarcUsable(inspection: DmarcInspection): boolean {
  return inspection.policy !== undefined;
}

const P = DOMAIN_POINTS;

export function dmarcFindings(inspection: DmarcInspection): Finding[] {
  const { domain, orgDomain, record, records, foundAt } = inspection;
  const findings: Finding[] = [];
  if (inspection.error) {
    findings.push(
      domainFinding('dmarc-temperror', 'dmarc', P.required, `The DMARC record of ${domain} could not be read (${inspection.error}); receivers treat the domain as having no DMARC policy for now.`, 'Check that the name servers answer for TXT queries under _dmarc.', inspection.error),
    );
    return findings;
  }
  if (!record || !foundAt) {
    findings.push(
      domainFinding(
        'dmarc-missing',
        'dmarc',
        P.required,
        `No DMARC record at _dmarc.${domain}${orgDomain !== domain ? ` nor at _dmarc.${orgDomain}` : ''}. Gmail, Yahoo and Outlook.com require one (at least p=none) from bulk senders, and without it anyone can spoof the domain.`,
        `Publish a TXT record at _dmarc.${orgDomain}: "v=DMARC1; p=none; rua=mailto:dmarc-reports@${orgDomain}", read the reports, then tighten the policy.`,
        `_dmarc.${domain}: no TXT record starting with v=DMARC1`,
      ),
    );
    return findings;
  }
  const text = records[0] as string;
  if (records.length > 1) {
    findings.push(
      domainFinding('dmarc-multiple-records', 'dmarc', P.required, `${foundAt} holds ${records.length} DMARC records; receivers then ignore them all (RFC 7489 §6.6.3), as if there were none.`, 'Keep exactly one v=DMARC1 record.', records.join(' | ')),
    );
  }
  if (record.fatal.length > 0) {
    findings.push(
      domainFinding('dmarc-syntax', 'dmarc', P.required, `The DMARC record at ${foundAt} is invalid, so receivers ignore it: ${record.fatal.join('; ')}.`, 'Start with "v=DMARC1; p=none;" and keep tags as tag=value separated by semicolons.', text),
    );
    return findings;
  }
  if (record.errors.length > 0) {
    findings.push(
      domainFinding('dmarc-invalid-tag', 'dmarc', P.minor, `The DMARC record at ${foundAt} has values receivers replace by defaults: ${record.errors.join('; ')}.`, 'Fix or remove the tags named (RFC 7489 §6.3).', text),
    );
  }
  if (foundAt !== `_dmarc.${domain}`) {
    findings.push(
      domainFinding(
        'dmarc-inherited',
        'dmarc',
        P.advice,
        `${domain} has no DMARC record of its own; the one of the organisational domain ${orgDomain} applies, with its ${record.sp ? `subdomain policy sp=${record.sp}` : `policy p=${record.p}`}.`,
        'Nothing to do unless this subdomain needs a different policy, in which case publish one at its own _dmarc name.',
        text,
      ),
    );
  }
  const policy = inspection.policy;
  if (policy === 'none') {
    findings.push(
      domainFinding(
        'dmarc-policy-none',
        'dmarc',
        P.minor,
        `The DMARC policy of ${domain} is p=none: enough for the bulk-sender rules, but it only monitors, so mail forging ${domain} is still delivered.`,
        `Read the rua reports until every legitimate source passes aligned SPF or DKIM, then move to p=quarantine (pct=25, 50, 100), then to p=reject.`,
        text,
      ),
    );
  } else if (policy === 'quarantine') {
    findings.push(
      domainFinding('dmarc-policy-quarantine', 'dmarc', P.advice, `The DMARC policy of ${domain} is p=quarantine: forged mail goes to spam.`, 'When reports show no legitimate mail failing, move to p=reject, the last step.', text),
    );
  }
  if (record.pct < 100 && policy !== 'none') {
    findings.push(
      domainFinding('dmarc-partial-pct', 'dmarc', P.minor, `pct=${record.pct}: the policy applies to only ${record.pct} % of failing mail; the rest is treated one step more leniently.`, 'Raise pct step by step to 100 (or drop the tag) once reports are clean.', text),
    );
  }
  if (record.p && record.p !== 'none' && record.sp === 'none') {
    findings.push(
      domainFinding('dmarc-subdomain-none', 'dmarc', P.minor, `sp=none leaves subdomains of ${orgDomain} unprotected while the domain itself has p=${record.p}: spoofers use made-up subdomains.`, 'Drop sp= (subdomains then follow p=) or set sp=quarantine or reject.', text),
    );
  }
  if (record.rua.length === 0) {
    findings.push(
      domainFinding(
        'dmarc-no-rua',
        'dmarc',
        P.minor,
        'The DMARC record has no rua= address, so no aggregate reports come back: you cannot see who sends as your domain, nor move safely to a stricter policy.',
        `Add rua=mailto:dmarc-reports@${orgDomain} (or a DMARC report service).`,
        text,
      ),
    );
  }
  for (const uri of inspection.unauthorizedRua) {
    findings.push(
      domainFinding(
        'dmarc-rua-unauthorized',
        'dmarc',
        P.minor,
        `Aggregate reports go to ${uri}, outside ${orgDomain}, and that domain has not authorised them, so receivers do not send them (RFC 7489 §7.1).`,
        `Have the report domain publish "v=DMARC1" at ${orgDomain}._report._dmarc.<its domain>, or use an address under ${orgDomain}.`,
        uri,
      ),
    );
  }
  if (record.adkim === 's' || record.aspf === 's') {
    findings.push(
      domainFinding(
        'dmarc-strict-alignment',
        'dmarc',
        P.advice,
        `Strict alignment (${[record.adkim === 's' ? 'adkim=s' : '', record.aspf === 's' ? 'aspf=s' : ''].filter(Boolean).join(', ')}) fails mail whose DKIM d= or Return-Path is a subdomain, as many ESPs use.`,
        'Keep relaxed alignment (the default) unless you know every source signs with the exact From domain.',
        text,
      ),
    );
  }
  return findings;
}
