/**
 * DKIM key records (RFC 6376 §3.6.1, RFC 8463 for ed25519, RFC 8301 for key sizes and hashes):
 * `v=`, `k=`, `h=`, `t=`, and `p=` read as base64 DER so that the RSA modulus length is known;
 * an empty `p=` is a revoked key.
 *
 * Pure: DNS comes through an injected `DnsResolver`.
 */
import type { Finding } from '../types.ts';
import { decodeBase64Strict } from '../text/encodings.ts';
import { rsaKeyShape } from './der.ts';
import { DOMAIN_POINTS, domainFinding } from './finding.ts';
import { DnsLookupError, normalizeName, type DnsResolver } from './resolver.ts';

/** Selectors common ESPs and mail hosts use, tried when none is given. */
export const COMMON_DKIM_SELECTORS: readonly string[] = [
  'default',
  'dkim',
  'mail',
  'google',
  'selector1',
  'selector2',
  'k1',
  'k2',
  's1',
  's2',
  'sig1',
  'smtp',
  'mx',
  'fm1',
  'protonmail',
  'zoho',
  'mandrill',
  'mailjet',
  'pm',
  'everlytickey1',
  'mxvault',
];

export interface DkimKey {
  readonly tags: ReadonlyMap<string, string>;
  /** 'rsa' unless k= says otherwise */
  readonly keyType: string;
  readonly revoked: boolean;
  /** RSA modulus bits, or 256 for ed25519 */
  readonly bits?: number;
  readonly format?: 'spki' | 'pkcs1' | 'raw';
  readonly testing: boolean;
  /** acceptable hashes from h=, when restricted */
  readonly hashes?: string[];
  /** reasons verifiers cannot use the key */
  readonly errors: string[];
}

/** A TXT record that is (meant to be) a DKIM key: it has p= or starts with v=DKIM1. */
export function isDkimRecord(txt: string): boolean {
  return /^\s*v\s*=\s*DKIM1\b/i.test(txt) || /(?:^|;)\s*p\s*=/i.test(txt);
}

export function parseDkimKey(record: string): DkimKey {
  const errors: string[] = [];
  const tags = new Map<string, string>();
  record
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .forEach((part, index) => {
      const match = /^([a-z][a-z0-9_]*)\s*=\s*([\s\S]*)$/i.exec(part);
      if (!match) {
        errors.push(`"${part.slice(0, 40)}" is not a tag=value pair`);
        return;
      }
      const name = (match[1] ?? '').toLowerCase();
      if (name === 'v' && index !== 0) errors.push('v= must be the first tag');
      if (tags.has(name)) errors.push(`"${name}=" appears more than once`);
      else tags.set(name, (match[2] ?? '').replace(/\s+/g, ''));
    });
  const version = tags.get('v');
  if (version !== undefined && version !== 'DKIM1') errors.push(`v=${version} is not DKIM1`);
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const testing = (tags.get('t') ?? '').toLowerCase().split(':').includes('y');
  const hashes = tags.get('h')?.toLowerCase().split(':').filter(Boolean);
  const p = tags.get('p');
  const base = { tags, keyType, testing, ...(hashes ? { hashes } : {}) };
  if (p === undefined) return { ...base, revoked: false, errors: [...errors, 'the p= tag (public key) is missing'] };
  if (p === '') return { ...base, revoked: true, errors };
  const der = decodeBase64Strict(p);
  if (!der) return { ...base, revoked: false, errors: [...errors, 'p= is not valid base64'] };
  if (keyType === 'ed25519') {
    if (der.length !== 32) errors.push(`an ed25519 key is 32 bytes, p= holds ${der.length}`);
    return { ...base, revoked: false, bits: 256, format: 'raw', errors };
  }
  if (keyType !== 'rsa') return { ...base, revoked: false, errors: [...errors, `k=${keyType} is not a key type verifiers know (rsa or ed25519)`] };
  const shape = rsaKeyShape(der);
  if (shape.format === 'invalid') return { ...base, revoked: false, errors: [...errors, `p= is not an RSA public key (${shape.reason})`] };
  return { ...base, revoked: false, bits: shape.bits, format: shape.format, errors };
}

export interface DkimSelectorResult {
  readonly selector: string;
  /** `<selector>._domainkey.<domain>` */
  readonly name: string;
  /** the DKIM records found there (TXT records without p= and v=DKIM1 are left out) */
  readonly records: string[];
  readonly key?: DkimKey;
  readonly error?: string;
}

export interface DkimInspection {
  readonly domain: string;
  /** whether the selectors were given (true) or guessed from the common list */
  readonly given: boolean;
  readonly selectors: DkimSelectorResult[];
}

export async function inspectDkim(domainName: string, selectors: readonly string[] | undefined, resolver: DnsResolver): Promise<DkimInspection> {
  const domain = normalizeName(domainName);
  const given = selectors !== undefined && selectors.length > 0;
  const list = given ? selectors : COMMON_DKIM_SELECTORS;
  const results = await Promise.all(
    list.map(async (selectorName): Promise<DkimSelectorResult> => {
      const selector = normalizeName(selectorName);
      const name = `${selector}._domainkey.${domain}`;
      try {
        const records = (await resolver.txt(name) ?? []).filter(isDkimRecord);
        const first = records[0];
        return { selector, name, records, ...(first !== undefined ? { key: parseDkimKey(first) } : {}) };
      } catch (error) {
        if (error instanceof DnsLookupError) return { selector, name, records: [], error: error.message };
        throw error;
      }
    }),
  );
  return { domain, given, selectors: results };
}

/** Keys verifiers accept: not revoked, well formed, RSA of at least 1024 bits or ed25519. */
export function usableKeys(inspection: DkimInspection): DkimSelectorResult[] {
  return inspection.selectors.filter(({ key }) => key && !key.revoked && key.errors.length === 0 && (key.keyType === 'ed25519' || (key.bits ?? 0) >= 1024));
}

const P = DOMAIN_POINTS;

export function dkimFindings(inspection: DkimInspection): Finding[] {
  const { domain, given } = inspection;
  const findings: Finding[] = [];
  const found = inspection.selectors.filter((result) => result.key);
  for (const result of inspection.selectors) {
    const { key, name, selector } = result;
    const record = result.records[0] ?? '';
    if (result.error) {
      // A guessed selector whose lookup fails says nothing; a given one is a problem to report.
      if (given) findings.push(domainFinding('dkim-temperror', 'dkim', P.required, `The DKIM key at ${name} could not be read (${result.error}); verifiers return temperror.`, 'Check that the name servers answer for TXT queries under _domainkey.', result.error));
      continue;
    }
    if (!key) {
      if (given) {
        findings.push(
          domainFinding(
            'dkim-selector-missing',
            'dkim',
            P.required,
            `No DKIM key is published at ${name}, so every message signed with s=${selector} fails DKIM.`,
            `Publish the public key your sending service gives you as a TXT (or CNAME) record at ${name}, or check the s= of a DKIM-Signature header in a sent message.`,
            `${name}: no TXT record with p=`,
          ),
        );
      }
      continue;
    }
    if (result.records.length > 1) {
      findings.push(domainFinding('dkim-multiple-records', 'dkim', P.warning, `${name} holds ${result.records.length} DKIM key records; verifiers may pick either, so signatures fail at random.`, 'Keep one key record per selector; rotate keys with a new selector.', result.records.join(' | ')));
    }
    if (key.revoked) {
      findings.push(
        domainFinding(
          'dkim-revoked',
          'dkim',
          given ? P.required : P.advice,
          `The DKIM key at ${name} is revoked (empty p=): signatures with s=${selector} fail.`,
          given ? 'Sign with a selector whose key is published, or publish the current key at this one.' : 'Nothing to do if this selector is retired; make sure your mail is signed with a live one.',
          record,
        ),
      );
      continue;
    }
    if (key.errors.length > 0) {
      findings.push(domainFinding('dkim-key-malformed', 'dkim', P.required, `The DKIM key at ${name} cannot be used by verifiers: ${key.errors.join('; ')}.`, 'Copy the key record again from your sending service, as one TXT record: "v=DKIM1; k=rsa; p=<base64 key>".', record));
      continue;
    }
    if (key.keyType === 'rsa' && key.bits !== undefined && key.bits < 1024) {
      findings.push(
        domainFinding(
          'dkim-key-too-short',
          'dkim',
          P.required,
          `The DKIM key at ${name} is RSA ${key.bits}-bit; verifiers must not accept keys under 1024 bits (RFC 8301), and Gmail ignores them.`,
          'Generate a 2048-bit key, publish it under a new selector and switch signing to it.',
          `${name}: RSA ${key.bits} bits`,
        ),
      );
    } else if (key.keyType === 'rsa' && key.bits !== undefined && key.bits < 2048) {
      findings.push(
        domainFinding(
          'dkim-weak-key',
          'dkim',
          P.warning,
          `The DKIM key at ${name} is RSA ${key.bits}-bit. It still verifies, but 1024-bit keys are considered breakable; Gmail and Outlook.com recommend 2048.`,
          'Generate a 2048-bit key, publish it under a new selector, switch signing, then revoke the old one (empty p=).',
          `${name}: RSA ${key.bits} bits`,
        ),
      );
    }
    if (key.format === 'pkcs1') {
      findings.push(domainFinding('dkim-key-format', 'dkim', P.warning, `The key at ${name} is a bare PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo RFC 6376 asks for; some verifiers reject it.`, 'Publish the key in SubjectPublicKeyInfo form (the "BEGIN PUBLIC KEY" PEM, without its header lines).', record));
    }
    if (key.testing) {
      findings.push(domainFinding('dkim-testing', 'dkim', P.minor, `The key at ${name} has t=y (testing): verifiers may treat signed mail as unsigned.`, 'Remove t=y once signing works.', record));
    }
    if (key.hashes && !key.hashes.includes('sha256')) {
      findings.push(domainFinding('dkim-sha1', 'dkim', P.warning, `The key at ${name} allows only h=${key.hashes.join(':')}; rsa-sha1 signatures are no longer accepted (RFC 8301).`, 'Remove h= (or set h=sha256) and sign with rsa-sha256.', record));
    }
  }
  if (!given && found.length === 0) {
    findings.push(
      domainFinding(
        'dkim-not-found',
        'dkim',
        P.warning,
        `No DKIM key was found for ${domain} under ${inspection.selectors.length} common selectors. Gmail, Yahoo and Outlook.com require DKIM for bulk senders; your selector may simply be another one.`,
        'Give the selector from the s= tag of a DKIM-Signature header in a message you sent: spamrisk domain <domain> --selector <s>.',
        inspection.selectors.map((result) => result.selector).join(', '),
      ),
    );
  }
  const keys = found.map((result) => result.key as DkimKey).filter((key) => !key.revoked && key.errors.length === 0);
  if (keys.length > 0 && keys.every((key) => key.keyType === 'ed25519')) {
    findings.push(domainFinding('dkim-ed25519-only', 'dkim', P.advice, 'Only ed25519 DKIM keys were found; many receivers do not verify ed25519 yet.', 'Sign each message with an RSA 2048-bit key as well.', found.map((result) => result.name).join(', ')));
  }
  return findings;
}
