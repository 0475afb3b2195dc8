// Detects a body that is little more than a link: a URL or a "click here" with almost no other
// words. Filters have nothing to judge but the link, and such mail is typical of spam runs.
// Source: SpamAssassin BODY_URI_ONLY ("Message body is only a URI") and HTML_SHORT_LINK_IMG_1.
import { TokenFlag } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';

/**
 * At most this many words outside the link text make a body "little more than a link". Measured:
 * 4–5 words catch automated feed notices ("URL: … Date: …") in legitimate mail; spam and phishing
 * cluster at 0–3.
 */
const FEW_WORDS = 3;

export default defineRule({
  id: 'link-only-body',
  category: 'links',
  description: 'Body is little more than a link',
  weight: 2.0,
  cap: 1,
  messages: {
    'just-a-link':
      'Apart from the {links, plural, one {link} other {links}} (`{url}`) the body has {words, plural, =0 {no words} one {only # word} other {only # words}}; a message that is just a link gives filters nothing to judge but the link, and spam runs look exactly like that.',
    'say-who':
      'Say in a few sentences who you are, why you are writing and what the link leads to.',
  },
  check(context) {
    const { message } = context;
    const links = context.facts.links.web.filter((link) => !link.hidden);
    const first = links[0];
    if (!first) return [];
    const insideLink = overlapCursor(links.filter((link) => link.end > link.start));
    const insideHidden = overlapCursor(message.hidden);
    let words = 0;
    for (const token of message.tokens) {
      if (!(token.flags & TokenFlag.Alpha)) continue;
      const inLink = insideLink(token.start, token.end);
      const hidden = insideHidden(token.start, token.end);
      if (!inLink && !hidden && ++words > FEW_WORDS) return [];
    }
    const pointer = pointAtUrl(message, first);
    return [
      {
        messageId: 'just-a-link',
        suggestionId: 'say-who',
        data: { links: links.length, url: pointer.evidence, words },
        ...pointer,
        strength: words === 0 ? 1 : 0.7,
      },
    ];
  },
});
