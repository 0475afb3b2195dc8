// Detects messages that link to many different registrable domains. Every domain in a message
// is looked up in URI blocklists (Spamhaus DBL, SURBL, URIBL), so each extra one is another
// chance of a listing; link farms and affiliate spam spread links over many domains.
// Source: SpamAssassin URIBL lookups (25_uribl.cf) and its per-message domain limit (uridnsbl_max_domains).
import { defineRule } from '../rule.ts';
import { isPlausibleHostname } from '../../links/inspect.ts';

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
      'The links go to {count} different domains ({domains}, …); filters look each one up in domain blocklists, so every extra domain is one more chance that one of them is listed.',
    'fewer-domains':
      'Link mainly to your own domain; drop links that are not needed, and host resources (images, files) on your own site.',
  },
  check(context) {
    const domains = new Set<string>();
    for (const link of context.facts.links.web) {
      if (!link.hidden && isPlausibleHostname(link.url.hostname) && link.url.domain) domains.add(link.url.domain);
    }
    if (domains.size < MANY) return [];
    const listed = [...domains].slice(0, 5).join(', ');
    return [
      {
        messageId: 'many-domains',
        suggestionId: 'fewer-domains',
        data: { count: domains.size, domains: listed },
        evidence: `${domains.size} domains`,
        strength: Math.min(2, domains.size / MANY),
      },
    ];
  },
});
