// Detects links that run code or carry a whole document instead of opening a page
// (`javascript:`, `vbscript:`, `data:`). Mail clients strip or block them; phishing uses `data:`
// URLs to open a fake login page that has no address to block.
// Sources: rspamd DATA_URI_OBFU 2.0, once a message, for `data:text/html` and `data:text/plain`
// (rules/regexp/misc.lua; its HAS_DATA_URI for any other type has no score); browsers' block of
// top-level data: navigation (2017). Other `data:` links and `javascript:`/`vbscript:` links count
// little and once a message: no current SpamAssassin or rspamd rule scores them, and in the dev
// corpus the pop-up links of 2002 newsletters (javascript:popUp(…), Yahoo! News's rs(…)) put script
// links on 2 commercial ham messages for 1 spam, 0 modern phishing.
import type { Link } from '../../message/message.ts';
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { dataMediaType, distinctByHref } from '../../links/inspect.ts';

const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);
/** `data:` types that are a page to read: what rspamd's DATA_URI_OBFU matches. */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['text/html', 'text/plain']);

/**
 * What a link of these schemes is, and its strength the first time a message has one: a
 * document in a `data:` link (rspamd's 2.0), any other `data:` link or a script link (0.5 points,
 * a house estimate). Later links of a kind are listed with no points: rspamd counts the data: URI
 * once a message, and a page of pop-up links is one habit, not many attacks.
 */
function kindOf(link: Link): { kind: 'document' | 'data' | 'script'; strength: number } {
  if (link.url.scheme !== 'data') return { kind: 'script', strength: 0.25 };
  return DOCUMENT_TYPES.has(dataMediaType(link)) ? { kind: 'document', strength: 1 } : { kind: 'data', strength: 0.25 };
}

export default defineRule({
  id: 'script-link',
  category: 'links',
  description: 'Link runs script or embeds a document (javascript:, data:)',
  weight: 2.0,
  cap: 1.5,
  messages: {
    'data-file':
      '`{url}` is a `data:` link: it carries an image or a file in the address instead of opening a page. Mail clients block such links, so it does nothing for your reader.',
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
    const counted = new Set<string>();
    for (const link of distinctByHref(message.links.filter((candidate) => SCRIPT_SCHEMES.has(candidate.url.scheme)))) {
      const pointer = pointAtUrl(message, link);
      const { kind, strength } = kindOf(link);
      hits.push({
        messageId: kind === 'document' ? 'data-link' : kind === 'data' ? 'data-file' : 'script-link',
        suggestionId: 'use-https-link',
        data: { url: pointer.evidence, scheme: link.url.scheme },
        ...pointer,
        strength: counted.has(kind) ? 0 : strength,
      });
      counted.add(kind);
    }
    return hits;
  },
});
