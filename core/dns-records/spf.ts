/**
 * SPF (RFC 7208): the record's syntax (§12), the DNS-lookup limit of 10 counted through include
 * and redirect (§4.6.4), void lookups (at most 2), the `all` qualifier, `ptr` (§5.5: do not use),
 * and `check_host()` for one IP (§4) so that `--ip` can be checked against the record.
 *
 * Pure: DNS comes through an injected `DnsResolver`.
 */
import type { Finding } from '../types.ts';
import { DOMAIN_POINTS, domainFinding } from './finding.ts';
import { inCidr, parseIPv4, parseIPv6, parseIp } from './ip.ts';
import { DnsLookupError, normalizeName, type DnsResolver } from './resolver.ts';

export type SpfQualifier = '+' | '-' | '~' | '?';
export type SpfMechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

export interface SpfMechanism {
  readonly kind: 'mechanism';
  readonly qualifier: SpfQualifier;
  readonly name: SpfMechanismName;
  /** the domain-spec or the network, as written */
  readonly value?: string;
  readonly cidr4?: number;
  readonly cidr6?: number;
  /** whether the domain-spec holds macros (%{i} …), which only a receiver can expand */
  readonly macro: boolean;
  /** the term as written */
  readonly text: string;
}

export interface SpfModifier {
  readonly kind: 'modifier';
  readonly name: string;
  readonly value: string;
  readonly macro: boolean;
  readonly text: string;
}

export type SpfTerm = SpfMechanism | SpfModifier;

export interface ParsedSpf {
  readonly terms: SpfTerm[];
  /** one message per syntax error: any makes the record a permerror */
  readonly errors: string[];
  readonly redirect?: string;
  /** the `all` mechanism, when there is one */
  readonly all?: SpfMechanism;
}

/** The limits of RFC 7208 §4.6.4. */
export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LOOKUP_LIMIT = 2;
export const SPF_MX_LIMIT = 10;
/** Stop following includes past this many lookups: the verdict is long settled by then. */
const MAX_LOOKUPS_FOLLOWED = 40;

/** `v=spf1` followed by a space or the end (RFC 7208 §4.5). */
export function isSpfRecord(txt: string): boolean {
  return /^v=spf1(?: |$)/i.test(txt);
}

const MACRO = /%(?:\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%|_|-)/gi;
const LOOKUP_MECHANISMS: ReadonlySet<SpfMechanismName> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

function hasMacro(spec: string): boolean {
  return spec.includes('%');
}

/** A domain-spec (§7.1): macros are checked for syntax, a literal name must end in a non-numeric top label. */
function domainSpecError(spec: string): string | null {
  if (spec.length === 0) return 'is empty';
  if (hasMacro(spec)) {
    const rest = spec.replace(MACRO, '');
    if (rest.includes('%')) return 'has a malformed macro';
    return /^[\x21-\x7e]*$/.test(rest) ? null : 'has characters a domain-spec cannot hold';
  }
  const host = spec.replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2) return 'is not a fully qualified domain name';
  if (!labels.every((label) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/i.test(label))) return 'is not a valid domain name';
  const top = labels[labels.length - 1] ?? '';
  if (/^\d+$/.test(top)) return 'ends in a numeric label';
  return null;
}

/** A term as quoted in an error: a record can be as long as DNS allows, a message cannot. */
function shown(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function parseCidr(text: string, max: number): number | null {
  if (!/^(?:0|[1-9]\d{0,2})$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

export function parseSpf(record: string): ParsedSpf {
  const errors: string[] = [];
  const terms: SpfTerm[] = [];
  if (!isSpfRecord(record)) return { terms, errors: ['the record does not start with "v=spf1"'] };
  if (/[^\x20-\x7e]/.test(record)) errors.push('the record holds characters other than printable ASCII and spaces');
  let redirect: string | undefined;
  let all: SpfMechanism | undefined;
  let seenExp = false;
  for (const text of record.slice(6).split(' ').filter((part) => part.length > 0)) {
    const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
    if (modifier) {
      const name = (modifier[1] ?? '').toLowerCase();
      const value = modifier[2] ?? '';
      if (name === 'redirect' || name === 'exp') {
        if (name === 'exp' ? seenExp : redirect !== undefined) errors.push(`"${name}=" appears more than once`);
        const problem = domainSpecError(value);
        if (problem) errors.push(`"${shown(text)}": the domain ${problem}`);
        if (name === 'redirect') redirect = value;
        else seenExp = true;
      } else if (/[^\x21-\x7e]/.test(value) || value.replace(MACRO, '').includes('%')) {
        errors.push(`"${shown(text)}": the modifier's value is not a valid macro-string`);
      }
      terms.push({ kind: 'modifier', name, value, macro: hasMacro(value), text });
      continue;
    }
    // The prefix lengths are read as one run of slashes and digits, checked below: `(?:\/\/?\d*)*`
    // matched `//` two ways and backtracked exponentially on a run of slashes (found by npm run fuzz).
    const match = /^([+\-~?]?)([a-z0-9]+)(?::([^/]*))?(\/[/\d]*)?$/i.exec(text) ?? /^([+\-~?]?)([a-z0-9]+)(?::(.*))?()$/i.exec(text);
    const qualifier = ((match?.[1] ?? '') || '+') as SpfQualifier;
    const name = (match?.[2] ?? '').toLowerCase();
    const value = match?.[3];
    const cidrText = match?.[4] ?? '';
    if (!match || !['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'].includes(name)) {
      errors.push(`"${shown(text)}" is not a known mechanism or modifier`);
      continue;
    }
    const mechanism: { -readonly [K in keyof SpfMechanism]?: SpfMechanism[K] } = { kind: 'mechanism', qualifier, name: name as SpfMechanismName, text, macro: false };
    if (name === 'ip4' || name === 'ip6') {
      // The network holds the prefix, which the regex above took as the CIDR part.
      const network = value ?? '';
      const prefix = cidrText.startsWith('/') && !cidrText.startsWith('//') ? cidrText.slice(1) : null;
      const parsed = name === 'ip4' ? parseIPv4(network) : parseIPv6(network);
      const max = name === 'ip4' ? 32 : 128;
      if (value === undefined || !parsed) errors.push(`"${shown(text)}": "${shown(network)}" is not an IPv${name === 'ip4' ? 4 : 6} address`);
      else if (cidrText !== '' && (prefix === null || parseCidr(prefix, max) === null)) errors.push(`"${shown(text)}": the prefix length must be 0–${max}`);
      mechanism.value = network;
      if (prefix !== null) {
        const length = parseCidr(prefix, max) ?? max;
        if (name === 'ip4') mechanism.cidr4 = length;
        else mechanism.cidr6 = length;
      }
    } else if (name === 'all') {
      if (value !== undefined || cidrText !== '') errors.push(`"${shown(text)}": "all" takes no argument`);
    } else {
      const needsValue = name === 'include' || name === 'exists';
      if (needsValue && !value) errors.push(`"${shown(text)}": "${name}" needs a domain`);
      if (value !== undefined) {
        const problem = domainSpecError(value);
        if (problem) errors.push(`"${shown(text)}": the domain ${problem}`);
        mechanism.value = value;
        mechanism.macro = hasMacro(value);
      }
      if (cidrText !== '') {
        if (name !== 'a' && name !== 'mx') errors.push(`"${shown(text)}": "${name}" takes no prefix length`);
        const cidr = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(cidrText);
        const four = cidr?.[1] !== undefined ? parseCidr(cidr[1], 32) : undefined;
        const six = cidr?.[2] !== undefined ? parseCidr(cidr[2], 128) : undefined;
        if (!cidr || four === null || six === null) errors.push(`"${shown(text)}": the prefix lengths must be /0–32 and //0–128`);
        if (typeof four === 'number') mechanism.cidr4 = four;
        if (typeof six === 'number') mechanism.cidr6 = six;
      }
    }
    const built = mechanism as SpfMechanism;
    if (name === 'all') all ??= built;
    terms.push(built);
  }
  return { terms, errors, ...(redirect !== undefined ? { redirect } : {}), ...(all ? { all } : {}) };
}

/** The SPF records among a name's TXT records. */
export function spfRecordsOf(txt: readonly string[] | null): string[] {
  return (txt ?? []).filter(isSpfRecord);
}

export type SpfProblemCode =
  | 'multiple-records'
  | 'syntax'
  | 'include-missing'
  | 'redirect-missing'
  | 'too-many-lookups'
  | 'void-lookups'
  | 'too-many-mx'
  | 'loop'
  | 'temperror';

export interface SpfProblem {
  readonly code: SpfProblemCode;
  /** the domain whose record has the problem */
  readonly domain: string;
  readonly detail: string;
}

export interface SpfInspection {
  readonly domain: string;
  /** the SPF records found at the domain itself */
  readonly records: string[];
  readonly parsed: ParsedSpf | null;
  /** DNS-querying terms counted through include and redirect, as a receiver counts them */
  readonly lookups: number;
  readonly voidLookups: number;
  /** where each counted lookup came from: `domain: term` */
  readonly lookupTrail: string[];
  readonly voidTrail: string[];
  /** permerror and temperror causes, first of each code per domain */
  readonly problems: SpfProblem[];
  readonly ptr: string[];
  readonly macros: string[];
  /** the `all` that ends evaluation (following redirect=), when there is one */
  readonly all?: { qualifier: SpfQualifier; domain: string };
}

async function ask<T>(lookup: () => Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await lookup() };
  } catch (error) {
    if (error instanceof DnsLookupError) return { error: error.message };
    throw error;
  }
}

/**
 * Reads a domain's SPF record and follows it as a receiver would, without an IP: counts the lookups
 * and void lookups through every include and redirect, and collects the problems that make
 * receivers return permerror or temperror.
 */
export async function inspectSpf(domainName: string, resolver: DnsResolver): Promise<SpfInspection> {
  const domain = normalizeName(domainName);
  const problems: SpfProblem[] = [];
  const lookupTrail: string[] = [];
  const voidTrail: string[] = [];
  const ptr: string[] = [];
  const macros: string[] = [];
  let allOf: SpfInspection['all'];
  const problem = (code: SpfProblemCode, where: string, detail: string): void => {
    if (!problems.some((p) => p.code === code && p.domain === where)) problems.push({ code, domain: where, detail });
  };

  const top = await ask(() => resolver.txt(domain));
  if ('error' in top) {
    problem('temperror', domain, top.error);
    return { domain, records: [], parsed: null, lookups: 0, voidLookups: 0, lookupTrail, voidTrail, problems, ptr, macros };
  }
  const records = spfRecordsOf(top.value);
  if (records.length === 0) return { domain, records, parsed: null, lookups: 0, voidLookups: 0, lookupTrail, voidTrail, problems, ptr, macros };
  if (records.length > 1) problem('multiple-records', domain, `${records.length} SPF records`);
  const parsed = parseSpf(records[0] as string);

  const countVoid = (where: string, term: string): void => {
    voidTrail.push(`${where}: ${term}`);
  };

  async function follow(record: ParsedSpf, where: string, path: readonly string[], isTop: boolean): Promise<void> {
    if (record.errors.length > 0) problem('syntax', where, record.errors.join('; '));
    for (const term of record.terms) {
      if (lookupTrail.length >= MAX_LOOKUPS_FOLLOWED) return;
      if (term.kind === 'modifier') continue;
      if (term.name === 'all' && isTop) allOf ??= { qualifier: term.qualifier, domain: where };
      if (!LOOKUP_MECHANISMS.has(term.name)) continue;
      lookupTrail.push(`${where}: ${term.text}`);
      if (term.name === 'ptr') ptr.push(`${where}: ${term.text}`);
      if (term.macro) {
        macros.push(`${where}: ${term.text}`);
        continue;
      }
      const target = normalizeName(term.value ?? where);
      if (term.name === 'include') await include(target, term.text, where, path);
      else if (term.name === 'a' || term.name === 'exists') {
        const answer = await ask(() => resolver.addresses(target));
        if ('error' in answer) problem('temperror', where, answer.error);
        else if (answer.value === null || answer.value.length === 0) countVoid(where, term.text);
      } else if (term.name === 'mx') {
        const answer = await ask(() => resolver.mx(target));
        if ('error' in answer) problem('temperror', where, answer.error);
        else if (answer.value === null || answer.value.length === 0) countVoid(where, term.text);
        else if (answer.value.length > SPF_MX_LIMIT) problem('too-many-mx', where, `${term.text}: ${answer.value.length} MX hosts (at most ${SPF_MX_LIMIT} are looked up)`);
      }
    }
    // redirect= counts only when the record has no `all` (§6.1).
    if (record.redirect !== undefined && !record.all) {
      if (lookupTrail.length >= MAX_LOOKUPS_FOLLOWED) return;
      lookupTrail.push(`${where}: redirect=${record.redirect}`);
      if (hasMacro(record.redirect)) {
        macros.push(`${where}: redirect=${record.redirect}`);
        return;
      }
      const target = normalizeName(record.redirect);
      if (path.includes(target) || target === where) {
        problem('loop', where, `redirect=${record.redirect} leads back to ${target}`);
        return;
      }
      const next = await fetchRecord(target, 'redirect-missing', where, `redirect=${record.redirect}`);
      if (next) await follow(next, target, [...path, where], isTop);
    }
  }

  async function fetchRecord(target: string, missing: 'include-missing' | 'redirect-missing', where: string, term: string): Promise<ParsedSpf | null> {
    const answer = await ask(() => resolver.txt(target));
    if ('error' in answer) {
      problem('temperror', where, answer.error);
      return null;
    }
    const found = spfRecordsOf(answer.value);
    if (answer.value === null) countVoid(where, term);
    if (found.length === 0) {
      problem(missing, where, `${term}: ${target} has no SPF record`);
      return null;
    }
    if (found.length > 1) problem('multiple-records', target, `${found.length} SPF records`);
    return parseSpf(found[0] as string);
  }

  async function include(target: string, term: string, where: string, path: readonly string[]): Promise<void> {
    if (path.includes(target) || target === where) {
      problem('loop', where, `${term} leads back to ${target}`);
      return;
    }
    const next = await fetchRecord(target, 'include-missing', where, term);
    if (next) await follow(next, target, [...path, where], false);
  }

  await follow(parsed, domain, [], true);
  if (lookupTrail.length > SPF_LOOKUP_LIMIT) {
    problem('too-many-lookups', domain, `${lookupTrail.length >= MAX_LOOKUPS_FOLLOWED ? 'at least ' : ''}${lookupTrail.length} DNS lookups (the limit is ${SPF_LOOKUP_LIMIT})`);
  }
  if (voidTrail.length > SPF_VOID_LOOKUP_LIMIT) {
    problem('void-lookups', domain, `${voidTrail.length} lookups found nothing (the limit is ${SPF_VOID_LOOKUP_LIMIT})`);
  }
  return {
    domain,
    records,
    parsed,
    lookups: lookupTrail.length,
    voidLookups: voidTrail.length,
    lookupTrail,
    voidTrail,
    problems,
    ptr,
    macros,
    ...(allOf ? { all: allOf } : {}),
  };
}

/** Whether receivers can use the record at all: one record, valid, within the limits. */
export function spfUsable(inspection: SpfInspection): boolean {
  return inspection.records.length > 0 && inspection.problems.length === 0;
}

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

const RESULT_OF: Record<SpfQualifier, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/**
 * `check_host()` (RFC 7208 §4) for one IP, without macro expansion: a term whose domain holds a
 * macro never matches (the `explanation` says so). Lookup and void limits apply.
 */
export async function checkHost(ipText: string, domainName: string, resolver: DnsResolver): Promise<{ result: SpfResult; mechanism?: string; explanation: string }> {
  const parsedIp = parseIp(ipText);
  if (!parsedIp) return { result: 'permerror', explanation: `${ipText} is not an IP address` };
  const ip: readonly number[] = parsedIp;
  let lookups = 0;
  let voids = 0;
  const skipped: string[] = [];

  const addressesMatch = (addresses: readonly string[], cidr4 = 32, cidr6 = 128): boolean =>
    addresses.some((address) => {
      const bytes = parseIp(address);
      return bytes !== null && inCidr(ip, bytes, bytes.length === 4 ? cidr4 : cidr6);
    });

  class Stop extends Error {
    constructor(readonly result: SpfResult, readonly why: string) {
      super(why);
    }
  }
  const count = (): void => {
    if (++lookups > SPF_LOOKUP_LIMIT) throw new Stop('permerror', `more than ${SPF_LOOKUP_LIMIT} DNS lookups`);
  };
  const voidAnswer = (): void => {
    if (++voids > SPF_VOID_LOOKUP_LIMIT) throw new Stop('permerror', `more than ${SPF_VOID_LOOKUP_LIMIT} void lookups`);
  };
  const lookup = async <T>(run: () => Promise<T[] | null>): Promise<T[]> => {
    const answer = await ask(run);
    if ('error' in answer) throw new Stop('temperror', answer.error);
    if (answer.value === null || answer.value.length === 0) {
      voidAnswer();
      return [];
    }
    return answer.value;
  };

  async function evaluate(domain: string, depth: number): Promise<{ result: SpfResult; mechanism?: string }> {
    if (depth > 20) throw new Stop('permerror', 'include or redirect loop');
    const answer = await ask(() => resolver.txt(domain));
    if ('error' in answer) throw new Stop('temperror', answer.error);
    const records = spfRecordsOf(answer.value);
    if (records.length === 0) return { result: 'none' };
    if (records.length > 1) throw new Stop('permerror', `${domain} has ${records.length} SPF records`);
    const record = parseSpf(records[0] as string);
    if (record.errors.length > 0) throw new Stop('permerror', `${domain}: ${record.errors[0]}`);
    for (const term of record.terms) {
      if (term.kind === 'modifier') continue;
      if (LOOKUP_MECHANISMS.has(term.name)) count();
      if (term.macro) {
        skipped.push(term.text);
        continue;
      }
      const target = normalizeName(term.value ?? domain);
      let matched = false;
      switch (term.name) {
        case 'all':
          matched = true;
          break;
        case 'ip4':
        case 'ip6': {
          const network = parseIp(term.value ?? '');
          matched = network !== null && inCidr(ip, network, network.length === 4 ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128));
          break;
        }
        case 'a':
          matched = addressesMatch(await lookup(() => resolver.addresses(target)), term.cidr4, term.cidr6);
          break;
        case 'mx': {
          const hosts = await lookup(() => resolver.mx(target));
          if (hosts.length > SPF_MX_LIMIT) throw new Stop('permerror', `${term.text}: more than ${SPF_MX_LIMIT} MX hosts`);
          for (const host of hosts) {
            if (addressesMatch(await lookup(() => resolver.addresses(normalizeName(host.exchange))), term.cidr4, term.cidr6)) matched = true;
          }
          break;
        }
        case 'exists':
          matched = (await lookup(() => resolver.addresses(target))).length > 0;
          break;
        case 'ptr': {
          const names = await lookup(() => resolver.reverse(ipText));
          for (const name of names.slice(0, 10)) {
            const host = normalizeName(name);
            if (host !== target && !host.endsWith(`.${target}`)) continue;
            if (addressesMatch(await lookup(() => resolver.addresses(host)))) matched = true;
          }
          break;
        }
        case 'include': {
          const inner = await evaluate(target, depth + 1);
          if (inner.result === 'none') throw new Stop('permerror', `${term.text}: ${target} has no SPF record`);
          if (inner.result === 'permerror' || inner.result === 'temperror') return inner;
          matched = inner.result === 'pass';
          break;
        }
      }
      if (matched) return { result: RESULT_OF[term.qualifier], mechanism: `${domain}: ${term.text}` };
    }
    if (record.redirect !== undefined) {
      count();
      if (hasMacro(record.redirect)) {
        skipped.push(`redirect=${record.redirect}`);
        return { result: 'neutral' };
      }
      const inner = await evaluate(normalizeName(record.redirect), depth + 1);
      if (inner.result === 'none') throw new Stop('permerror', `redirect=${record.redirect}: no SPF record there`);
      return inner;
    }
    return { result: 'neutral', mechanism: `${domain}: no mechanism matched (default ?all)` };
  }

  try {
    const outcome = await evaluate(normalizeName(domainName), 0);
    const note = skipped.length > 0 ? ` (terms with macros were not evaluated: ${skipped.join(', ')})` : '';
    return { ...outcome, explanation: `${outcome.mechanism ?? 'no record'}${note}` };
  } catch (error) {
    if (error instanceof Stop) return { result: error.result, explanation: error.why };
    throw error;
  }
}

const P = DOMAIN_POINTS;

/** The findings about a domain's SPF record. */
export function spfFindings(inspection: SpfInspection): Finding[] {
  const { domain, records } = inspection;
  const findings: Finding[] = [];
  const record = records[0] ?? '';
  const temperror = inspection.problems.find((p) => p.code === 'temperror');
  if (records.length === 0) {
    if (temperror) {
      findings.push(
        domainFinding('spf-temperror', 'spf', P.required, `The SPF record of ${domain} could not be read: ${temperror.detail}. Receivers treat this as a temporary error and may defer or junk your mail.`, 'Check that the authoritative name servers of the domain answer for TXT queries.', temperror.detail),
      );
      return findings;
    }
    findings.push(
      domainFinding(
        'spf-missing',
        'spf',
        P.required,
        `${domain} publishes no SPF record, so receivers cannot tell which servers may send as it. Gmail, Yahoo and Outlook.com require SPF for bulk senders, and unauthenticated mail is often junked.`,
        `Publish one TXT record at ${domain} that lists your senders and ends in ~all or -all, e.g. "v=spf1 include:_spf.your-esp.example ~all".`,
        `${domain}: no TXT record starting with v=spf1`,
      ),
    );
    return findings;
  }
  for (const problem of inspection.problems) {
    switch (problem.code) {
      case 'multiple-records':
        findings.push(
          domainFinding(
            'spf-multiple-records',
            'spf',
            P.required,
            problem.domain === domain
              ? `${domain} publishes ${records.length} SPF records; with more than one, receivers return permerror and SPF fails for every message (RFC 7208 §4.5).`
              : `${problem.domain}, included by your SPF record, publishes more than one SPF record, so the include fails with permerror.`,
            problem.domain === domain ? 'Merge them into one TXT record: one "v=spf1", all mechanisms, one "all" at the end.' : `Ask the owner of ${problem.domain} to fix it, or stop including it.`,
            problem.domain === domain ? records.join(' | ') : `${problem.domain}: ${problem.detail}`,
          ),
        );
        break;
      case 'syntax':
        findings.push(
          domainFinding(
            'spf-syntax',
            'spf',
            P.required,
            `The SPF record of ${problem.domain}${problem.domain === domain ? '' : ' (included by yours)'} has a syntax error, so receivers return permerror: ${problem.detail}.`,
            'Fix the term named, following RFC 7208 §12 (mechanisms: all, include, a, mx, ptr, ip4, ip6, exists; modifiers: redirect=, exp=).',
            problem.domain === domain ? record : problem.detail,
          ),
        );
        break;
      case 'include-missing':
      case 'redirect-missing':
        findings.push(
          domainFinding(
            problem.code === 'include-missing' ? 'spf-include-missing' : 'spf-redirect-missing',
            'spf',
            P.required,
            `${problem.detail}; receivers return permerror for the whole record (RFC 7208 §5.2, §6.1).`,
            'Remove the term, or correct the domain name (ESPs document the exact include to use).',
            `${problem.domain}: ${problem.detail}`,
          ),
        );
        break;
      case 'too-many-lookups':
        findings.push(
          domainFinding(
            'spf-too-many-lookups',
            'spf',
            P.required,
            `Evaluating the SPF record of ${domain} takes ${problem.detail}, counted through every include and redirect; receivers stop at 10 and return permerror, so SPF fails (RFC 7208 §4.6.4).`,
            'Remove includes of services you no longer use, replace a and mx terms by ip4/ip6 ranges, or move senders to subdomains with their own SPF records.',
            inspection.lookupTrail.join(', '),
          ),
        );
        break;
      case 'void-lookups':
        findings.push(
          domainFinding(
            'spf-void-lookups',
            'spf',
            P.required,
            `${problem.detail} while evaluating the SPF record of ${domain}; receivers return permerror after 2 void lookups (RFC 7208 §4.6.4).`,
            'Remove the terms that point at names without records (often an old ESP or a removed host).',
            inspection.voidTrail.join(', '),
          ),
        );
        break;
      case 'too-many-mx':
        findings.push(
          domainFinding('spf-too-many-mx', 'spf', P.required, `${problem.detail}: receivers return permerror (RFC 7208 §4.6.4).`, 'Replace the mx term by ip4/ip6 ranges of the hosts that actually send.', `${problem.domain}: ${problem.detail}`),
        );
        break;
      case 'loop':
        findings.push(
          domainFinding('spf-loop', 'spf', P.required, `The SPF record of ${problem.domain} loops: ${problem.detail}; receivers end with permerror.`, 'Remove the include or redirect that points back.', `${problem.domain}: ${problem.detail}`),
        );
        break;
      case 'temperror':
        findings.push(
          domainFinding(
            'spf-temperror',
            'spf',
            P.warning,
            `A DNS lookup needed by the SPF record of ${domain} failed (${problem.detail}); receivers return temperror and may defer or junk mail.`,
            'Check that the name servers of the domain in question answer.',
            `${problem.domain}: ${problem.detail}`,
          ),
        );
        break;
    }
  }
  const all = inspection.all;
  const parsed = inspection.parsed;
  if (all?.qualifier === '+') {
    findings.push(
      domainFinding(
        'spf-pass-all',
        'spf',
        P.required,
        `The SPF record of ${domain} ends in +all, which authorises every server on the internet to send as ${domain}: SPF then proves nothing, and filters treat it as a spam sign.`,
        'End the record with ~all (softfail) or -all (fail) after listing your real senders.',
        record,
      ),
    );
  } else if (all?.qualifier === '?') {
    findings.push(
      domainFinding('spf-neutral-all', 'spf', P.warning, `The SPF record of ${domain} ends in ?all (neutral): mail from any other server is neither passed nor failed, so SPF does not protect the domain.`, 'End the record with ~all or -all.', record),
    );
  } else if (!all && parsed && parsed.errors.length === 0 && parsed.redirect === undefined) {
    findings.push(
      domainFinding(
        'spf-no-all',
        'spf',
        P.minor,
        `The SPF record of ${domain} has no "all" mechanism and no redirect=, so unlisted servers get neutral: the record does not say what to do with forged mail.`,
        'Add ~all or -all at the end of the record.',
        record,
      ),
    );
  }
  if (inspection.ptr.length > 0) {
    findings.push(
      domainFinding(
        'spf-ptr',
        'spf',
        P.minor,
        'The SPF record uses the ptr mechanism, which RFC 7208 §5.5 says not to use: it is slow, unreliable, and some receivers ignore it or fail it.',
        'Replace ptr by ip4/ip6 ranges or a/mx terms.',
        inspection.ptr.join(', '),
      ),
    );
  }
  if (inspection.macros.length > 0) {
    findings.push(
      domainFinding(
        'spf-macros',
        'spf',
        P.advice,
        'Some SPF terms use macros, which only a receiver can expand; they were counted as lookups but not followed.',
        'Nothing to change if your provider documents them; the lookup count may be higher than shown.',
        inspection.macros.join(', '),
      ),
    );
  }
  return findings;
}
