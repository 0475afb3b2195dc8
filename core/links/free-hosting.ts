/**
 * The free-hosting list (wordlists/global/free-hosting.yml) indexed by host, built once per
 * analyzer: a link's host and each of its parent domains are looked up, instead of the link being
 * compared with every entry, and an entry with a path matches only links under that path.
 *
 * A host may hold one `{region}`, which stands for a cloud region name (`us-east-1`,
 * `ap-southeast-7`, `us-gov-west-1`) and ends its label: `s3.{region}.amazonaws.com`,
 * `s3-website-{region}.amazonaws.com`. The shape of a region name is fixed here, not read from the
 * data, and a check is a few comparisons per parent domain, so matching stays linear in the host.
 */
import type { FreeHost } from '../data/types.ts';
import type { ParsedUrl } from './url.ts';

/** The placeholder a free-hosting host may hold once, for a region name. */
export const REGION_PLACEHOLDER = '{region}';

/**
 * An AWS region name: an area (`us`, `ap`, `eusc`), an optional partition or country (`gov`,
 * `de`), a direction and a number: `us-east-1`, `ap-southeast-7`, `us-gov-west-1`. Sources: AWS
 * General Reference, "Regions and endpoints"; the region list of the AWS SDKs (endpoints.json).
 */
const REGION_NAME = /^[a-z]{2,4}(?:-[a-z]{2,4})?-(?:central|north|south|east|west|northeast|northwest|southeast|southwest)-[1-9][0-9]?$/;
/** The shortest and longest text REGION_NAME can match (`us-east-1`; four, four, `northeast`, two digits). */
const MIN_REGION = 9;
const MAX_REGION = 22;

/** Whether `text` is a region name as a `{region}` host reads it. */
export function isRegionName(text: string): boolean {
  return text.length >= MIN_REGION && text.length <= MAX_REGION && REGION_NAME.test(text);
}

/** A host with `{region}`, split around it: `s3.` and `.amazonaws.com`. */
interface RegionHost {
  readonly before: string;
  readonly after: string;
  readonly entry: FreeHost;
}

export interface FreeHostIndex {
  /** host → its entries, in list order */
  readonly byHost: ReadonlyMap<string, readonly FreeHost[]>;
  /** the entries whose host holds `{region}`, in list order */
  readonly byRegion: readonly RegionHost[];
}

export function indexFreeHosts(list: readonly FreeHost[]): FreeHostIndex {
  const byHost = new Map<string, FreeHost[]>();
  const byRegion: RegionHost[] = [];
  for (const entry of list) {
    const at = entry.host.indexOf(REGION_PLACEHOLDER);
    if (at >= 0) {
      byRegion.push({ before: entry.host.slice(0, at), after: entry.host.slice(at + REGION_PLACEHOLDER.length), entry });
      continue;
    }
    const entries = byHost.get(entry.host);
    if (entries) entries.push(entry);
    else byHost.set(entry.host, [entry]);
  }
  return { byHost, byRegion };
}

/**
 * Whether `host` (from `at` to its end) is `pattern.before`, a region name, then `pattern.after`.
 * The length decides first, so only a region-sized middle is ever compared.
 */
function matchesRegionHost(pattern: RegionHost, host: string, at: number): boolean {
  const regionLength = host.length - at - pattern.before.length - pattern.after.length;
  if (regionLength < MIN_REGION || regionLength > MAX_REGION) return false;
  if (!host.startsWith(pattern.before, at) || !host.endsWith(pattern.after)) return false;
  const start = at + pattern.before.length;
  return isRegionName(host.slice(start, start + regionLength));
}

/** Whether a `{region}` host covers `host` exactly (`s3.{region}.amazonaws.com` covers `s3.us-east-1.amazonaws.com`). */
export function regionHostCovers(regionHost: string, host: string): boolean {
  const at = regionHost.indexOf(REGION_PLACEHOLDER);
  if (at < 0) return false;
  const pattern = { before: regionHost.slice(0, at), after: regionHost.slice(at + REGION_PLACEHOLDER.length), entry: { host: regionHost, sureness: 0 } };
  return matchesRegionHost(pattern, host, 0);
}

/**
 * The entry a URL falls under: its host or the nearest parent domain that is listed, with the
 * path prefix, if the entry has one, matched case-insensitively. An entry with `{region}` is
 * returned with the host it matched (`s3.eu-west-1.amazonaws.com`), so a finding names a real
 * host. Null for IP hosts and unlisted ones.
 */
export function freeHostOf({ byHost, byRegion }: FreeHostIndex, url: ParsedUrl): FreeHost | null {
  const { hostname } = url;
  if (!hostname || url.isIp || url.isObfuscatedIp) return null;
  // The path is lower-cased only when an entry with a path is met (most hosts are not listed at all).
  // Loops rather than `find` with closures: every distinct URL passes here (100,000 on a page of
  // different links), and two closures a URL and one a label were most of what it allocated.
  let path: string | null = null;
  for (let at = 0; at >= 0 && at < hostname.length; ) {
    const entries = byHost.get(at === 0 ? hostname : hostname.slice(at));
    if (entries) {
      for (let index = 0; index < entries.length; index++) {
        const entry = entries[index] as FreeHost;
        if (entry.path === undefined || (path ??= url.path.slice(0, 256).toLowerCase()).startsWith(entry.path)) return entry;
      }
    }
    for (let index = 0; index < byRegion.length; index++) {
      const pattern = byRegion[index] as RegionHost;
      if (!matchesRegionHost(pattern, hostname, at)) continue;
      const { entry } = pattern;
      if (entry.path === undefined || (path ??= url.path.slice(0, 256).toLowerCase()).startsWith(entry.path)) return { ...entry, host: hostname.slice(at) };
    }
    const dot = hostname.indexOf('.', at);
    at = dot < 0 ? -1 : dot + 1;
  }
  return null;
}
