// Detects links to a non-standard port (`http://example.com:8080/`). Mail from real businesses
// links to ordinary web servers on ports 80 and 443; spam of throwaway servers often does not.
// Source: SpamAssassin WEIRD_PORT ("Uses non-standard port number for HTTP", 20_uri_tests.cf).
import type { Link } from '../../message/message.ts';
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctBy } from '../../links/inspect.ts';

const STANDARD_PORTS: ReadonlySet<number> = new Set([80, 443]);

function hasOddPort({ url }: Link): boolean {
  return url.port !== null && !STANDARD_PORTS.has(url.port) && !(url.scheme === 'ftp' && url.port === 21);
}

export default defineRule({
  id: 'odd-port-link',
  category: 'links',
  description: 'Link uses a non-standard port number',
  weight: 0.5,
  cap: 1.5,
  messages: {
    'odd-port':
      '`{url}` uses port {port}; links to a web server on an unusual port look like a home or throwaway server to filters, and some corporate firewalls block them.',
    'standard-port':
      'Serve the page on the standard HTTPS port (443) and drop the `:port` from the link.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    const oddPort = context.facts.links.distinct.filter(hasOddPort);
    for (const link of distinctBy(oddPort, ({ url }) => `${url.hostname}:${url.port}`)) {
      const port = link.url.port;
      const pointer = pointAtUrl(message, link);
      hits.push({
        messageId: 'odd-port',
        suggestionId: 'standard-port',
        // A port is a name, not a quantity: a string, so no locale groups its digits.
        data: { url: pointer.evidence, port: String(port) },
        ...pointer,
      });
    }
    return hits;
  },
});
