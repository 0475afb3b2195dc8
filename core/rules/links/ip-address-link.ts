// Detects links to a bare IP address (`http://203.0.113.7/`, `http://[2001:db8::1]/`) and to hosts
// written as a decimal, hex or octal number that browsers still read as an IPv4 address.
// Legitimate senders link to a domain name; an address without one dodges domain blocklists.
// Source: SpamAssassin NORMAL_HTTP_TO_IP (dotted quad) and NUMERIC_HTTP_ADDR (numeric host), 20_uri_tests.cf.
import type { Link } from '../../message/message.ts';
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctBy } from '../../links/inspect.ts';

/** A dotted quad with a part over 255 or a leading zero (octal) is obfuscated too: `0177.0.0.1`. */
function isOddDottedQuad(hostname: string): boolean {
  return hostname.split('.').some((part) => (part.length > 1 && part.startsWith('0')) || Number(part) > 255);
}

/** Loopback, private and link-local ranges: a link to a device on the reader's own network. */
function isPrivate(hostname: string): boolean {
  return /^(?:127\.|10\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(hostname) || /^\[(?:::1|f[cd]|fe80)/i.test(hostname);
}

function describe(link: Link): { kind: 'disguised' | 'private' | 'bare'; strength: number } {
  const hostname = link.url.hostname ?? '';
  if (link.url.isObfuscatedIp || (link.url.isIp && !hostname.startsWith('[') && isOddDottedQuad(hostname))) {
    return { kind: 'disguised', strength: 2 };
  }
  if (isPrivate(hostname)) return { kind: 'private', strength: 0.5 };
  return { kind: 'bare', strength: 1 };
}

export default defineRule({
  id: 'ip-address-link',
  category: 'links',
  description: 'Link goes to an IP address instead of a domain',
  weight: 1.2,
  cap: 2,
  messages: {
    'ip-host':
      '`{url}` points to {kind, select, disguised {an IP address disguised as a number} private {a private-network IP address} other {a bare IP address}} (`{host}`) rather than a domain name; spam links this way to dodge domain blocklists, so filters score it{kind, select, disguised { heavily} other {}}.',
    'use-domain-name':
      'Link to a domain name you own (https://www.example.com/…), served over HTTPS.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    const ipLinks = context.facts.links.ip;
    for (const link of distinctBy(ipLinks, (candidate) => candidate.url.hostname ?? '')) {
      const hostname = link.url.hostname ?? '';
      const { kind, strength } = describe(link);
      const pointer = pointAtUrl(message, link);
      hits.push({
        messageId: 'ip-host',
        suggestionId: 'use-domain-name',
        data: { url: pointer.evidence, kind, host: hostname },
        ...pointer,
        strength,
      });
    }
    return hits;
  },
});
