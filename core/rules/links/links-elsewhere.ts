// Detects a short HTML mail whose every link leads to one domain that is not the sender's: From
// says `shop.example`, every button goes to `promo-deals.example`. A sender that stands behind its
// mail links to its own site (or through its ESP's click tracking, which is set aside here); a
// phishing or spam run mails from one throwaway or borrowed domain and sends every reader to the
// page it really runs. On the dev corpus the shape fits over half of modern phishing and a sixth
// of 2002 spam, against under 1 % of modern legitimate mail and 4 % of commercial newsletters
// (sister brands: a retailer mailing from its parent's domain).
// Sources: SpamAssassin BODY_URI_ONLY, HTML_SHORT_LINK_IMG_* (related shapes, not this test);
// rspamd HFILTER_URL_ONELINE; DMARC's idea of alignment (RFC 7489) applied to where the mail sends
// readers. The points are a house estimate.
import { isClickTracker } from '../../links/click-tracking.ts';
import { isPlausibleHostname } from '../../links/inspect.ts';
import type { Link } from '../../message/message.ts';
import { pointAtUrl } from '../evidence.ts';
import { defineRule } from '../rule.ts';

/** A newsletter names and links other sites in passing; the shape is a short mail's. */
const MAX_WORDS = 300;

export default defineRule({
  id: 'links-elsewhere',
  category: 'links',
  description: "Every link goes to one domain, not the sender's",
  weight: 1.0,
  cap: 1,
  messages: {
    'one-destination':
      'Every link in the mail ({links, plural, one {# link} other {# links}}) goes to `{domain}`, none to `{fromDomain}`, the domain it is sent from. Mailing from one domain and sending every reader to another is how phishing and spam runs look; filters compare the sender with where the mail leads.',
    'link-home':
      'Link to pages on the domain you send from, or send from the domain your links go to, so that readers and filters see one organisation.',
  },
  check(context) {
    const { message, facts, lists } = context;
    const fromDomain = facts.identity.domain;
    if (!fromDomain || !message.isHtml || facts.visibleText.words > MAX_WORDS) return [];
    let destination: string | null = null;
    let first: Link | null = null;
    let count = 0;
    for (const link of facts.links.web) {
      if (link.hidden || link.url.isIp || link.url.isObfuscatedIp || !isPlausibleHostname(link.url.hostname)) continue;
      const domain = link.url.domain ?? link.url.hostname;
      if (!domain || domain === fromDomain) return [];
      // An ESP's tracking redirect carries no destination of its own (as in the sender's identity).
      if (isClickTracker(link.url, lists.clickTrackers)) continue;
      if (destination !== null && domain !== destination) return [];
      destination = domain;
      first ??= link;
      count++;
    }
    if (!first || destination === null) return [];
    const pointer = pointAtUrl(message, first);
    return [
      {
        messageId: 'one-destination',
        suggestionId: 'link-home',
        data: { links: count, domain: destination, fromDomain },
        ...pointer,
      },
    ];
  },
});
