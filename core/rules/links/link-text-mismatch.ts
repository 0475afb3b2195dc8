// Detects links whose text shows one domain while the href goes to another
// (`<a href="http://evil.example">www.paypal.com</a>`): the classic phishing tell.
// ESP click-tracking rewrites are told apart and reported as advice only.
// Sources: rspamd PHISHING 4.0, one_shot, × its weight (core/links/phished-weight.ts): 2.0 points
// for an unrelated domain, up to 4.0 for a target that imitates the shown one, once a message;
// as rspamd (phishing.lua 3.4, 185–192 and 239–243), nothing for a link to the From domain when
// the receiver's DMARC passes it (a brand linking to its sister site from that site's domain);
// rspamd's PHISHED_WHITELISTED exception maps are not ported. Thunderbird's scam detection (link
// text host vs href host).
import type { Link } from '../../message/message.ts';
import { parseUrl } from '../../links/url.ts';
import { defineRule, type Lists, type MessageHit } from '../rule.ts';
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
 * Edit-distance table cells spent on one message: as many as 100 pairs of the longest names compared
 * (64 × 64 each), so 100,000 different mismatched addresses cannot cost seconds. Pairs whose letters
 * alone show them unrelated cost none (core/links/phished-weight.ts), pairs whose shown domain is a
 * much-impersonated brand are weighed first, and a pair beyond the budget counts as an unrelated name
 * (rspamd's 0.5): junk mismatches put before a look-alike cannot use the budget up cheaply.
 */
const MAX_CELLS = 100 * 64 * 64;

/**
 * The shown registrable domain names a brand of wordlists/global/brands.yml: its first label
 * (`paypal` of `paypal.com`, `bank-of-america` of `bank-of-america.co.uk`) is one of the brands' domain words.
 */
function namesBrand(shown: string, brandWords: ReadonlySet<string>): boolean {
  const dot = shown.indexOf('.');
  return brandWords.has((dot > 0 ? shown.slice(0, dot) : shown).replaceAll('-', ''));
}

/** The distinct shown domain and target domain pairs of one message, in the order first seen. */
interface Pairs {
  readonly index: Map<string, number>;
  readonly shown: string[];
  readonly target: string[];
}

/** rspamd's weight of each pair, by its number: brand pairs first, all within the cell budget. */
function weighPairs(pairs: Pairs, brands: Lists['brands']): Float64Array {
  if (pairs.shown.length === 0) return new Float64Array(0);
  const brandWords = new Set(brands.flatMap(({ domainWords }) => domainWords));
  const budget = { cells: MAX_CELLS };
  const weights = new Float64Array(pairs.shown.length);
  const later: number[] = [];
  for (let pair = 0; pair < pairs.shown.length; pair++) {
    const shown = pairs.shown[pair] as string;
    if (namesBrand(shown, brandWords)) weights[pair] = phishedWeight(shown, pairs.target[pair] as string, budget);
    else later.push(pair);
  }
  for (const pair of later) weights[pair] = phishedWeight(pairs.shown[pair] as string, pairs.target[pair] as string, budget);
  return weights;
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
    // Each distinct shown domain and target domain, weighed once all are known, and the mismatch hits that wait for their weight.
    const pairs: Pairs = { index: new Map(), shown: [], target: [] };
    const weighedHits: number[] = [];
    const weighedPairs: number[] = [];
    // rspamd skips a link to the domain DMARC authenticated as the sender's (phishing.lua 3.4, 239–243):
    // a brand linking to its own sister domain (`www.acme.com` shown, acmemail.com linked, From acmemail.com).
    const { identity } = context.facts;
    const ownDomain = identity.authenticated ? identity.domain : null;
    for (const link of context.facts.links.web) {
      const shown = link.shownDomain;
      if (!shown || !isPlausibleHostname(link.url.hostname) || !link.url.domain || !textIsAnAddress(link.text) || shown === link.url.domain) continue;
      if (link.url.domain === ownDomain) continue;
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
      const key = `${shown} ${link.url.domain}`;
      let pair = pairs.index.get(key);
      if (pair === undefined) {
        pair = pairs.shown.length;
        pairs.index.set(key, pair);
        pairs.shown.push(shown);
        pairs.target.push(link.url.domain);
      }
      weighedHits.push(hits.length);
      weighedPairs.push(pair);
      hits.push({
        messageId: 'mismatch',
        suggestionId: 'match-text',
        data: { shown, target: displayUrl(link.href) },
        ...pointer,
      });
    }
    // rspamd's weight (1 for a target that imitates the shown domain, 0.5 for an unrelated one) in
    // units of 2.0 points: 4.0 × weight, as rspamd scores it.
    const weights = weighPairs(pairs, context.lists.brands);
    const strengths = Float64Array.from(hits, (hit) => hit.strength ?? 1);
    for (let n = 0; n < weighedHits.length; n++) {
      strengths[weighedHits[n] as number] = Math.round(200 * (weights[weighedPairs[n] as number] as number)) / 100;
    }
    // rspamd counts PHISHING once a message, at its strongest link: the others are listed with no points.
    let strongest = -1;
    for (let index = 0; index < hits.length; index++) {
      if ((strengths[index] as number) > (strengths[strongest] ?? 0)) strongest = index;
    }
    for (let index = 0; index < hits.length; index++) {
      const hit = hits[index] as MessageHit;
      const strength = index === strongest ? (strengths[index] as number) : 0;
      if (hit.strength !== strength) hits[index] = { ...hit, strength };
    }
    return hits;
  },
});
