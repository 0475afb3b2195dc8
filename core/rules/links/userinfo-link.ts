// Detects URLs with a user name before the host (`http://paypal.com@evil.example/`). The part
// before `@` is not where the link goes, but a reader takes it for the site; phishing uses it.
// Sources: RFC 3986 §7.6 (semantic attacks); rspamd URL_USER_PASSWORD ("URL contains user field", 2.0).
import { defineRule, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { safeDecode } from '../../links/inspect.ts';

export default defineRule({
  id: 'userinfo-link',
  category: 'links',
  description: 'URL hides its real host behind a user@ prefix',
  weight: 2.0,
  cap: 2,
  messages: {
    'fake-host':
      '`{url}` starts with `{userinfo}@`, which reads like the site\'s name, but the link really goes to `{host}`; this trick is a phishing hallmark and filters score it heavily.',
    'user-name':
      '`{url}` has a user name (`{userinfo}@`) before the host; browsers warn about such links and filters treat them as suspicious.',
    'remove-userinfo':
      'Remove everything between `://` and `@` so the link shows the real host.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    for (const link of context.facts.links.distinct.filter((candidate) => candidate.url.userinfo)) {
      const userinfo = safeDecode(link.url.userinfo ?? '');
      // `paypal.com@…` reads as a site name: the deceptive form. `user:pass@` is merely unusual.
      const looksLikeHost = userinfo.includes('.');
      const pointer = pointAtUrl(message, link);
      const shown = userinfo.length > 40 ? `${userinfo.slice(0, 39)}…` : userinfo;
      hits.push({
        messageId: looksLikeHost ? 'fake-host' : 'user-name',
        suggestionId: 'remove-userinfo',
        data: { url: pointer.evidence, userinfo: shown, host: link.url.hostname ?? '' },
        ...pointer,
        strength: looksLikeHost ? 1.5 : 1,
      });
    }
    return hits;
  },
});
