/**
 * What the DNS checks ask of DNS, injected so that they stay pure (STYLE §1): the CLI passes one
 * built on `node:dns` (cli/domain/resolver.ts), tests pass a local server or a plain object.
 *
 * Every method resolves to `null` for a void answer (NXDOMAIN or no records of that type, RFC 7208
 * §4.6.4) and rejects with a `DnsLookupError` when DNS could not answer (timeout, SERVFAIL,
 * refused): the two mean different things to SPF (void lookup vs temperror).
 */
export interface DnsResolver {
  /** TXT records of `name`, each with its character-strings joined (RFC 7208 §3.3) */
  txt(name: string): Promise<string[] | null>;
  /** MX records of `name` */
  mx(name: string): Promise<{ exchange: string; priority: number }[] | null>;
  /** A and AAAA addresses of `name` */
  addresses(name: string): Promise<string[] | null>;
  /** PTR names of an IPv4 or IPv6 address */
  reverse(ip: string): Promise<string[] | null>;
}

export class DnsLookupError extends Error {
  constructor(
    readonly query: string,
    readonly type: string,
    readonly code: string,
  ) {
    super(`DNS lookup of ${type} ${query} failed (${code})`);
    this.name = 'DnsLookupError';
  }
}

/** Lower case, without the trailing dot. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}

/** A host name DNS can be asked about: labels of 1–63 letters, digits, hyphens or underscores, 253 characters in all. */
export function isDomainName(name: string): boolean {
  const host = normalizeName(name);
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/i.test(label));
}
