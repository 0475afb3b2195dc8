/**
 * The domain check's DNS in Node: a `node:dns` Resolver (c-ares, so no /etc/hosts and no search
 * domains) with configurable servers, adapted to the core's `DnsResolver` contract: void answers
 * (NXDOMAIN, no data) become null, failures (timeout, SERVFAIL, refused) a `DnsLookupError`.
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { DnsLookupError, type DnsResolver } from '../../core/dns-records/index.ts';

/** c-ares codes that mean "nothing there", not "could not ask". */
const VOID_CODES = new Set(['ENODATA', 'ENOTFOUND']);

export interface NodeResolverOptions {
  /** `host`, `host:port`, `[v6]:port`; default: the system's resolvers */
  readonly servers?: readonly string[];
  /** per try, in milliseconds (default 5000) */
  readonly timeout?: number;
  /** tries per query (default 2) */
  readonly tries?: number;
}

/** Checks a --dns value; returns the form `setServers` takes, or null when it is not an IP (and port). */
export function parseDnsServer(text: string): string | null {
  const trimmed = text.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(trimmed);
  const v4 = /^([\d.]+)(?::(\d{1,5}))?$/.exec(trimmed);
  const [host, port] = bracketed ? [bracketed[1], bracketed[2]] : v4 ? [v4[1], v4[2]] : [trimmed, undefined];
  if (!host || isIP(host) === 0) return null;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  if (port === undefined) return host;
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

export function createNodeResolver(options: NodeResolverOptions = {}): DnsResolver {
  const resolver = new dns.Resolver({ timeout: options.timeout ?? 5000, tries: options.tries ?? 2 });
  if (options.servers && options.servers.length > 0) {
    resolver.setServers(
      options.servers.map((server) => {
        const parsed = parseDnsServer(server);
        if (!parsed) throw new TypeError(`"${server}" is not a DNS server address (IP or IP:port)`);
        return parsed;
      }),
    );
  }

  async function query<T>(name: string, type: string, run: () => Promise<T[]>): Promise<T[] | null> {
    try {
      const answers = await run();
      return answers.length > 0 ? answers : null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      if (VOID_CODES.has(code)) return null;
      throw new DnsLookupError(name, type, code);
    }
  }

  return {
    async txt(name) {
      const records = await query(name, 'TXT', () => resolver.resolveTxt(name));
      return records ? records.map((chunks) => chunks.join('')) : null;
    },
    mx(name) {
      return query(name, 'MX', () => resolver.resolveMx(name));
    },
    async addresses(name) {
      const [v4, v6] = await Promise.all([query(name, 'A', () => resolver.resolve4(name)), query(name, 'AAAA', () => resolver.resolve6(name))]);
      const all = [...(v4 ?? []), ...(v6 ?? [])];
      return all.length > 0 ? all : null;
    },
    reverse(ip) {
      return query(ip, 'PTR', () => resolver.reverse(ip));
    },
  };
}
