// Says when the links were not all checked one by one (issue 12): past LINK_ADDRESS_LIMIT different
// link addresses (core/message/links.ts), the analysis reads only the links to the first of them in
// text order (their hosts, look-alike letters, what their text shows, shorteners, redirects,
// tracking, free hosting) and counts the rest, so that 10 MB of links that all differ is still
// checked in seconds. A partial check must never pass for a whole one: this advice (0 points) says
// how many were checked and points at the first link that was not. SpamAssassin truncates what its
// body rules read (`body_part_scan_size`) and rspamd drops the URLs past its `max_urls`, both
// without a word in the report; no real mail of the dev corpus comes near the limit (3,139
// addresses at most).
import { pointAtUrl } from '../evidence.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'unchecked-links',
  category: 'structure',
  description: 'More link addresses than are checked one by one',
  weight: 0,
  cap: 1,
  partialCheck: true,
  messages: {
    'too-many-addresses':
      'Only {checked, number} of the {addresses, number} different addresses this message links to were checked one by one (look-alike and mismatched domains, shorteners, redirects, tracking, free hosting): the first in text order, those of the links the reader sees before those of hidden links. The links to the others, from this one on, were counted but not checked, so the score says nothing of where they lead; spamrisk stops there so that a page of thousands of links is still checked in seconds.',
    'fewer-links':
      'Real mail rarely links to more than a few hundred addresses: split the message, or link to one web page that lists the rest. If it must go out as it is, check the remaining links yourself.',
  },
  check({ message }) {
    const scan = message.linkScan;
    if (!scan) return [];
    return [
      {
        messageId: 'too-many-addresses',
        suggestionId: 'fewer-links',
        data: { checked: scan.checked, addresses: scan.addresses },
        ...pointAtUrl(message, scan.firstUnchecked),
        strength: 0,
      },
    ];
  },
});
