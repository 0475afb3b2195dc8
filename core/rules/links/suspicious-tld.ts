// Detects links to domains under top-level domains that abuse trackers rank worst (`.zip`,
// `.top`, `.xyz`…). Cheap, loosely policed TLDs host a large share of spam and phishing sites, so
// filters add points for them; the list gives each TLD a sureness.
// Sources: Spamhaus "The World's Most Abused TLDs"; Interisle Consulting phishing landscape reports.
import type { Link } from '../../message/message.ts';
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctBy, isPlausibleHostname, suspiciousTldOf } from '../../links/inspect.ts';

export default defineRule({
  id: 'suspicious-tld',
  category: 'links',
  description: 'Link domain is on a TLD known for abuse',
  weight: 1.0,
  cap: 2,
  messages: {
    'suspicious-tld':
      '`{url}` is on `{domain}`, under the `.{tld}` top-level domain, which hosts a large share of spam and phishing sites; filters give links there extra points.',
    'use-main-domain':
      'Host the page on your main domain (a .com, .org or country domain you have used for years) rather than a `.{tld}` domain.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    const listedLinks: { link: Link; listed: { tld: string; sureness: number }; domain: string }[] = [];
    for (const link of context.facts.links.distinct) {
      if (!isPlausibleHostname(link.url.hostname) || link.url.isIp || link.url.isObfuscatedIp) continue;
      const listed = suspiciousTldOf(link.url, context.lists.suspiciousTlds);
      if (listed) listedLinks.push({ link, listed, domain: link.url.domain ?? link.url.hostname });
    }
    for (const { link, listed, domain } of distinctBy(listedLinks, (entry) => entry.domain)) {
      const pointer = pointAtUrl(message, link);
      hits.push({
        messageId: 'suspicious-tld',
        suggestionId: 'use-main-domain',
        data: { url: pointer.evidence, domain, tld: listed.tld },
        ...pointer,
        strength: listed.sureness,
      });
    }
    return hits;
  },
});
