// Detects the manual "remove" opt-out of old-school bulk mail: "reply with REMOVE in the subject",
// "send a blank email to remove@…", a remove.cgi link. Spam used it to harvest live addresses and
// filters learned it; legitimate senders use a one-click unsubscribe link and List-Unsubscribe.
// A removal that goes back to the sender itself — a named sender on its own domain, whose remove
// address or link is on that domain or who asks for a reply — is the old list software's way and
// counts for less: 2002 spam sent removals elsewhere (a remove@ mailbox or a remove.cgi on another
// domain, a free mailbox), and a list that answers its own removals can be found (issue #11: such
// removals are 8 of the 17 hits on commercial ham, 38 of 475 on spam, counted 2026-12-06).
// Source: SpamAssassin's EXCUSE_REMOVE ("to be removed from … mailings"); its MAILTO_TO_REMOVE and
// REMOVE_PAGE until 2006 (docs/rules/remove-opt-out.md); RFC 8058.
import { ADDRESS_IN_TEXT } from '../../recipients/address.ts';
import { headerValues, registrableDomain } from '../../headers/fields.ts';
import { defineRule, inText, shorten, type MessageHit, type RuleContext } from '../rule.ts';

/** Words next to "remove" that make it a reply-to-be-removed instruction. */
const INSTRUCTION = new Set(['subject', 'reply', 'mailto', 'send', 'type', 'write']);
/** Tokens either side of "remove" that we look at. */
const WINDOW = 6;
const MAX_LINKS = 2000;
const MAX_HREF = 2048;
const REMOVE_IN_HREF = /remove/i;
/** "remov…" anywhere in the text; a new RegExp per check, so no lastIndex is shared between messages. */
const REMOVE_IN_TEXT = (): RegExp => /remov/gi;
/** Mentions of "remov…" we look at: enough for any real mail, bounded for a hostile one. */
const MAX_MENTIONS = 200;
/** Characters either side of removal wording searched for the address it sends to. */
const ADDRESS_WINDOW = 300;
/** Characters of the To header read for the recipient's domains. */
const MAX_TO = 2000;
/** How much a removal counts when it goes back to the named sender's own domain. */
const OWN_DOMAIN_STRENGTH = 0.3;
const { local: LOCAL, label: LABEL, moreLabels: MORE_LABELS } = ADDRESS_IN_TEXT;
/** An address written in text or a mailto: its domain part, with at least one dot. Bounded quantifiers keep it linear. */
const ADDRESS = (): RegExp => new RegExp(String.raw`${LOCAL}@(${LABEL}(?:\.${LABEL}){1,${MORE_LABELS}})`, 'g');

function isRemoveWord(norm: string): boolean {
  return norm.startsWith('remov') && norm.length <= 9;
}

/** `remove@…`, `removeme@…`: a mailbox that takes removal requests (the tokenizer reads `@` as `a`). */
function isRemoveAddress(text: string, start: number, end: number): boolean {
  if (end - start > 80) return false;
  return /^remov[a-z0-9._-]{0,12}@/i.test(text.slice(start, end + 1));
}

export default defineRule({
  id: 'remove-opt-out',
  category: 'compliance',
  description: 'Opt-out by replying or mailing "remove"',
  weight: 1.0,
  cap: 1,
  messages: {
    'remove-request':
      '{kind, select, address {The address `{evidence}`} link {The link `{evidence}`} other {`{evidence}`}} asks readers to opt out by sending or clicking "remove". That manual removal is the opt-out of old bulk spam (it confirmed live addresses), and filters still score the wording.{own, select, yes { It goes back to the sender\'s own domain, as list software\'s removals do, so it counts for less.} other {}}',
    'one-click-unsubscribe':
      'Offer a one-click "Unsubscribe" link in the footer and a List-Unsubscribe header (RFC 8058) instead of asking for a "remove" reply.',
  },
  check(context) {
    const { message } = context;
    const { tokens, text } = message;
    // Most mail never says "remov…": one scan of the text, then only those words are looked at.
    const mentions = REMOVE_IN_TEXT();
    let seen = 0;
    for (let found = mentions.exec(text); found !== null && seen < MAX_MENTIONS; found = mentions.exec(text)) {
      seen++;
      const i = tokens.indexAt(found.index);
      const token = tokens.get(i);
      if (!token || !token.norm.startsWith('remov')) continue;
      if (isRemoveAddress(text, token.start, token.end)) {
        const evidence = shorten(text.slice(token.start, token.end));
        const own = backToSender(context, addressDomains(text.slice(token.start, Math.min(text.length, token.end + 260))).slice(0, 1));
        return [hitFor('address', evidence, own, inText(token.start, token.end))];
      }
      if (!isRemoveWord(token.norm)) continue;
      const from = Math.max(0, i - WINDOW);
      const to = Math.min(tokens.length - 1, i + WINDOW);
      for (let j = from; j <= to; j++) {
        const other = tokens.get(j);
        if (!other || !INSTRUCTION.has(other.norm)) continue;
        const start = Math.min(token.start, other.start);
        const end = Math.max(token.end, other.end);
        const evidence = shorten(text.slice(start, end));
        const near = text.slice(Math.max(0, start - ADDRESS_WINDOW), Math.min(text.length, end + ADDRESS_WINDOW));
        const own = backToSender(context, addressDomains(near));
        return [hitFor('wording', evidence, own, inText(start, end))];
      }
    }
    const links = message.links;
    for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
      const link = links[i];
      if (!link || link.hidden) continue;
      const href = link.href.slice(0, MAX_HREF);
      if (!REMOVE_IN_HREF.test(href)) continue;
      const evidence = shorten(href);
      const destination = linkDomain(href, link.url.domain ?? null);
      return [hitFor('link', evidence, backToSender(context, destination ? [destination] : ['']))];
    }
    return [];
  },
});

type Kind = 'address' | 'link' | 'wording';

/** The registrable domains of the addresses written in `text` (at most a few). */
function addressDomains(text: string): string[] {
  const domains: string[] = [];
  for (const [, host] of text.matchAll(ADDRESS())) {
    const domain = registrableDomain(host ?? '');
    if (domain) domains.push(domain);
    if (domains.length >= 8) break;
  }
  return domains;
}

/** The domain a removal link or mailto goes to. */
function linkDomain(href: string, webDomain: string | null): string | null {
  const mailto = /^\s*mailto:[^@?]{0,200}@([^?\s>]{1,255})/i.exec(href);
  return mailto ? registrableDomain(mailto[1] ?? '') : webDomain;
}

/**
 * Whether the removal goes back to the sender: a named From on its own domain (not a free mailbox,
 * not a machine-made mailbox) and the removal's address or link on that domain, or, for wording,
 * every address written near it on that domain (the recipient's own, often quoted there, aside),
 * or no address at all: a reply, which goes to From or to a Reply-To on that domain.
 */
function backToSender(context: RuleContext, destinations: readonly string[]): boolean {
  const identity = context.facts.identity;
  const own = identity.domain;
  if (!own || !identity.named || !identity.ownDomain || identity.machineMadeMailbox !== null) return false;
  if (destinations.length > 0) {
    // Every address there must be the sender's (or the recipient's, often quoted beside it): one
    // removal address elsewhere next to a contact line on the sender's domain is still elsewhere.
    const recipients = new Set(addressDomains(headerValues(context.message, 'to').join(', ').slice(0, MAX_TO)));
    return destinations.some((domain) => domain === own) && destinations.every((domain) => domain === own || recipients.has(domain));
  }
  const replyTo = context.facts.sender.replyTo;
  return !replyTo || replyTo.registrable === own;
}

/** `kind`: where the request is, an address to mail, a link to open or the wording of the text. */
function hitFor(kind: Kind, evidence: string, own: boolean, location?: MessageHit['location']): MessageHit {
  return {
    messageId: 'remove-request',
    suggestionId: 'one-click-unsubscribe',
    data: { kind, evidence, own: own ? 'yes' : 'no' },
    evidence,
    ...(location ? { location } : {}),
    ...(own ? { strength: OWN_DOMAIN_STRENGTH } : {}),
  };
}
