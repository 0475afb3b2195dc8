// Detects a new message whose From header is a bare address with no display name
// ("offers@mailer.example" rather than "Acme Offers <offers@mailer.example>"). Organisations and
// people who mail readers name themselves; bulk-mail scripts often do not, and readers then see only
// an address. Source: rspamd's FROM_NO_DN, SpamAssassin's FROM_BLANK_NAME for `"" <x@y>` (why it
// scores no more here: docs/rules/from-without-name.md); ESP sender guidelines.
//
// A bare address on the sender's own domain, whose opt-out leads back to that domain, with links
// mostly its own and authentication not failing (facts.identity.ownDomainAnswers: everything
// sender-identity asks but the name), is advice, 0 points: the domain a reader sees is then the
// name, one that answers its own unsubscribes (`newsletters@shop.example`). Issue #11: that holds for
// 8 of the 19 unnamed senders of commercial ham, 12 of 555 unnamed spam senders (2 %), none of
// phishing's. It costs a domain of one's own and a List-Unsubscribe header on it (nothing checks the
// domain answers), and gives back this rule's few points only.
import { defineRule, shorten } from '../rule.ts';

export default defineRule({
  id: 'from-without-name',
  category: 'headers',
  description: 'From header has no display name',
  weight: 0.2,
  cap: 1,
  headerFields: ['from'],
  messages: {
    'no-name':
      'The mail comes from `{address}` with no display name, so readers see a bare address. Senders that mail readers name themselves; unnamed senders look like bulk-mail scripts to filters and to people.',
    'no-name-own-domain':
      'The mail comes from `{address}` with no display name, so readers see a bare address. The address is on the sender\'s own domain and its opt-out goes back there, so the domain names the sender and this is advice, 0 points; a name still reads better than an address.',
    'add-name':
      'Add a display name: From: "Your Company" <{address}>.',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    // A reply in a conversation is personal mail, named or not.
    if (message.headers.has('in-reply-to')) return [];
    const { from } = context.facts.sender;
    // A name in a charset that could not be decoded is still a name (`=?x-unknown?B?…?=` is U+FFFD in `name`).
    if (!from?.domain || from.name.trim() !== '') return [];
    const evidence = shorten(from.address);
    if (context.facts.identity.ownDomainAnswers) {
      return [{ messageId: 'no-name-own-domain', suggestionId: 'add-name', data: { address: evidence }, evidence, strength: 0 }];
    }
    return [{ messageId: 'no-name', suggestionId: 'add-name', data: { address: evidence }, evidence }];
  },
});
