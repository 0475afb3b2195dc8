// Detects links that run code or carry a whole document instead of opening a page
// (`javascript:`, `vbscript:`, `data:`). Mail clients strip or block them; phishing uses `data:`
// URLs to open a fake login page that has no address to block.
// Sources: SpamAssassin JAVASCRIPT_URI ("Javascript protocol in a URI"); browsers' block of top-level data: navigation (2017).
import { defineRule, type RuleHit } from '../rule.ts';
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
  check(context) {
    const { message } = context;
    const hits: RuleHit[] = [];
    for (const link of distinctByHref(message.links.filter((candidate) => SCRIPT_SCHEMES.has(candidate.url.scheme)))) {
      const scheme = link.url.scheme;
      const pointer = pointAtUrl(message, link);
      hits.push({
        message:
          scheme === 'data'
            ? `\`${pointer.evidence}\` is a \`data:\` link: it carries a whole document instead of opening a page, a way phishing shows a fake login form with no address to block. Mail clients block it and filters score it.`
            : `\`${pointer.evidence}\` is a \`${scheme}:\` link: it tries to run script, which every mail client strips, and filters read it as an attack.`,
        suggestion: 'Replace it with an ordinary https:// link to a page on your site.',
        ...pointer,
        strength: SCRIPT_SCHEMES.get(scheme) ?? 1,
      });
    }
    return hits;
  },
});
