// Detects links that run code or carry a whole document instead of opening a page
// (`javascript:`, `vbscript:`, `data:`). Mail clients strip or block them; phishing uses `data:`
// URLs to open a fake login page that has no address to block.
// Sources: rspamd DATA_URI_OBFU (data: URIs that hide text or HTML); browsers' block of top-level
// data: navigation (2017). A `javascript:` or `vbscript:` link counts little and once a message: no
// current SpamAssassin or rspamd rule scores it, and in the dev corpus the pop-up links of 2002
// newsletters (javascript:popUp(…), Yahoo! News's rs(…)) put it on 2 commercial ham messages for 1
// spam, 0 modern phishing.
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctByHref } from '../../links/inspect.ts';

/** Strength of each such link: a `data:` link every time; a script link only the first time (`SCRIPT_ONCE`). */
const SCRIPT_SCHEMES: ReadonlyMap<string, number> = new Map([
  ['javascript', 0.25],
  ['vbscript', 0.25],
  ['data', 1.5],
]);
/** Schemes whose later links are reported with no points: a page of pop-up links is one habit, not many attacks. */
const SCRIPT_ONCE: ReadonlySet<string> = new Set(['javascript', 'vbscript']);

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
      '`{url}` is a `{scheme}:` link: it tries to run script, which every mail client strips, so it does nothing for your reader and makes the mail read like a copied web page.',
    'use-https-link':
      'Replace it with an ordinary https:// link to a page on your site.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    let scriptCounted = false;
    for (const link of distinctByHref(message.links.filter((candidate) => SCRIPT_SCHEMES.has(candidate.url.scheme)))) {
      const scheme = link.url.scheme;
      const pointer = pointAtUrl(message, link);
      const once = SCRIPT_ONCE.has(scheme);
      const strength = once && scriptCounted ? 0 : (SCRIPT_SCHEMES.get(scheme) ?? 1);
      if (once) scriptCounted = true;
      hits.push({
        messageId: scheme === 'data' ? 'data-link' : 'script-link',
        suggestionId: 'use-https-link',
        data: { url: pointer.evidence, scheme },
        ...pointer,
        strength,
      });
    }
    return hits;
  },
});
