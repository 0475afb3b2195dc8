/**
 * The open-redirector list indexed by host, built once per analyzer: a link's host and each of its
 * parent domains are looked up, instead of the link being compared with every entry.
 */
import type { OpenRedirector } from '../data/types.ts';

export interface RedirectorIndex {
  /** host → its entries with their place in the list */
  readonly byHost: ReadonlyMap<string, readonly { readonly index: number; readonly entry: OpenRedirector }[]>;
}

export function indexRedirectors(list: readonly OpenRedirector[]): RedirectorIndex {
  const byHost = new Map<string, { index: number; entry: OpenRedirector }[]>();
  list.forEach((entry, index) => {
    const entries = byHost.get(entry.host);
    if (entries) entries.push({ index, entry });
    else byHost.set(entry.host, [{ index, entry }]);
  });
  return { byHost };
}

const NO_REDIRECTORS: readonly OpenRedirector[] = Object.freeze([]);

/** The entries whose host is the hostname or one of its parent domains, in list order. */
export function candidateRedirectors({ byHost }: RedirectorIndex, hostname: string): readonly OpenRedirector[] {
  // Most links' hosts have no entry: no arrays for them (every distinct URL passes here).
  let found: { index: number; entry: OpenRedirector }[] | null = null;
  for (let at = 0; at >= 0 && at < hostname.length; ) {
    const entries = byHost.get(at === 0 ? hostname : hostname.slice(at));
    if (entries) (found ??= []).push(...entries);
    const dot = hostname.indexOf('.', at);
    at = dot < 0 ? -1 : dot + 1;
  }
  if (!found) return NO_REDIRECTORS;
  if (found.length > 1) found.sort((a, b) => a.index - b.index);
  return found.map((candidate) => candidate.entry);
}
