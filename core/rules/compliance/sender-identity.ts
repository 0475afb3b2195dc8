// Reassures when a message shows a sender who can be found and who stands behind it: a named From
// on its own domain (not a free mailbox, no other domain's brand in the name), links that go to
// that domain, a visible opt-out link, and no failed authentication. Legitimate commercial mail
// has this identity, most spam and phishing do not (issue #11). Each piece is easy to fake alone,
// so the rule asks for all of them together and gives at most one point back: enough to weigh a
// real sender's promotional wording fairly, never enough to cancel a spam signal of weight.
// A From mailbox that is a random token (`vPQXadn@…`, `eon4ukm59w5v@…`) names no one a reader
// could write back to: the throwaway mailboxes of snowshoe runs, which otherwise tick every box on
// a domain of their own, so it earns nothing (facts.identity.machineMadeMailbox).
// Source: Gmail and Yahoo bulk-sender guidelines (2024: authenticated own domain, one-click
// unsubscribe); SpamAssassin's negative-scoring DKIM_VALID_AU and rspamd's DMARC_POLICY_ALLOW;
// SpamAssassin FROM_LOCAL_NOVOWEL / FROM_LOCAL_HEX for machine-made mailbox names.
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'sender-identity',
  category: 'compliance',
  description: 'Named sender on its own domain, linked and with an opt-out',
  weight: -1.0,
  cap: 1,
  messages: {
    'identified':
      'The mail says who sent it: `{sender}` names its sender on its own domain, {fromDomain} of its {links} links go to `{domain}`, and it has an unsubscribe link{listUnsubscribe, select, yes { and a List-Unsubscribe header} other {}}{postalAddress, select, yes { and a postal address} other {}}. Filters and readers trust a sender they can identify; this takes up to one point off.',
    'keep-consistent':
      'Keep the sender name, the From domain and the links consistent, and keep the unsubscribe link visible.',
  },
  check(context) {
    const identity = context.facts.identity;
    if (!identity.established || !identity.domain) return [];
    if (identity.machineMadeMailbox !== null) return [];
    const { from } = context.facts.sender;
    const evidence = `${from?.name ?? ''} <${from?.address ?? identity.domain}>`.trim();
    return [
      {
        messageId: 'identified',
        suggestionId: 'keep-consistent',
        data: {
          sender: evidence,
          fromDomain: identity.linksToFromDomain,
          links: identity.links,
          domain: identity.domain,
          listUnsubscribe: identity.listUnsubscribe ? 'yes' : 'no',
          postalAddress: identity.postalAddress ? 'yes' : 'no',
        },
        evidence,
      },
    ];
  },
});
