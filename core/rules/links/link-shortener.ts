// Detects links through URL shorteners (bit.ly, t.co, …). A shortener hides where a link goes,
// so filters cannot judge the destination's reputation, and spammers use them for exactly that.
// Source: SpamAssassin's DecodeShortURLs plugin and its shortener list (25_url_shortener.cf), which
// follow shortened links rather than score them: the points are a house estimate.
import type { Link } from '../../message/message.ts';
import { defineRule, type RuleContext } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { listedHost } from '../../links/inspect.ts';

/** The listed shortener a link goes through: its host or a parent domain of it (`www.bit.ly`, `on.example.com`). */
function shortener(context: RuleContext, link: Link): string | null {
  const { hostname } = link.url;
  return hostname && !link.url.isIp ? listedHost(hostname, context.lists.shorteners) : null;
}

export default defineRule({
  id: 'link-shortener',
  category: 'links',
  description: 'Link goes through a URL shortener',
  weight: 1.5,
  cap: 2,
  messages: {
    'shortened':
      '`{url}` goes through the URL shortener `{shortener}`, which hides the destination from the reader and from filters; spam uses shorteners for that reason, so filters distrust them.',
    'use-full-address':
      'Link to the full address of the page on your own domain.',
  },
  check(context) {
    const { message } = context;
    return context.facts.links.distinct.filter((link) => shortener(context, link) !== null).map((link) => {
      const pointer = pointAtUrl(message, link);
      return {
        messageId: 'shortened',
        suggestionId: 'use-full-address',
        data: { url: pointer.evidence, shortener: shortener(context, link) ?? '' },
        ...pointer,
      };
    });
  },
});
