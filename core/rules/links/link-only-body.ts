// Detects a body that is little more than a link: a URL or a "click here" with almost no other
// words. Filters have nothing to judge but the link, and such mail is typical of spam runs.
// Source: SpamAssassin BODY_URI_ONLY ("Message body is only a URI") and HTML_SHORT_LINK_IMG_1.
import type { Link } from '../../message/message.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { overlapCursor } from '../../text/ranges.ts';
import { Shown } from '../../text/shown-words.ts';
import { tokenWords } from '../../text/word-count.ts';
import { defineRule } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';

/**
 * At most this many words outside the link text make a body "little more than a link". Measured:
 * 4–5 words catch automated feed notices ("URL: … Date: …") in legitimate mail; spam and phishing
 * cluster at 0–3. A run of Japanese, Chinese or Thai prose, one token, counts by its length as
 * the English words it stands for (core/text/word-count.ts): a two-sentence Japanese note is ten
 * words, not two. The count is fractional; it is rounded, and what is compared is what is shown.
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
    // The shown links counted and the first kept, in one pass: only those with text are copied out.
    let first: Link | undefined;
    let shownLinks = 0;
    const withText: Link[] = [];
    for (const link of context.facts.links.web) {
      if (link.hidden) continue;
      first ??= link;
      shownLinks++;
      if (link.end > link.start) withText.push(link);
    }
    if (!first) return [];
    const insideLink = overlapCursor(withText);
    // a word the reader sees as the visible-text fact counts it (core/text/shown-words.ts)
    const { shown } = context.facts.visibleText;
    let words = 0;
    const { text } = message;
    const { starts, ends, flagsOf } = message.tokens;
    for (let index = 0; index < message.tokens.length; index++) {
      if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha) || shown[index] !== Shown.Word) continue;
      const start = starts[index] ?? 0;
      const end = ends[index] ?? 0;
      if (insideLink(start, end)) continue;
      words += tokenWords(text, start, end);
      if (Math.round(words) > FEW_WORDS) return [];
    }
    const shownWords = Math.round(words);
    const pointer = pointAtUrl(message, first);
    return [
      {
        messageId: 'just-a-link',
        suggestionId: 'say-who',
        data: { links: shownLinks, url: pointer.evidence, words: shownWords },
        ...pointer,
        strength: shownWords === 0 ? 1 : 0.7,
      },
    ];
  },
});
