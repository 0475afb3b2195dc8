/**
 * The free-hosting list (wordlists/global/free-hosting.yml) indexed by host, built once per
 * analyzer: a link's host and each of its parent domains are looked up, instead of the link being
 * compared with every entry, and an entry with a path matches only links under that path.
 */
import type { FreeHost } from '../data/types.ts';
import type { ParsedUrl } from './url.ts';

export interface FreeHostIndex {
  /** host → its entries, in list order */
  readonly byHost: ReadonlyMap<string, readonly FreeHost[]>;
}

export function indexFreeHosts(list: readonly FreeHost[]): FreeHostIndex {
  const byHost = new Map<string, FreeHost[]>();
  for (const entry of list) {
    const entries = byHost.get(entry.host);
    if (entries) entries.push(entry);
    else byHost.set(entry.host, [entry]);
  }
  return { byHost };
}

/**
 * The entry a URL falls under: its host or the nearest parent domain that is listed, with the
 * path prefix, if the entry has one, matched case-insensitively. Null for IP hosts and unlisted ones.
 */
export function freeHostOf({ byHost }: FreeHostIndex, url: ParsedUrl): FreeHost | null {
  const { hostname } = url;
  if (!hostname || url.isIp || url.isObfuscatedIp) return null;
  const path = url.path.slice(0, 256).toLowerCase();
  for (let at = 0; at >= 0 && at < hostname.length; ) {
    const entries = byHost.get(at === 0 ? hostname : hostname.slice(at));
    const match = entries?.find((entry) => entry.path === undefined || path.startsWith(entry.path));
    if (match) return match;
    const dot = hostname.indexOf('.', at);
    at = dot < 0 ? -1 : dot + 1;
  }
  return null;
}
