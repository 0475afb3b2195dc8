// Detects links to domains under top-level domains that abuse trackers rank worst (`.zip`,
// `.top`, `.xyz`…). Cheap, loosely policed TLDs host a large share of spam and phishing sites, so
// filters add points for them; the list gives each TLD a sureness.
// Sources: Spamhaus "The World's Most Abused TLDs"; Interisle Consulting phishing landscape reports.
import type { Link } from '../../message/message.ts';
import { defineRule, type RuleContext, type RuleHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctBy, isPlausibleHostname } from '../../links/inspect.ts';

interface ListedTld {
  readonly tld: string;
  readonly sureness: number;
}

/** The listed TLD a link's host ends in, with its sureness; the public suffix is tried first (`co.ua`). */
function listedTld(context: RuleContext, link: Link): ListedTld | null {
  const { suffix, hostname } = link.url;
  const tlds = context.lists.suspiciousTlds;
  if (suffix) {
    const bySuffix = tlds.get(suffix);
    if (bySuffix !== undefined) return { tld: suffix, sureness: bySuffix };
  }
  const last = hostname ? hostname.slice(hostname.lastIndexOf('.') + 1) : '';
  const byLast = last ? tlds.get(last) : undefined;
  return byLast !== undefined ? { tld: last, sureness: byLast } : null;
}

export default defineRule({
  id: 'suspicious-tld',
  category: 'links',
  description: 'Link domain is on a TLD known for abuse',
  weight: 1.0,
  cap: 2,
  check(context) {
    const { message } = context;
    const hits: RuleHit[] = [];
    const listedLinks: { link: Link; listed: ListedTld; domain: string }[] = [];
    for (const link of context.facts.links.web) {
      if (!isPlausibleHostname(link.url.hostname) || link.url.isIp || link.url.isObfuscatedIp) continue;
      const listed = listedTld(context, link);
      if (listed) listedLinks.push({ link, listed, domain: link.url.domain ?? link.url.hostname });
    }
    for (const { link, listed, domain } of distinctBy(listedLinks, (entry) => entry.domain)) {
      const pointer = pointAtUrl(message, link);
      hits.push({
        message: `\`${pointer.evidence}\` is on \`${domain}\`, under the \`.${listed.tld}\` top-level domain, which hosts a large share of spam and phishing sites; filters give links there extra points.`,
        suggestion: `Host the page on your main domain (a .com, .org or country domain you have used for years) rather than a \`.${listed.tld}\` domain.`,
        ...pointer,
        strength: listed.sureness,
      });
    }
    return hits;
  },
});
