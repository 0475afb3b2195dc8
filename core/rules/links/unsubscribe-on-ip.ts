// Detects an unsubscribe (opt-out) link that points to a bare IP address. Legitimate senders
// host opt-out on their own domain; an IP opt-out marks throwaway infrastructure. Advice (0 points):
// filters price the IP link itself, which ip-address-link scores, and no filter scores its being the
// opt-out (rspamd HTTP_TO_IP, URL_NUMERIC_IP; SpamAssassin NORMAL_HTTP_TO_IP; docs/rules/unsubscribe-on-ip.md).
import { pointAtUrl } from '../evidence.ts';
import { defineRule, type MessageHit } from '../rule.ts';

export default defineRule({
  id: 'unsubscribe-on-ip',
  category: 'links',
  description: 'Unsubscribe link points to an IP address',
  weight: 0,
  cap: 1,
  messages: {
    'unsubscribe-on-ip':
      'The unsubscribe link `{url}` points to the IP address `{host}` instead of your domain; opt-out on a bare IP is a mark of throwaway spam infrastructure, and recipients cannot tell whom they are unsubscribing from.',
    'host-unsubscribe':
      'Host the unsubscribe page on your own domain over HTTPS (or use your ESP\'s unsubscribe link), and add a List-Unsubscribe header.',
  },
  check(context) {
    const { message } = context;
    if (context.facts.links.ip.length === 0) return [];
    const ipLinks = new Set(context.facts.links.ip);
    // An opt-out link by its address, its text, or the opt-out wording just before it
    // ("To unsubscribe, visit http://203.0.113.9/…"): the opt-out fact decides, for every rule alike.
    const optOut = context.facts.optOut.links.find(({ link }) => ipLinks.has(link));
    if (!optOut) return [];
    const { link } = optOut;
    const pointer = pointAtUrl(message, link);
    const hit: MessageHit = {
      messageId: 'unsubscribe-on-ip',
      suggestionId: 'host-unsubscribe',
      data: { url: pointer.evidence, host: link.url.hostname ?? '' },
      ...pointer,
    };
    return [hit];
  },
});
