/**
 * Is a URL an email service provider's click-tracking redirect? ESPs rewrite every link of a
 * campaign to their own (or the sender's branded) tracking host, so in legitimate bulk mail a link
 * that shows `example.org` and points at `click.esp.net/…` is normal. Rules that compare where a
 * link seems to go with where it goes use this to tell that routine rewrite from a deception.
 * The domains, host labels and path parts are data: wordlists/global/click-tracking-domains.txt,
 * click-tracking-labels.txt and click-tracking-paths.txt.
 */
import type { ParsedUrl } from './url.ts';

/** The curated click-tracking lists (wordlists/global/click-tracking-*.txt), as sets. */
export interface ClickTrackers {
  /** registrable domains ESPs use only for click tracking */
  readonly domains: ReadonlySet<string>;
  /** first host labels ESPs give a branded tracking domain (`click.example.com`) */
  readonly labels: ReadonlySet<string>;
  /** any of the path parts of tracking URLs (`/Click?q=`, `/ls/click`), as escaped literals, case-insensitive */
  readonly paths: RegExp;
}

export function isClickTracker(url: ParsedUrl, trackers: ClickTrackers): boolean {
  const { hostname, domain } = url;
  if (!hostname || !domain || url.isIp || url.isObfuscatedIp) return false;
  if (trackers.domains.has(domain)) return true;
  if (hostname !== domain) {
    const firstLabel = hostname.slice(0, hostname.indexOf('.'));
    if (trackers.labels.has(firstLabel) || firstLabel.includes('click')) return true;
  }
  return trackers.paths.test(url.path.slice(0, 256));
}
