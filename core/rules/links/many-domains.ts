// Detects messages that link to many different registrable domains. Every domain in a message
// is looked up in URI blocklists (Spamhaus DBL, SURBL, URIBL), so each extra one is another
// chance of a listing; link farms and affiliate spam spread links over many domains.
// Source: SpamAssassin URIBL lookups (25_uribl.cf) and its per-message domain limit (uridnsbl_max_domains).
import { defineRule } from '../rule.ts';
import { isPlausibleHostname } from '../../links/inspect.ts';
import type { LinkFacts } from '../../facts/links.ts';
import type { Link } from '../../message/message.ts';

/** Listed in the message: the first few domains, in the order the links name them. */
const LISTED = 5;

/**
 * How many distinct domains the shown web links with a plausible host go to, and the first few:
 * by the links fact's domain numbers, a byte a domain, or with a Set for links built by hand.
 */
function distinctDomains(links: LinkFacts): { count: number; listed: string[] } {
  const counts = (link: Link): boolean => !link.hidden && isPlausibleHostname(link.url.hostname) && link.url.domain !== null && link.url.domain !== '';
  const listed: string[] = [];
  const numbers = links.domains;
  if (numbers) {
    const seen = new Uint8Array(numbers.count);
    let count = 0;
    for (const link of links.web) {
      if (!counts(link)) continue;
      const number = numbers.of(link);
      if (seen[number] !== 0) continue;
      seen[number] = 1;
      count++;
      if (listed.length < LISTED) listed.push(link.url.domain as string);
    }
    return { count, listed };
  }
  const domains = new Set<string>();
  for (const link of links.web) if (counts(link)) domains.add(link.url.domain as string);
  return { count: domains.size, listed: [...domains].slice(0, LISTED) };
}

/** Distinct link domains at which the finding starts; a typical newsletter links to 1–4. */
const MANY = 10;

export default defineRule({
  id: 'many-domains',
  category: 'links',
  description: 'Links point to many different domains',
  weight: 0,
  cap: 2,
  messages: {
    'many-domains':
      'The links go to {partial, select, yes {at least } other {}}{count} different domains ({domains}, …); filters look each one up in domain blocklists, so every extra domain is one more chance that one of them is listed.',
    'fewer-domains':
      'Link mainly to your own domain; drop links that are not needed, and host resources (images, files) on your own site.',
  },
  check(context) {
    const { count, listed } = distinctDomains(context.facts.links);
    if (count < MANY) return [];
    // Past the link bound only the links checked one by one have a domain: the count is a floor.
    const partial = context.message.linkScan !== null;
    return [
      {
        messageId: 'many-domains',
        suggestionId: 'fewer-domains',
        data: { count, domains: listed.join(', '), partial: partial ? 'yes' : 'no' },
        evidence: `${partial ? 'at least ' : ''}${count} domains`,
        strength: Math.min(2, count / MANY),
      },
    ];
  },
});
