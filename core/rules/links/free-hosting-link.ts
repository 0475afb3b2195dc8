// Detects links to pages on free hosting, storage buckets, IPFS gateways and form builders
// (`*.web.app`, `*.pages.dev`, `storage.googleapis.com`, `docs.google.com/forms/…`): anyone can
// publish there in minutes under a domain with a good reputation, so phishing kits park their
// login pages there. Sources: SpamAssassin URI_FIREBASEAPP, URI_IPFSIO, GOOG_STO_NOIMG_HTML,
// GOOGLE_DOCS_PHISH; rspamd HAS_GOOGLE_FIREBASE_URL, HAS_IPFS_GATEWAY_URL. The hosts are data:
// wordlists/global/free-hosting.yml, each with a sureness. A link on the sender's own domain (the
// From's registrable domain) is the sender's, and a pre-signed storage download (an expiring,
// signed link to one private file: an invoice, a report) is a service handing out a file, not a
// published page, so neither counts.
import { freeHostOf } from '../../links/free-hosting.ts';
import { distinctBy, isPlausibleHostname } from '../../links/inspect.ts';
import type { FreeHost } from '../../data/types.ts';
import type { Link } from '../../message/message.ts';
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';

/**
 * A pre-signed download: AWS Signature Version 4 (`X-Amz-Signature`, S3 and CloudFront), the older
 * version 2 (`AWSAccessKeyId` with `Signature`), Google Cloud Storage V4 (`X-Goog-Signature`) and
 * Azure shared-access signatures (`sig` with `se`, the expiry). Sources: the services' documentation
 * of pre-signed URLs. The query is read case-insensitively and no further than its first 2,000 characters.
 */
function isPresigned(query: string): boolean {
  const names = new Set(
    query
      .slice(0, 2000)
      .replace(/^\?/, '')
      .split('&')
      .map((pair) => (pair.split('=')[0] ?? '').toLowerCase()),
  );
  return (
    names.has('x-amz-signature') ||
    names.has('x-goog-signature') ||
    (names.has('awsaccesskeyid') && names.has('signature')) ||
    (names.has('sig') && names.has('se'))
  );
}

export default defineRule({
  id: 'free-hosting-link',
  category: 'links',
  description: 'Link goes to a free hosting or form service',
  weight: 2.0,
  cap: 2,
  messages: {
    'free-host':
      '`{url}` is a page on `{host}`, a free hosting or form service where anyone can publish under a trusted name in minutes; phishing and spam park their pages there to borrow its reputation, so filters add points for such links.',
    'use-own-domain':
      'Link to a page on your own domain (a custom domain on the same service works), or say in the text who runs the page and why.',
  },
  check(context) {
    const { message } = context;
    const fromDomain = context.facts.sender.from?.registrable ?? null;
    const listed: { link: Link; entry: FreeHost }[] = [];
    // Each distinct URL once: the verdict is the URL's, and the first link to it is the one kept.
    for (const link of context.facts.links.distinct) {
      const { url } = link;
      if (!isPlausibleHostname(url.hostname)) continue;
      if (fromDomain !== null && url.domain === fromDomain) continue;
      const entry = freeHostOf(context.lists.freeHosting, url);
      // The host first: nearly no link is on a listed one, and the query test splits the query.
      if (entry && !isPresigned(url.query)) listed.push({ link, entry });
    }
    // One finding per host: a page linked from a button and a footer is one page.
    return distinctBy(listed, ({ link }) => link.url.hostname ?? '').map(({ link, entry }): MessageHit => {
      const pointer = pointAtUrl(message, link);
      const where = `${entry.host}${entry.path ?? ''}`;
      return {
        messageId: 'free-host',
        suggestionId: 'use-own-domain',
        data: { url: pointer.evidence, host: where },
        ...pointer,
        strength: entry.sureness,
      };
    });
  },
});
