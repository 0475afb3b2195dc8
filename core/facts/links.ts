/**
 * The links most link rules start from: those that open a web page, those that point at an IP
 * address instead of a domain, and the URLs written out in the text.
 */
import { isWebLink } from '../links/inspect.ts';
import type { Link } from '../message/message.ts';
import type { FactSources } from './index.ts';

export interface LinkFacts {
  /** links to a web page (http, https, ftp) with a host, in document order */
  readonly web: readonly Link[];
  /** web links whose host is an IP address, dotted or disguised as a number */
  readonly ip: readonly Link[];
  /** URLs written in the text rather than in an `<a href>` */
  readonly bare: readonly Link[];
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
  return {
    web,
    ip: web.filter((link) => link.url.isIp || link.url.isObfuscatedIp),
    bare: message.links.filter((link) => link.bare),
  };
}
