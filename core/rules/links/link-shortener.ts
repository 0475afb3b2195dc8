// Detects links through URL shorteners (bit.ly, t.co, …). A shortener hides where a link goes,
// so filters cannot judge the destination's reputation, and spammers use them for exactly that.
// Source: SpamAssassin URI_WP_SHORTENER-style rules and its `url_shortener` list (DecodeShortURLs).
import type { Link } from '../../message/message.ts';
import { defineRule, type RuleContext } from '../rule.ts';
import { distinctByHref, isWebLink, pointAtUrl, withoutWww } from './link-facts.ts';

function isShortened(context: RuleContext, link: Link): boolean {
  const { hostname, domain } = link.url;
  if (!hostname) return false;
  const shorteners = context.lists.shorteners;
  return shorteners.has(hostname) || shorteners.has(withoutWww(hostname)) || (domain !== null && shorteners.has(domain));
}

export default defineRule({
  id: 'link-shortener',
  category: 'links',
  description: 'Link goes through a URL shortener',
  weight: 1.5,
  cap: 2,
  check(context) {
    const { message } = context;
    return distinctByHref(message.links.filter((link) => isWebLink(link) && isShortened(context, link))).map((link) => {
      const pointer = pointAtUrl(message, link);
      return {
        message: `\`${pointer.evidence}\` goes through the URL shortener \`${link.url.hostname}\`, which hides the destination from the reader and from filters; spam uses shorteners for that reason, so filters distrust them.`,
        suggestion: 'Link to the full address of the page on your own domain.',
        ...pointer,
      };
    });
  },
});
