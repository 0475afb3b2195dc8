// Detects links that run code or carry a whole document instead of opening a page
// (`javascript:`, `vbscript:`, `data:`). Mail clients strip or block them; phishing uses `data:`
// URLs to open a fake login page that has no address to block.
// Sources: SpamAssassin JAVASCRIPT_URI ("Javascript protocol in a URI"); browsers' block of top-level data: navigation (2017).
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctByHref } from '../../links/inspect.ts';

const SCRIPT_SCHEMES: ReadonlyMap<string, number> = new Map([
  ['javascript', 1],
  ['vbscript', 1],
  ['data', 1.5],
]);

export default defineRule({
  id: 'script-link',
  category: 'links',
  description: 'Link runs script or embeds a document (javascript:, data:)',
  weight: 2.0,
  cap: 2,
  messages: {
    'data-link':
      '`{url}` is a `data:` link: it carries a whole document instead of opening a page, a way phishing shows a fake login form with no address to block. Mail clients block it and filters score it.',
    'script-link':
      '`{url}` is a `{scheme}:` link: it tries to run script, which every mail client strips, and filters read it as an attack.',
    'use-https-link':
      'Replace it with an ordinary https:// link to a page on your site.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    for (const link of distinctByHref(message.links.filter((candidate) => SCRIPT_SCHEMES.has(candidate.url.scheme)))) {
      const scheme = link.url.scheme;
      const pointer = pointAtUrl(message, link);
      hits.push({
        messageId: scheme === 'data' ? 'data-link' : 'script-link',
        suggestionId: 'use-https-link',
        data: { url: pointer.evidence, scheme },
        ...pointer,
        strength: SCRIPT_SCHEMES.get(scheme) ?? 1,
      });
    }
    return hits;
  },
});
