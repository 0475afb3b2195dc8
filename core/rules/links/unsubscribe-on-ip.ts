// Detects an unsubscribe (opt-out) link that points to a bare IP address. Legitimate senders
// host opt-out on their own domain; an IP opt-out marks throwaway infrastructure, and filters read it as spam.
// Source: SpamAssassin NORMAL_HTTP_TO_IP together with UNSUB_PAGE / REMOVE_PAGE (20_uri_tests.cf).
import type { Link } from '../../message/message.ts';
import { defineRule, type RuleHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { safeDecode } from '../../links/inspect.ts';

/** Opt-out words in a URL's path or query, in the languages the wordlists cover. */
const OPT_OUT_URL = /unsub|opt-?out|remove|optout|abmeld|abbestell|desinscri|d[ée]sabonn|baja|darse-de-baja|cancelar/i;

/** How far after unsubscribe wording a link may start and still be the link the wording means. */
const NEAR = 120;

/** Index of the first range whose end is past `offset` (ranges sorted, not overlapping). */
function firstEndingAfter(ranges: readonly { readonly end: number }[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle]?.end ?? Infinity) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

export default defineRule({
  id: 'unsubscribe-on-ip',
  category: 'links',
  description: 'Unsubscribe link points to an IP address',
  weight: 2.0,
  cap: 1,
  check(context) {
    const { message } = context;
    const ipLinks = context.facts.links.ip;
    const unsubscribeWording = context.facts.optOut.wording;
    if (ipLinks.length === 0) return [];
    const isOptOut = (link: Link): boolean => {
      if (OPT_OUT_URL.test(safeDecode(`${link.url.path}?${link.url.query}`.slice(0, 512)))) return true;
      // The wording sits in the link text, or just before the link ("To unsubscribe, visit http://…").
      // Hits are sorted and do not overlap, so the first one ending after `link.start - NEAR` decides.
      const hit = unsubscribeWording[firstEndingAfter(unsubscribeWording, link.start - NEAR)];
      return hit !== undefined && hit.start < link.end;
    };
    const hits: RuleHit[] = [];
    for (const link of ipLinks) {
      if (!isOptOut(link)) continue;
      const pointer = pointAtUrl(message, link);
      hits.push({
        message: `The unsubscribe link \`${pointer.evidence}\` points to the IP address \`${link.url.hostname}\` instead of your domain; opt-out on a bare IP is a mark of throwaway spam infrastructure, and recipients cannot tell whom they are unsubscribing from.`,
        suggestion: 'Host the unsubscribe page on your own domain over HTTPS (or use your ESP\'s unsubscribe link), and add a List-Unsubscribe header.',
        ...pointer,
      });
      break;
    }
    return hits;
  },
});
