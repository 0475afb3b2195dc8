// Detects links whose text shows one domain while the href goes to another
// (`<a href="http://evil.example">www.paypal.com</a>`): the classic phishing tell.
// ESP click-tracking rewrites are told apart and reported as advice only.
// Sources: rspamd PHISHING 4.0, one_shot, × its weight (core/links/phished-weight.ts): 2.0 points
// for an unrelated domain, up to 4.0 for a target that imitates the shown one, once a message;
// Thunderbird's scam detection (link text host vs href host).
import type { Link } from '../../message/message.ts';
import { parseUrl } from '../../links/url.ts';
import { defineRule, type MessageHit } from '../rule.ts';
import { isClickTracker } from '../../links/click-tracking.ts';
import { displayUrl, pointAtText } from '../evidence.ts';
import { brandLabel, isPlausibleHostname } from '../../links/inspect.ts';
import { phishedWeight } from '../../links/phished-weight.ts';

/** Link text that is nothing but an address: one word, maybe with trailing punctuation. */
function textIsAnAddress(text: string): boolean {
  if (text.length > 300) return false;
  const trimmed = text.trim().replace(/[.,;:!?)\]]+$/, '');
  if (trimmed.length === 0) return false;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) return false;
  }
  return true;
}

/**
 * The same name under another suffix (`example.co.uk` shown, `example.com` linked): usually one
 * owner's regional sites, sometimes a cousin domain, so it counts for less.
 */
function sameNameOtherSuffix(shown: string, href: Link['url']): boolean {
  const shownUrl = parseUrl(`http://${shown}`);
  if (!href.domain || !shownUrl.domain) return false;
  return brandLabel(shownUrl.domain, shownUrl.suffix) === brandLabel(href.domain, href.suffix);
}

/**
 * Distinct shown and target domain pairs weighed by edit distance in one message; later pairs count
 * as unrelated names (rspamd's 0.5). Only the strongest mismatch counts, and mail with more than
 * this many different mismatched addresses is no ordinary mail: the bound keeps a message of
 * 100,000 such links from costing seconds (each pair is up to 64 × 64 steps).
 */
const MAX_WEIGHED = 100;

function weightOf(weights: Map<string, number>, shown: string, target: string): number {
  const key = `${shown} ${target}`;
  let weight = weights.get(key);
  if (weight === undefined) {
    weight = weights.size < MAX_WEIGHED ? phishedWeight(shown, target) : 0.5;
    weights.set(key, weight);
  }
  return weight;
}

export default defineRule({
  id: 'link-text-mismatch',
  category: 'links',
  description: 'Link text shows one domain but the link goes to another',
  weight: 2.0,
  cap: 2,
  messages: {
    'click-tracking':
      'The link text shows `{shown}` but the link goes to `{target}`, a click-tracking redirect. That is routine for bulk mail, yet some filters and security tools flag any link whose text and target disagree.',
    'branded-tracking':
      'Ask your email provider for a branded tracking domain (a CNAME under your own domain), or show link text such as "Visit our site" instead of the address `{shown}`.',
    'other-suffix':
      'The link text shows `{shown}` but the link goes to `{target}`, the same name under another ending. If both are yours this is harmless to readers, but filters cannot tell it from a cousin domain that imitates a brand.',
    'show-real-address':
      'Show the address the link really goes to (`{target}`), or link to `{shown}` itself.',
    'mismatch':
      'The link text shows `{shown}` but the link goes to `{target}`: text that promises one site and a link to another is the classic phishing tell, and filters score it.',
    'match-text':
      'Make the link go where its text says (`{shown}`), or change the text so it does not show an address.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    // One finding per shown domain and href, the first mismatched link of each: hrefs seen under
    // each shown domain, rather than a key string made for every link (230,000 of them) and a
    // filtered copy of the list.
    const seen = new Map<string, Set<string>>();
    // rspamd's weight of each shown domain and target domain, computed once a pair.
    const weights = new Map<string, number>();
    for (const link of context.facts.links.web) {
      const shown = link.shownDomain;
      if (!shown || !isPlausibleHostname(link.url.hostname) || !link.url.domain || !textIsAnAddress(link.text) || shown === link.url.domain) continue;
      let hrefs = seen.get(shown);
      if (!hrefs) seen.set(shown, (hrefs = new Set()));
      if (hrefs.has(link.href)) continue;
      hrefs.add(link.href);
      const pointer = pointAtText(message, link);
      if (!pointer) continue;
      const target = link.url.hostname ?? link.url.domain;
      if (isClickTracker(link.url, context.lists.clickTrackers)) {
        hits.push({
          messageId: 'click-tracking',
          suggestionId: 'branded-tracking',
          data: { shown, target: target ?? '' },
          ...pointer,
          strength: 0,
        });
        continue;
      }
      if (sameNameOtherSuffix(shown, link.url)) {
        hits.push({
          messageId: 'other-suffix',
          suggestionId: 'show-real-address',
          data: { shown, target: link.url.domain ?? '' },
          ...pointer,
          strength: 0.5,
        });
        continue;
      }
      // rspamd's weight (1 for a target that imitates the shown domain, 0.5 for an unrelated one) in
      // units of 2.0 points: 4.0 × weight, as rspamd scores it.
      hits.push({
        messageId: 'mismatch',
        suggestionId: 'match-text',
        data: { shown, target: displayUrl(link.href) },
        ...pointer,
        strength: Math.round(200 * weightOf(weights, shown, link.url.domain)) / 100,
      });
    }
    // rspamd counts PHISHING once a message, at its strongest link: the others are listed with no points.
    let strongest = -1;
    for (let index = 0; index < hits.length; index++) {
      if ((hits[index]?.strength ?? 0) > (hits[strongest]?.strength ?? 0)) strongest = index;
    }
    for (let index = 0; index < hits.length; index++) {
      const hit = hits[index] as MessageHit;
      if (index !== strongest && hit.strength !== 0) hits[index] = { ...hit, strength: 0 };
    }
    return hits;
  },
});
