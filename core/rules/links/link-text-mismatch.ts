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
import { defineRule, type HitColumns, type Lists, type MessageHit, type RuleContext } from '../rule.ts';
import { isClickTracker } from '../../links/click-tracking.ts';
import { displayUrl, pointAtText, type Pointer } from '../evidence.ts';
import { brandLabel, isPlausibleHostname } from '../../links/inspect.ts';
import { distanceBudget, phishedWeight } from '../../links/phished-weight.ts';
import { isRegExpSpace } from '../../text/characters.ts';
import { unwrapped } from '../../links/find-urls.ts';

/** `.,;:!?)]`: what the trailing-punctuation strip of `textIsAnAddress` (and `shownDomain`) removes. */
function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x29 || code === 0x5d;
}

/**
 * Link text that is nothing but an address: one word, maybe in brackets or quotes (`unwrapped`)
 * and with trailing punctuation. What
 * `text.trim().replace(/[.,;:!?)\]]+$/, '')` is non-empty with no space or control character in,
 * read in place (once per link: 100,000 different addresses shown were two copies each).
 */
function textIsAnAddress(linkText: string): boolean {
  if (linkText.length > 300) return false;
  // In brackets or quotes (`(https://www.paypal.com/)`) it is still nothing but an address.
  const text = unwrapped(linkText);
  let start = 0;
  let end = text.length;
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegExpSpace(text.charCodeAt(end - 1))) end--;
  while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) return false;
  }
  return true;
}

/** `text.slice(start, end).trim()` is not empty: pointAtText gives the link a pointer. */
function hasVisibleText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end && i < text.length; i++) if (!isRegExpSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The same name under another suffix (`example.co.uk` shown, `example.com` linked): usually one
 * owner's regional sites, sometimes a cousin domain, so it counts for less. The shown name's label
 * is a piece of the shown name, so a target label not found in it cannot be the same (100,000
 * different addresses shown are not parsed a second time to learn so).
 */
function sameNameOtherSuffix(shown: string, href: Link['url']): boolean {
  if (!href.domain) return false;
  const target = brandLabel(href.domain, href.suffix);
  // The shown name came out of parseUrl, which decoded any escape (and tldts keeps no `%` in a host),
  // so parsed again it is a piece of itself. The `%` test only keeps that true should a caller ever
  // pass a name that was not parsed (a review found no shown domain with one in 400,000 generated texts).
  if (!shown.includes(target) && !shown.includes('%')) return false;
  const shownUrl = parseUrl(`http://${shown}`);
  if (!shownUrl.domain) return false;
  return brandLabel(shownUrl.domain, shownUrl.suffix) === target;
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
  const label = dot > 0 ? shown.slice(0, dot) : shown;
  return brandWords.has(label.includes('-') ? label.replaceAll('-', '') : label);
}

/** The distinct shown domain and target domain pairs of one message, in the order first seen. */
interface Pairs {
  readonly shown: string[];
  readonly target: string[];
}

/**
 * What one message has linked under one shown domain: the hrefs (the first as a string, a Set once
 * there are two) and the number of each target domain's pair (the first target's beside it, a Map
 * once there are two). One object a shown domain, rather than a key string and two Map entries.
 */
interface UnderShown {
  hrefs: string | Set<string>;
  target: string | null;
  pair: number;
  targets: Map<string, number> | null;
}

/** The number of the pair `shown` → `target`, numbered in the order pairs are first seen. */
function pairOf(under: UnderShown, shown: string, target: string, pairs: Pairs): number {
  if (under.target === target) return under.pair;
  if (under.target !== null) {
    const known = under.targets?.get(target);
    if (known !== undefined) return known;
  }
  const pair = pairs.shown.length;
  pairs.shown.push(shown);
  pairs.target.push(target);
  if (under.target === null) {
    under.target = target;
    under.pair = pair;
  } else (under.targets ??= new Map()).set(target, pair);
  return pair;
}

/** rspamd's weight of each pair, by its number: brand pairs first, all within the cell budget. */
function weighPairs(pairs: Pairs, brands: Lists['brands']): Float64Array {
  if (pairs.shown.length === 0) return new Float64Array(0);
  const brandWords = new Set(brands.flatMap(({ domainWords }) => domainWords));
  const budget = distanceBudget(MAX_CELLS);
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

/** What a hit says: an ESP's click-tracking redirect, the same name under another suffix, or a mismatch rspamd weighs. */
const Kind = { ClickTracking: 0, OtherSuffix: 1, Mismatch: 2 } as const;

/**
 * The hits as columns, each built when the report shows it: 100,000 links that show one address
 * and go to another are as many hits, of which a report shows twenty. Per hit, the link (its index
 * in the web links) and what kind of hit it is; the strengths are known once every pair is weighed,
 * and rspamd counts PHISHING once a message, so every hit but the strongest has strength 0.
 */
class MismatchHits implements HitColumns {
  private readonly links: readonly Link[];
  /** per hit: the index of its link in `links` */
  private readonly linkOf: number[] = [];
  /** per hit: its Kind */
  private readonly kindOf: number[] = [];
  /** the first hit of the greatest strength (-1 when every hit has strength 0), and that strength */
  private readonly strongest: number;
  private readonly strongestStrength: number;

  constructor(private readonly context: RuleContext) {
    const { message } = context;
    const links = (this.links = context.facts.links.web);
    // One finding per shown domain and href, the first mismatched link of each: the hrefs seen under
    // each shown domain, rather than a key string made for every link (230,000 of them) and a
    // filtered copy of the list.
    const seen = new Map<string, UnderShown>();
    // Each distinct shown domain and target domain, weighed once all are known, and each hit's pair (-1 for none).
    const pairs: Pairs = { shown: [], target: [] };
    const pairOfHit: number[] = [];
    // rspamd skips a link to the domain DMARC authenticated as the sender's (phishing.lua 3.4, 239–243):
    // a brand linking to its own sister domain (`www.acme.com` shown, acmemail.com linked, From acmemail.com).
    const { identity } = context.facts;
    const ownDomain = identity.authenticated ? identity.domain : null;
    const { linkOf, kindOf } = this;
    for (let index = 0; index < links.length; index++) {
      const link = links[index] as Link;
      const shown = link.shownDomain;
      if (!shown) continue;
      const { url } = link;
      if (!isPlausibleHostname(url.hostname) || !url.domain || !textIsAnAddress(link.text) || shown === url.domain) continue;
      if (url.domain === ownDomain) continue;
      const { href } = link;
      let under = seen.get(shown);
      if (under === undefined) seen.set(shown, (under = { hrefs: href, target: null, pair: -1, targets: null }));
      else if (typeof under.hrefs === 'string') {
        if (under.hrefs === href) continue;
        under.hrefs = new Set([under.hrefs, href]);
      } else {
        if (under.hrefs.has(href)) continue;
        under.hrefs.add(href);
      }
      // pointAtText's test: a link with no visible text has nowhere to point (an address always has some).
      if (!hasVisibleText(message.text, link.start, link.end)) continue;
      if (isClickTracker(url, context.lists.clickTrackers)) {
        linkOf.push(index);
        kindOf.push(Kind.ClickTracking);
        pairOfHit.push(-1);
        continue;
      }
      if (sameNameOtherSuffix(shown, url)) {
        linkOf.push(index);
        kindOf.push(Kind.OtherSuffix);
        pairOfHit.push(-1);
        continue;
      }
      linkOf.push(index);
      kindOf.push(Kind.Mismatch);
      pairOfHit.push(pairOf(under, shown, url.domain, pairs));
    }
    // rspamd's weight (1 for a target that imitates the shown domain, 0.5 for an unrelated one) in
    // units of 2.0 points: 4.0 × weight, as rspamd scores it; a click-tracking hit 0, another suffix 0.5.
    const weights = weighPairs(pairs, context.lists.brands);
    let strongest = -1;
    let strongestStrength = 0;
    for (let hit = 0; hit < kindOf.length; hit++) {
      const kind = kindOf[hit];
      const strength =
        kind === Kind.ClickTracking ? 0 : kind === Kind.OtherSuffix ? 0.5 : Math.round(200 * (weights[pairOfHit[hit] as number] as number)) / 100;
      if (strength > strongestStrength) {
        strongest = hit;
        strongestStrength = strength;
      }
    }
    this.strongest = strongest;
    this.strongestStrength = strongestStrength;
  }

  get length(): number {
    return this.kindOf.length;
  }

  strength(index: number): number {
    return index === this.strongest ? this.strongestStrength : 0;
  }

  hit(index: number): MessageHit {
    const link = this.links[this.linkOf[index] as number] as Link;
    const shown = link.shownDomain ?? '';
    const pointer = pointAtText(this.context.message, link) as Pointer;
    const strength = this.strength(index);
    const kind = this.kindOf[index];
    if (kind === Kind.ClickTracking) {
      return {
        messageId: 'click-tracking',
        suggestionId: 'branded-tracking',
        data: { shown, target: link.url.hostname ?? link.url.domain ?? '' },
        ...pointer,
        strength,
      };
    }
    if (kind === Kind.OtherSuffix) {
      return {
        messageId: 'other-suffix',
        suggestionId: 'show-real-address',
        data: { shown, target: link.url.domain ?? '' },
        ...pointer,
        strength,
      };
    }
    return {
      messageId: 'mismatch',
      suggestionId: 'match-text',
      data: { shown, target: displayUrl(link.href) },
      ...pointer,
      strength,
    };
  }
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
    const columns = new MismatchHits(context);
    const hits: MessageHit[] = [];
    for (let index = 0; index < columns.length; index++) hits.push(columns.hit(index));
    return hits;
  },
  hitColumns: (context) => new MismatchHits(context),
});
