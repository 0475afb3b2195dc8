/**
 * The links most link rules start from: those that open a web page, the first of them to each
 * distinct URL, and those that point at an IP address instead of a domain. Where the text writes
 * URLs out is the message's (`Message.urlsInText`).
 */
import { isWebLink } from '../links/inspect.ts';
import type { ParsedUrl } from '../links/url.ts';
import { hrefSlots } from '../message/links.ts';
import type { Link } from '../message/message.ts';
import type { FactSources } from './index.ts';

export interface LinkFacts {
  /** links to a web page (http, https, ftp) with a host, in document order */
  readonly web: readonly Link[];
  /**
   * The first of `web` to each distinct URL, in the order of `web`: links to one href share one
   * parsed URL (core/message/parse.ts), so a rule that judges a link by its URL alone judges each
   * here once (230,000 links to one address are one entry). Computed on first read.
   */
  readonly distinct: readonly Link[];
  /** web links whose host is an IP address, dotted or disguised as a number */
  readonly ip: readonly Link[];
  /**
   * Which distinct registrable domain each of `web` has, as a number, for rules that count or
   * dedupe links by domain with a byte a domain (many-domains, machine-made-domain), where each
   * made a Set of the domains (145,000 different names were a Set each, with its growth copies).
   * Null when the links are not all views of one table (built by hand): use a Set then. Computed
   * on first read.
   */
  readonly domains: LinkDomains | null;
}

export interface LinkDomains {
  /** how many distinct domains `web`'s links have */
  readonly count: number;
  /** the number of `link`'s domain (`link.url.domain`), -1 when it has none; `link` is one of `web` */
  of(link: Link): number;
}

/** A domain's number by its link's href slot (links to one href share one parsed URL). */
function linkDomains(web: readonly Link[]): LinkDomains | null {
  const table = hrefSlots(web);
  if (!table) return null;
  const UNSET = -2;
  const bySlot = new Int32Array(table.slots).fill(UNSET);
  const numbers = new Map<string, number>();
  for (let index = 0; index < web.length; index++) {
    const link = web[index] as Link;
    const slot = table.slot(link);
    if (bySlot[slot] !== UNSET) continue;
    const domain = link.url.domain;
    let number = -1;
    if (domain !== null) {
      number = numbers.get(domain) ?? numbers.size;
      if (number === numbers.size) numbers.set(domain, number);
    }
    bySlot[slot] = number;
  }
  // The Map goes with this call: the numbers by slot are all the rules need.
  return { count: numbers.size, of: (link) => bySlot[table.slot(link)] ?? -1 };
}

/** The first link to each distinct parsed URL, in order (each href has one ParsedUrl). */
export function firstPerUrl(links: readonly Link[]): Link[] {
  const first: Link[] = [];
  // By the table's href slots when there is one (a slot is one parsed URL): a byte a slot, not a
  // Set entry a distinct URL with its growth copies.
  const table = hrefSlots(links);
  if (table) {
    const seenSlot = new Uint8Array(table.slots);
    for (let index = 0; index < links.length; index++) {
      const link = links[index] as Link;
      const slot = table.slot(link);
      if (seenSlot[slot] !== 0) continue;
      seenSlot[slot] = 1;
      first.push(link);
    }
    return first;
  }
  const seen = new Set<ParsedUrl>();
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as Link;
    const { url } = link;
    if (seen.has(url)) continue;
    seen.add(url);
    first.push(link);
  }
  return first;
}

/**
 * The links fact. `distinct` and `domains` are getters on the prototype and its value a private field: neither
 * is an own enumerable property, so reading it changes nothing a dump of the facts lists.
 */
class Links implements LinkFacts {
  #distinct: readonly Link[] | undefined;
  #domains: LinkDomains | null | undefined;

  constructor(
    readonly web: readonly Link[],
    readonly ip: readonly Link[],
  ) {}

  get distinct(): readonly Link[] {
    return (this.#distinct ??= firstPerUrl(this.web));
  }

  get domains(): LinkDomains | null {
    if (this.#domains === undefined) this.#domains = linkDomains(this.web);
    return this.#domains;
  }
}

export function linkFacts({ message }: FactSources): LinkFacts {
  const { links } = message;
  // Most mail links only to web pages: then the message's own list is the list, not a copy of it
  // (230,000 links were a 230,000-entry copy and its growth copies).
  let web = links;
  for (const link of links) {
    if (!isWebLink(link)) {
      web = links.filter(isWebLink);
      break;
    }
  }
  return new Links(
    web,
    web.filter((link) => link.url.isIp || link.url.isObfuscatedIp),
  );
}
