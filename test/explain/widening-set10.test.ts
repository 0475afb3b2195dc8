/**
 * The grammar as widened for probe set 10 (test/explain/probes.ts, docs/explain.md), each widening
 * beside replies crafted to sit next to it that it must not read: a wording family is added, never
 * one string, and each family is checked both ways. Each reply is explained as the pasted line and
 * inside a DSN with a generic status (probeDsn), where the words decide.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { explainWith } from '../../core/explain/index.ts';
import { createVocabulary } from '../../core/explain/vocabulary.ts';
import { both, ruleOf } from './read.ts';


/** The grammar alone, as `npm run eval:bounces` reads it: no fixed phrase, no vendor code. */
const grammar = createVocabulary({ exclude: (item) => item.kind === 'phrase' || (item.kind === 'code' && item.text.split('.').length >= 3) });
const grammarRuleOf = (text: string) => explainWith(analyze, text, { analyzeReturned: false }, grammar).findings[0]?.rule;


describe('a mail loop, said last or counted in Received headers, is a routing failure, not a header error', () => {
  it.each([
    ['550 Too many received headers - possible mail loop'],
    ['554 Too many Received lines, forwarding loop?'],
    ['550 Message rejected: possible mail loop'],
    // The loop said last with no verdict the old grammar knew, and the count alone (each read
    // otherwise before the widening).
    ['550 Rejected: alias loop'],
    ['554 Delivery loop'],
    ['554 Too many Received headers (31)'],
  ])('%s is network-error', (reply) => {
    expect(both(reply)).toEqual(['network-error', 'network-error']);
  });

  it.each([
    // Headers that are not Received headers are still the message's format.
    ['550 Too many headers', 'not-rfc-compliant'],
    ['554 5.6.0 Too many headers', 'not-rfc-compliant'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it('a host whose name holds "loop" is no loop', () => {
    expect(both('550 Rejected: message from mail.loop.example')).not.toContain('network-error');
  });
});

describe('line ends that are not CRLF are the message’s form', () => {
  it.each([['451 Bare line-feed; see http://haraka.github.io/barelf/'], ['550 Lone CR or LF in body'], ['554 Bare carriage return in message']])(
    '%s is malformed-content',
    (reply) => {
      expect(both(reply)).toEqual(['malformed-content', 'malformed-content']);
    },
  );

  it.each([['521 5.5.2 Error reading DATA: invalid line ending'], ['550 Line endings must be CRLF']])('%s (line endings judged) is malformed-content', (reply) => {
    expect(both(reply)).toEqual(['malformed-content', 'malformed-content']);
  });

  it.each([['550 Bare minimum requirements not met'], ['550 Invalid line in header']])('%s is not', (reply) => {
    expect(both(reply)).not.toContain('malformed-content');
  });
});

describe('every mail exchanger tried, and too many failed tries, are the sending server giving up', () => {
  it.each([
    ['Tried all MXs', 'network-error'],
    ['451 All MX hosts for b.example failed', 'network-error'],
    // Without "giving up", which said so before the widening.
    ['550 Too many delivery attempts', 'delivery-expired'],
    ['Too many failed delivery attempts', 'delivery-expired'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it('"Too many failures (Tried all MXs)" is every MX tried as a pasted line, and an expiry in a report that the message failed', () => {
    // Only the sending server's own words in a failure report say it gave up (widening-review-set10.test.ts).
    expect(both('Too many failures (Tried all MXs)')).toEqual(['network-error', 'delivery-expired']);
  });

  it.each([
    // Failures of a login, or errors of the dialogue, are no expiry.
    ['421 too many auth failures'],
    ['421 Too many errors, closing connection'],
  ])('%s is no expiry as a pasted line', (reply) => {
    expect(ruleOf(reply)).not.toBe('delivery-expired');
  });

  it('MX hosts that refuse the client are not a transport failure', () => {
    expect(both('550 All MX hosts of b.example reject mail from your IP')).not.toContain('network-error');
  });
});

describe('the sender’s address judged, said either way round, is the sender', () => {
  it.each([
    ['550 Illegal MAIL FROM'],
    ['envelope sender illegal'],
    ['550 Spoofed MAIL FROM'],
    // Without 5.1.7, which named the sender before the widening.
    ['550 Malformed sender address'],
    // The sender's domain that could take no reply or bounce.
    ['550 5.7.27 mailfrom domain not configured for mail'],
    ['501 5.7.27 Domain in MAIL FROM has null MX record'],
    ["550 Mail from domain 'c.example' is not allowed from your host"],
    // The envelope or From address that is not the authenticated user's.
    ["550 Envelope domain 'c.example' doesn't match AUTH domain 'a.example'"],
    ['550 5.7.1 message from address must belong to authenticated user'],
    // "not valid" as "invalid" (Postal's "530 From/Sender name is not valid").
    ['530 From/Sender name is not valid'],
  ])('%s is sender-rejected', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    // Mail from a host or IP is the client; a message said to be spoofed names no sender's address;
    // a recipient's domain that takes no mail is the recipient's; a login that does not match is SMTP AUTH.
    ['550 Illegal mail from 192.0.2.1'],
    ['554 Message appears to be spoofed'],
    ['550 Recipient domain not configured for mail'],
    ['556 5.1.10 Domain does not accept email (null MX)'],
    ['535 5.7.8 Username and password do not match'],
    // The Sender Policy Framework's record is the domain's authentication, not the sender's address.
    ['550 SPF (Sender Policy Framework) record is not valid'],
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });
});

describe('an address that is malformed is the recipient’s unless the sender’s is named', () => {
  it('"Malformed address" is unknown-recipient', () => {
    expect(both('Malformed address')).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it('a malformed header is the message’s form', () => {
    expect(both('550 5.6.0 Malformed header')).not.toContain('unknown-recipient');
  });
});

describe('TLS named with what it secures, required', () => {
  it.each([['550 5.7.1 TLS conversation required'], ['530 Encrypted connection required for delivery']])('%s is tls-required', (reply) => {
    expect(both(reply)).toEqual(['tls-required', 'tls-required']);
  });

  it('a TLS connection that closed is no requirement', () => {
    expect(both('421 TLS connection closed by remote host')).not.toContain('tls-required');
  });
});

describe('a HELO name that should be fully qualified is the client', () => {
  it.each([['550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)'], ['501 EHLO argument must be a fully-qualified domain name']])(
    '%s is client-blocked',
    (reply) => {
      expect(both(reply)).toEqual(['client-blocked', 'client-blocked']);
    },
  );

  it('a HELO that should come first is the dialogue', () => {
    expect(both('503 5.5.1 HELO should be sent first')).not.toContain('client-blocked');
  });
});

describe('Japanese: a recipient that is not registered, by the grammar; the sender’s is not the recipient', () => {
  it.each([['<a@b.example> のユーザーは登録されていません'], ['宛先のアドレスは登録されていません']])('%s is unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it('差出人のアドレスが見つかりません (the sender’s address) is not', () => {
    expect(both('差出人のアドレスが見つかりません')).not.toContain('unknown-recipient');
  });
});

describe('a domain that receives no mail, and one that receives none from you', () => {
  it.each([['Domain b.example sends and receives no email'], ['550 Domain b.example receives no email']])('%s is domain-takes-no-mail', (reply) => {
    // Without "(NULL MX)", which said so before the widening.
    expect(both(reply)).toEqual(['domain-takes-no-mail', 'domain-takes-no-mail']);
  });

  it('receives no mail *from* your network is the client, not the domain', () => {
    expect(both('550 Domain b.example receives no mail from your network')).not.toContain('domain-takes-no-mail');
  });
});

describe('a content filter that timed out or failed judged nothing', () => {
  it.each([['554 Message rejected due to content filter timeout'], ['451 Message deferred: content filter unavailable']])('%s is no content or policy verdict', (reply) => {
    for (const rule of both(reply)) {
      expect(['spam-content', 'policy-rejection']).not.toContain(rule);
    }
  });

  it.each([
    ['554 Message rejected by content filter', 'spam-content'],
    ['554 Message rejected due to content filter', 'spam-content'],
  ])('%s is still %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('a list the sender is not on names no listing', () => {
  it('"Your IP is not listed at zen.spamhaus.org, but rejected by policy" is not blocklisted', () => {
    expect(both('Your IP is not listed at zen.spamhaus.org, but rejected by policy')).not.toContain('blocklisted');
  });

  it.each([
    ['550 192.0.2.1 is listed at dnsbl.example.net', 'blocklisted'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocklisted'],
    // Without a dotted zone the negation is a recipient's, and stays whole.
    ['550 5.1.1 User alice@b.example not listed in Domino Directory', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });
});

describe('the class of the reply’s own enhanced code, when it wrote no reply code', () => {
  it('5.7.1 … Greylisted is a refusal of the sender, not greylisting (unless the report says temporary: leftovers-set11.test.ts)', () => {
    expect(both('5.7.1 Sender address rejected: Greylisted')).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([['4.7.1 Sender address rejected: Greylisted'], ['Sender address rejected: Greylisted']])('%s is still greylisted', (reply) => {
    expect(both(reply)).toEqual(['greylisted', 'greylisted']);
  });
});

describe('third batch: a sending quota, a size that exceeds, a line delimiter, a sender not the login, a link on a URI list, a HELO argument', () => {
  it.each([
    ['554 5.7.1 Throttling quota exceeded', 'sending-limit'],
    ['554 5.7.1 Message size exceed (maybe caused by big attachment file)', 'message-too-large'],
    ['500 5.0.0 line delimiter must be CRLF', 'malformed-content'],
    ['554 5.7.1 Sender is not same as SMTP authenticate username', 'sender-rejected'],
    ['5.7.0 Rejected: message contains domain c.example listed by multi.surbl.org', 'spam-content'],
    ['550 Message contains a blacklisted URL', 'spam-content'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it.each([
    // A mailbox's quota is the mailbox's; a mailbox's size is no message size.
    ['552 5.2.2 Mailbox quota exceeded', 'mailbox-full'],
    ['452 4.2.2 Quota exceeded', 'mailbox-full'],
    // A list that names the sending domain or IP is the sender's reputation, not the content.
    ['554 5.7.1 Rejected: sending domain c.example listed by dbl.spamhaus.org', 'blocklisted'],
    ['554 Message from 192.0.2.1 listed by zen.spamhaus.org', 'blocklisted'],
  ])('%s is still %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it('a mailbox size that was exceeded is not a message too large', () => {
    expect(both('552 Mailbox size exceeded')).not.toContain('message-too-large');
  });

  it('by the grammar alone, an invalid name supplied as the HELO argument is the client; supplied as a recipient it is not', () => {
    expect(grammarRuleOf('501 5.5.2 Invalid domain name or ip supplied as HELO argument')).toBe('client-blocked');
    expect(grammarRuleOf('550 Invalid domain name supplied as recipient')).not.toBe('client-blocked');
  });
});
