/**
 * explain() on the probe set (test/explain/probes.ts): replies as MTAs and providers document
 * them, none from the labelled bounces. Each is explained as the line a user pastes and inside a
 * DSN whose Status is the generic 5.0.0 / 4.0.0, where the reply's words must decide. This is
 * coverage of documented wording, not accuracy on real mail (`npm run eval:bounces -- --probes`
 * prints the figures, also for the grammar alone).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { explain, explainWith } from '../../core/explain/index.ts';
import { createVocabulary } from '../../core/explain/vocabulary.ts';
import { probeDsn, type Probe } from './probes.ts';
import { probeSetsBefore } from './probe-sets.ts';

const categoryOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.category;
const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;


// Sets 1–13 (probes.ts), checked reply by reply here; each later set has its own test.
const all: readonly Probe[] = probeSetsBefore(14).flatMap((set) => set.probes);

describe('probe set of documented replies', () => {
  it('has no duplicate and names a source for every reply', () => {
    expect(new Set(all.map((entry) => entry.reply)).size).toBe(all.length);
    for (const entry of all) expect(entry.source.length).toBeGreaterThan(3);
  });

  describe.each(all.filter((entry) => !entry.miss))('$source: $reply', (entry) => {
    it(`is ${entry.category} as a pasted line`, () => expect(categoryOf(entry.reply)).toBe(entry.category));
    it(`is ${entry.category} in a DSN with a generic status`, () => expect(categoryOf(probeDsn(entry.reply))).toBe(entry.category));
  });

  // Known disagreements stay listed with their reason; when one starts to agree, move it up.
  it.each(all.filter((entry) => entry.miss))('still disagrees, for a stated reason: $reply', (entry) => {
    expect(categoryOf(entry.reply)).not.toBe(entry.category);
  });
});

describe('what the grammar reads, each way round', () => {
  it('a failure report whose reply says the message was held is an expiry, a warning a delay', () => {
    const failed = probeDsn('Message is on hold');
    expect(explain(failed, { analyzeReturned: false }).findings[0]?.rule).toBe('delivery-expired');
    expect(explain(failed.replace('Action: failed', 'Action: delayed'), { analyzeReturned: false }).findings[0]?.rule).toBe('delivery-delayed');
  });

  it('a size refusal is about size, not about the number of attempts or hops', () => {
    expect(categoryOf('552 Message exceeds the maximum size')).toBe('policy');
    expect(categoryOf('The message has exceeded the maximum number of delivery attempts')).toBe('transient');
    expect(categoryOf('Message has exceeded maximum hop count')).toBe('transient');
  });

  it('a domain that cannot be reached is a missing domain; a host that cannot be reached, a network failure', () => {
    expect(categoryOf('554 The mail could not be delivered because the domain is not reachable')).toBe('mailbox');
    expect(categoryOf('421 Host not reachable')).toBe('transient');
  });

  it('an account that is temporarily unavailable is not a missing address', () => {
    expect(ruleOf('550 Requested action not taken: mailbox unavailable')).toBe('unknown-recipient');
    expect(categoryOf('450 4.2.1 Mailbox temporarily unavailable')).not.toBe('mailbox');
  });

  // "unavailable" said of a lookup, a verification service, a user database or the sender's address
  // is the receiver's trouble or the sender's, never a recipient that does not exist (each was read
  // as unknown-recipient, "remove the address", when any user / address … unavailable was).
  it.each([
    ['451 4.3.0 Recipient verification unavailable, try again later', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Requested action aborted: user lookup service not available', 'remote-system-error', 'remote-system-error'],
    ['451 4.4.3 Address lookup unavailable, please retry', 'network-error', 'network-error'],
    // A temporary reply with nothing more specific: delayed, and expired in a report that it failed.
    ['421 4.7.0 User database not available', 'delivery-delayed', 'delivery-expired'],
    ['550 sender address unavailable', 'refused-unspecified', 'refused-unspecified'],
    ['554 5.7.1 Sender address unavailable', 'not-authorized', 'not-authorized'],
  ])('%s is %s, not an unknown recipient', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  it('a mailbox or recipient that is unavailable is a missing address only in a permanent reply', () => {
    for (const reply of ['550 Mailbox <someone@b.example> unavailable', "550 5.0.0 The recipient's mailbox is not available", '550 Recipient unavailable']) {
      expect(ruleOf(reply), reply).toBe('unknown-recipient');
      expect(ruleOf(probeDsn(reply)), reply).toBe('unknown-recipient');
    }
    for (const reply of ['550 sender mailbox unavailable', '550 recipient server unavailable', '550 5.0.0 Mailbox lookup unavailable', '550 Recipient check not available']) {
      expect(ruleOf(reply), reply).not.toBe('unknown-recipient');
    }
  });

  // RFC 5321's generic text of a 450 reply is "mailbox unavailable"; a temporary reply is never a
  // verdict that the address does not exist, whatever its words (the advice would be to remove it).
  it.each([
    '450 4.2.1 Mailbox unavailable, try again later',
    '450 Requested mail action not taken: mailbox unavailable',
    '450 4.1.1 <someone@b.example>: Recipient address rejected: User unknown in local recipient table',
    '451 4.1.1 No such user, try again later',
  ])('a temporary reply is no unknown recipient: %s', (reply) => {
    expect(ruleOf(reply)).toBe('delivery-delayed');
    expect(ruleOf(probeDsn(reply).replace('Action: failed', 'Action: delayed'))).toBe('delivery-delayed');
    expect(ruleOf(probeDsn(reply))).toBe('delivery-expired');
    // The same reply given as permanent is a missing address.
    expect(ruleOf(reply.replace(/^45\d/, '550').replace(/\b4\.(\d)/, '5.$1'))).toBe('unknown-recipient');
  });

  it('a Barracuda spam score is content, a Barracuda reputation block a blocklist', () => {
    expect(categoryOf('550 permanent failure for one or more recipients (a@b.example:blocked) Barracuda spam score too high')).toBe('content');
    expect(categoryOf('554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation')).toBe('reputation');
  });

  it('a bounce that quotes no reply is read from its wording, for causes named by specific terms', () => {
    const plain = (body: string) => ['From: Mail Delivery System <MAILER-DAEMON@mx.a.example>', 'To: s@a.example', 'Subject: Undelivered Mail Returned to Sender', '', 'Your message to someone@b.example could not be delivered.', body, ''].join('\r\n');
    expect(ruleOf(plain('The receiving server refused it because your server is listed on Spamhaus (zen.spamhaus.org).'))).toBe('blocklisted');
    expect(ruleOf(plain('The receiving server requires a PTR record for your sending IP.'))).toBe('reverse-dns');
    expect(ruleOf(plain('Relaying to b.example is denied.'))).toBe('relay-denied');
    expect(ruleOf(plain('SMTP authentication is required.'))).toBe('smtp-auth-required');
    expect(ruleOf(plain('The receiving server requires TLS.'))).toBe('tls-required');
    // Words that also fill boilerplate (a policy, a block, a filter) are not read from a whole report.
    expect(ruleOf(plain('If you believe this message was blocked by our policy in error, contact us.'))).toBe('bounce-reason-unknown');
  });

  it('reads long hostile text built from the grammar’s own words and still answers', () => {
    const words = ['message ', 'delivery ', 'attempts ', 'user ', 'domain ', 'ip ', 'blocked ', 'a.b.c.d.e.f.g.h ', 'frist ', 'not '];
    const hostile = Array.from({ length: 40_000 }, (_, index) => words[index % words.length]).join('');
    expect(typeof categoryOf(hostile)).toBe('string');
    expect(typeof categoryOf(probeDsn(hostile.slice(0, 3_000)))).toBe('string');
  });
});

// Probe set 5's concepts, each with the neighbour it must not swallow (each failed before that set).
describe('what the grammar reads since probe set 5, and what it leaves alone', () => {
  it.each([
    // A section of a standard cited in a refusal is not its status: the refusal stays permanent.
    ['550 Access denied - Invalid HELO name (See RFC2821 4.1.3)', 'client-blocked', 'client-blocked'],
    ['554 Transaction failed, see RFC 5321 section 4.5.3 for the limits', 'refused-unspecified', 'refused-unspecified'],
    // A system's disk is the receiver's trouble; a mailbox's disk is a full mailbox.
    ['452 4.4.5 Insufficient disk space; try again later', 'remote-storage-full', 'remote-storage-full'],
    ['552 Insufficient disk space in the mailbox of this user', 'mailbox-full', 'mailbox-full'],
    // A lookup that failed (X.4.3) is no domain without mail; a reply that no MX exists is.
    ["Sorry, I couldn't find a mail exchanger or IP address. (#4.4.3)", 'network-error', 'network-error'],
    ['No MX found for destination', 'domain-takes-no-mail', 'domain-takes-no-mail'],
    // A sending quota is a limit; a storage quota a full mailbox.
    ['550 5.4.5 Daily sending quota exceeded.', 'sending-limit', 'sending-limit'],
    ['550 Mailbox quota exceeded', 'mailbox-full', 'mailbox-full'],
    // Not relaying a dynamic IP range is about the client's IP; not relaying for a domain is relaying.
    ["550 Messages from 192.0.2.1 weren't sent. Hotmail does not relay dynamically-assigned IP ranges.", 'reverse-dns', 'reverse-dns'],
    ['550 We do not relay for b.example', 'relay-denied', 'relay-denied'],
    // Mail from the client's IP literal, refused or not sent, is the client; from an address it is not.
    ["550 Unfortunately, messages from 192.0.2.1 weren't sent.", 'client-blocked', 'client-blocked'],
    ['550 Messages from a@c.example were rejected', 'refused-unspecified', 'refused-unspecified'],
    ["421 Some messages from 192.0.2.1 weren't sent. We have limits for how many messages can be sent per hour and per day.", 'rate-limited', 'rate-limited'],
    // The content refused is content; refused because of content restrictions, a policy.
    ['550 5.7.1 message content rejected', 'spam-content', 'spam-content'],
    ['550 5.7.1 Message rejected due to content restrictions', 'policy-rejection', 'policy-rejection'],
    // Someone not found at a domain is a recipient; a domain not found is the domain.
    ["Your message to a@b.example couldn't be delivered. a wasn't found at b.example.", 'unknown-recipient', 'unknown-recipient'],
    ['550 Domain b.example not found', 'unknown-domain', 'unknown-domain'],
    // Lookups and transports that failed are the network; a server error is the receiving system.
    ['Temporary failure in MX lookup', 'network-error', 'network-error'],
    ['Network error on destination MXs', 'network-error', 'network-error'],
    ['host lookup did not complete', 'network-error', 'network-error'],
    ['The recipient server did not accept our requests to connect.', 'network-error', 'network-error'],
    ['451 4.3.0 Internal server error', 'remote-system-error', 'remote-system-error'],
    // Repeated attempts that failed are an expiry; repeated failed logins are SMTP AUTH.
    ["Despite repeated attempts to contact the recipient's email system it didn't respond.", 'delivery-expired', 'delivery-expired'],
    ['535 5.7.8 Authentication failed after several attempts', 'smtp-auth-required', 'smtp-auth-required'],
    // The envelope sender's domain that cannot be resolved, said either way round; verification that failed.
    ['451 Message temporarily deferred due to unresolvable RFC.5321 from domain', 'sender-rejected', 'sender-rejected'],
    ['550 Sender verify failed', 'sender-rejected', 'sender-rejected'],
    ['550 Administrative prohibition', 'policy-rejection', 'policy-rejection'],
    // Connections refused for a reason are the client; a bare TCP refusal is the network.
    ['501 Connection rejected by policy [7.7] 20805', 'client-blocked', 'client-blocked'],
    ['connect to mx.b.example[192.0.2.1]:25: Connection refused', 'network-error', 'network-error'],
  ])('%s is %s', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  // Probe set 6's concepts, with their neighbours.
  it.each([
    // A policy or rules, whatever adjectives stand before them; a named reason still decides.
    ['550 5.7.1 This message was rejected due to the current administrative policy by the destination server.', 'policy-rejection', 'policy-rejection'],
    ["554 Message rejected due to the sender's poor reputation", 'poor-reputation', 'poor-reputation'],
    // A misconfigured receiving server is the receiver's trouble; a refused HELO is the sender's server.
    ["Your message couldn't be delivered to b.example because the remote server is misconfigured.", 'remote-system-error', 'remote-system-error'],
    ['550 Invalid HELO name: your server is misconfigured', 'client-blocked', 'client-blocked'],
    // A server that will retry, or a message not delivered yet, is a delay (an expiry once it failed);
    // "Retrying will NOT succeed" is no delay.
    ['Gmail will retry for 46 more hours.', 'delivery-delayed', 'delivery-expired'],
    ['This message has not yet been delivered to one or more of its recipients after more than 24 hours on the queue', 'delivery-delayed', 'delivery-expired'],
    ['421 4.7.1 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.', 'poor-reputation', 'poor-reputation'],
    ['550 Your message has not been delivered: user unknown', 'unknown-recipient', 'unknown-recipient'],
    // No permission to send to a recipient is their restriction; to post to a group, the group's.
    ["Your message can't be delivered because you don't have permission to send to this recipient.", 'recipient-filter', 'recipient-filter'],
    ["You don't have permission to post to this group", 'group-posting-refused', 'group-posting-refused'],
  ])('%s is %s', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  // Probe set 7's concepts, with their neighbours.
  it.each([
    // A lookup of a DMARC record that failed is the DNS; a DMARC refusal is authentication.
    ['450 4.4.0 <a@b.example> Temporary DMARC DNS lookup failure (G1E)', 'network-error', 'network-error'],
    ['550 5.7.1 Email rejected per DMARC policy for b.example', 'authentication-failed', 'authentication-failed'],
    // A blocklisted file type is the attachment policy; a blocklisted IP the sender's listing.
    ['550 MSG-EXT: Blacklisted high risk file extension detected', 'policy-rejection', 'policy-rejection'],
    ['550 Your IP is blacklisted', 'blocklisted', 'blocklisted'],
    ['550 MSG-RFC: Your message does not conform to RFC2822 standard', 'not-rfc-compliant', 'not-rfc-compliant'],
    // Terse replies that still name the sending server, the sender or relaying.
    ['550 black ip.', 'client-blocked', 'client-blocked'],
    ['554 openrelay check.', 'client-blocked', 'client-blocked'],
    ['555 helohost error.', 'client-blocked', 'client-blocked'],
    ['552 mail from invalid.', 'sender-rejected', 'sender-rejected'],
    ['550 Mail from 192.0.2.1 refused', 'client-blocked', 'client-blocked'],
    ['553 host denies the sender.', 'sender-rejected', 'sender-rejected'],
    ['553 host denies relay.', 'relay-denied', 'relay-denied'],
    // A message or attachment too long is its size; a line too long its format; too long in the queue an expiry.
    ['554 attachment is too long.', 'message-too-large', 'message-too-large'],
    ['500 5.5.2 Line too long', 'malformed-content', 'malformed-content'],
    ['Message has been in the queue too long', 'delivery-expired', 'delivery-expired'],
    // Refused by the destination domain is the recipient's side, whatever the vendor code (5.4.1) says.
    ['541 5.4.1 Mail rejected by destination domain', 'recipient-filter', 'recipient-filter'],
  ])('%s is %s', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  // Probe set 8's concepts, and the general wording they belong to, with their neighbours (each
  // failed before that set's change).
  it.each([
    // The sending IP said to be filtered, forbidden or invalid is the client; a filtered message the recipient's filter.
    ['421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed.', 'client-blocked', 'client-blocked'],
    ['550 Message filtered', 'recipient-filter', 'recipient-filter'],
    ['remote ip is forbidden', 'client-blocked', 'client-blocked'],
    ['Requested mail action not taken: Invalid IP', 'client-blocked', 'client-blocked'],
    ['550 Invalid address', 'unknown-recipient', 'unknown-recipient'],
    // A server that denies the connection decided to; access denied for the client's IP is the client.
    ['450 Temporary denial of connection for Zombie matches (ERS)', 'client-blocked', 'client-blocked'],
    ['550 Access denied for your IP', 'client-blocked', 'client-blocked'],
    ['550 Access denied', 'refused-unspecified', 'refused-unspecified'],
    ['550 Please use your ISP relay', 'client-blocked', 'client-blocked'],
    // A recipient said before its predicate, or not of this server; a group's member is the group's.
    ['unavailable mail user', 'unknown-recipient', 'unknown-recipient'],
    ['550 Mail server unavailable', 'remote-system-error', 'remote-system-error'],
    ["local server don't exists that user", 'unknown-recipient', 'unknown-recipient'],
    ['550 Domain does not exists', 'unknown-domain', 'unknown-domain'],
    ['not user of this server', 'unknown-recipient', 'unknown-recipient'],
    ['You are not a member of this group', 'group-posting-refused', 'group-posting-refused'],
    // The recipient's address that fails verification, or has characters no address may have; the sender's is the sender's.
    ['Recipient verification failed', 'unknown-recipient', 'unknown-recipient'],
    ['Sender verification failed', 'sender-rejected', 'sender-rejected'],
    ['Restricted characters in address', 'unknown-recipient', 'unknown-recipient'],
    // A size limit exceeded, said verb first, is the message's; a mailbox's size its fullness; a sending limit the account's.
    ['exceeded mailsize limit', 'message-too-large', 'message-too-large'],
    ['552 exceeded mailbox size limit', 'mailbox-full', 'mailbox-full'],
    ['550 Exceeded daily sending limit', 'sending-limit', 'sending-limit'],
    ['552 Quota exhausted', 'mailbox-full', 'mailbox-full'],
    // A list the recipient, the user or the domain keeps is their filter; the server's own or a public list is a blocklist.
    ["550 You are registered as spammer (by user's reject list)", 'recipient-filter', 'recipient-filter'],
    ["551 Sender is on domain's blacklist", 'recipient-filter', 'recipient-filter'],
    ["550 Your server's IP is on our blacklist", 'blocklisted', 'blocklisted'],
    // A timeout of a step is the transport's; of the message, an expiry.
    ['rcpt handle timeout', 'network-error', 'network-error'],
    ['Message timed out', 'delivery-expired', 'delivery-expired'],
    // X.3.5 says the receiving system is misconfigured, whatever command it names; a refused HELO with X.7.1 is the client.
    ['451 4.3.5 <foobar>: Helo command rejected: Server configuration error', 'remote-system-error', 'remote-system-error'],
    ['554 5.7.1 <www.c.example>: Helo command rejected: Access denied', 'client-blocked', 'client-blocked'],
    // An address that takes no mail, deleted or dormant, is disabled; one that takes none from you, a filter.
    ['550 This address does not receive mail', 'mailbox-disabled', 'mailbox-disabled'],
    ['550 The recipient does not accept mail from your domain', 'recipient-filter', 'recipient-filter'],
    ['550 The user has been deleted', 'mailbox-disabled', 'mailbox-disabled'],
    // The receiving system out of memory; failed after retries; held, deferred or to be tried later.
    ['451 out of memory', 'remote-system-error', 'remote-system-error'],
    ['undeliverable after retries', 'delivery-expired', 'delivery-expired'],
    ['Delivery was suspended', 'delivery-delayed', 'delivery-expired'],
    ['Deferred by remote host', 'delivery-delayed', 'delivery-expired'],
    ['Try again later', 'delivery-delayed', 'delivery-expired'],
    // …but "try again later" beside a code that says more than X.0.0 leaves the code to decide.
    ['550 5.7.1 Please try again later', 'not-authorized', 'not-authorized'],
  ])('%s is %s', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  // The same meanings said other ways round (each failed before): the client refused with the
  // predicate first or not trusted; the sending IP or network said to send spam (its history, not
  // this message); a server that could not be reached; a mailbox not here; an account that expired.
  it.each([
    ['550 Rejected by policy: your IP address', 'client-blocked'],
    ['550 5.7.1 Message rejected by policy', 'policy-rejection'],
    ['550 Sending host not trusted', 'client-blocked'],
    ['550 Your IP is known to send spam', 'poor-reputation'],
    ['550 Too much spam from your network', 'poor-reputation'],
    ['550 Spam source IP', 'poor-reputation'],
    ['550 This message looks like spam', 'spam-content'],
    ['550 Could not contact mail server', 'network-error'],
    ['550 Unable to reach the destination server', 'network-error'],
    ['550 That mailbox is not here', 'unknown-recipient'],
    ['550 Recipient is not a local user', 'unknown-recipient'],
    ['550 The e-mail account has expired', 'mailbox-disabled'],
    ['550 Message expired', 'delivery-expired'],
  ])('%s is %s, as a line and in a failure report', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });

  // What the wider grammar must not take (each read otherwise, and as here, before it was widened;
  // each failed on the grammar as first widened), with the neighbours it must still take.
  it.each([
    // "The remote server / host" in a bounce is the receiving server: its refusal names no side.
    ['550 Message rejected by the remote server: user unknown', 'unknown-recipient', 'unknown-recipient'],
    ['550 Message rejected by the remote host: no such user', 'unknown-recipient', 'unknown-recipient'],
    ['554 Message rejected by the remote server as spam', 'spam-content', 'spam-content'],
    ['550 Blocked by the remote server: message content not accepted', 'spam-content', 'spam-content'],
    ['451 Message refused by the remote server, greylisted, try again later', 'greylisted', 'greylisted'],
    ['550 Rejected by the remote server', 'refused-unspecified', 'refused-unspecified'],
    // …nor a refusal whose reason on the way is the message's content; the predicate first still names the client.
    ['554 Message rejected: spam content from the sending server detected', 'spam-content', 'spam-content'],
    ['550 Rejected by policy: your IP address', 'client-blocked', 'client-blocked'],
    // A server that refused is the agent, not the one refused.
    ['550 Message refused by your server', 'refused-unspecified', 'refused-unspecified'],
    // A timeout of the receiver's database is its system's trouble; of a step of the dialogue, the transport's.
    ['451 4.3.0 Temporary system failure: database timeout', 'remote-system-error', 'remote-system-error'],
    ['421 Timeout - closing connection', 'network-error', 'network-error'],
    // A message filtered is the message's; only an IP or client that *is* filtered is the client.
    ['550 The mail server filtered your message as spam', 'spam-content', 'spam-content'],
    ['550 IP: 192.0.2.10 Message content filtered as spam', 'spam-content', 'spam-content'],
    ['550 Client 192.0.2.10: message filtered by content rules', 'recipient-filter', 'recipient-filter'],
    ['550 Your IP 192.0.2.1 is filtered', 'client-blocked', 'client-blocked'],
    // A message deleted or removed beside a recipient word is the message's fate; a mailbox that was removed is disabled.
    ['550 Recipient address rejected: message deleted as spam', 'spam-content', 'spam-content'],
    ["550 Message deleted: the user's spam filter removed it", 'spam-content', 'spam-content'],
    ['550 Recipient address rejected: mail removed by antivirus', 'virus-detected', 'virus-detected'],
    ['550 Message to user deleted without being read', 'refused-unspecified', 'refused-unspecified'],
    ['550 The message to the user was deleted without being read', 'refused-unspecified', 'refused-unspecified'],
    ['550 Your mailbox was removed without notice', 'mailbox-disabled', 'mailbox-disabled'],
    ['550 Account deleted', 'mailbox-disabled', 'mailbox-disabled'],
    // An address that takes mail of some kind, or not now, is a filter, a limit or a delay, not disabled.
    ['550 5.7.1 This recipient does not accept messages sent from external senders', 'recipient-filter', 'recipient-filter'],
    ['451 Recipient cannot accept mail right now, try later', 'delivery-delayed', 'delivery-expired'],
    ['421 Account cannot receive email at the moment', 'delivery-delayed', 'delivery-expired'],
    ['452 4.2.1 User cannot receive mail at this time', 'delivery-delayed', 'delivery-expired'],
    ['550 This address no longer accepts mail', 'mailbox-disabled', 'mailbox-disabled'],
    // A sending, hourly or API quota used up is the sender's limit; a bare or a user's quota the mailbox's.
    ['550 Sending quota exhausted', 'sending-limit', 'sending-limit'],
    ['550 Hourly sending quota depleted for this account', 'sending-limit', 'sending-limit'],
    ['554 Your sending quota has been exhausted, upgrade your account', 'sending-limit', 'sending-limit'],
    ['550 API quota exhausted for this account', 'sending-limit', 'sending-limit'],
    ['550 User quota exhausted', 'mailbox-full', 'mailbox-full'],
    // A domain blocklist is a list of domains; only a domain's (possessive) list is the recipient's filter.
    ['550 Sender domain blacklisted', 'blocklisted', 'blocklisted'],
    ['550 Rejected: sender domain on domain blocklist', 'blocklisted', 'blocklisted'],
    // Spam from the sending server within one sentence, and not when the message is what is spam.
    ['550 5.7.1 This message is spam. Sent from the sending server at 192.0.2.10', 'spam-content', 'spam-content'],
    ['550 Spam from your server detected in this message', 'spam-content', 'spam-content'],
    ['550 5.7.1 Our system has detected that this message is likely unsolicited mail from your network', 'spam-content', 'spam-content'],
    ['550 High probability of spam from your server', 'poor-reputation', 'poor-reputation'],
  ])('%s is %s', (reply, asLine, inFailure) => {
    expect(ruleOf(reply)).toBe(asLine);
    expect(ruleOf(probeDsn(reply))).toBe(inFailure);
  });

  // Neither the client nor a disabled mailbox, whatever else they are.
  it.each([
    ['554 Mail server filtered message: bulk content', 'client-blocked'],
    ['550 Recipient cannot accept messages larger than 10 MB', 'mailbox-disabled'],
  ])('%s is not %s', (reply, rule) => {
    expect(ruleOf(reply)).not.toBe(rule);
    expect(ruleOf(probeDsn(reply))).not.toBe(rule);
  });

  // What an MTA no one wrote wording for gets: the grammar alone (no fixed phrase, no vendor code),
  // as `npm run eval:bounces` reads it. Each was missed by the grammar before sets 5 to 8.
  const grammar = createVocabulary({ exclude: (item) => item.kind === 'phrase' || (item.kind === 'code' && item.text.split('.').length >= 3) });
  it.each([
    ['Network error on destination MXs', 'transient'],
    ['host lookup did not complete', 'transient'],
    ["Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.", 'transient'],
    ['This message has not yet been delivered to one or more of its recipients after more than 24 hours on the queue', 'transient'],
    ['No action is required on your part. Delivery attempts will continue for some time', 'transient'],
    ["Your message couldn't be delivered to b.example because the remote server is misconfigured.", 'transient'],
    ['550 5.4.5 Daily sending quota exceeded.', 'transient'],
    ["Your message to a@b.example couldn't be delivered. a wasn't found at b.example.", 'mailbox'],
    ['501 Connection rejected by policy [7.7] 20805', 'reputation'],
    ['550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.', 'reputation'],
    ['550 5.7.1 This message was rejected due to the current administrative policy by the destination server.', 'policy'],
    ['550 Administrative prohibition', 'policy'],
    ['550 Sender verify failed', 'policy'],
    ['550 black ip.', 'reputation'],
    ['553 host denies the sender.', 'policy'],
    ['552 message is too long.', 'policy'],
    ['unavailable mail user', 'mailbox'],
    ['Recipient verification failed', 'mailbox'],
    ['exceeded mailsize limit', 'policy'],
    ['remote ip is forbidden', 'reputation'],
    ["550 You are registered as spammer (by user's reject list)", 'policy'],
    ['rcpt handle timeout', 'transient'],
    ['Deferred by remote host', 'transient'],
  ])('the grammar alone reads %s as %s', (reply, category) => {
    expect(explainWith(analyze, probeDsn(reply), { analyzeReturned: false }, grammar).findings[0]?.category).toBe(category);
  });

  it('a delay report whose reply says no MX was found stays a domain without mail (the status is only the report’s 4.0.0)', () => {
    const delayed = probeDsn('No MX found for domain').replace('Action: failed', 'Action: delayed');
    expect(categoryOf(delayed)).toBe('mailbox');
  });
});

describe('the grammar composes: every subject with every predicate', () => {
  const SUBJECTS = ['user', 'recipient', 'mailbox', 'address', 'account', 'e-mail address', 'recipient address', 'destination address', 'local part', 'addressee', 'username', 'user account', 'destination mailbox'];
  const PREDICATES = ['unknown', 'not found', 'does not exist', "doesn't exist", 'not valid', 'not recognized', 'no longer exists', 'non-existent', 'was not found', 'could not be found', 'is not known here'];
  it('a recipient that is not there is a mailbox cause, in any of these words and either order', () => {
    const wrong: string[] = [];
    for (const subject of SUBJECTS) {
      for (const predicate of PREDICATES) {
        for (const reply of [`550 ${subject} ${predicate}`, `550 5.0.0 <a@b.example>: The ${subject} ${predicate}`]) if (categoryOf(reply) !== 'mailbox') wrong.push(reply);
      }
    }
    for (const before of ['unknown', 'no such', 'invalid', 'non-existent', 'unrecognized']) for (const subject of SUBJECTS) if (categoryOf(`550 ${before} ${subject}`) !== 'mailbox') wrong.push(`550 ${before} ${subject}`);
    expect(wrong).toEqual([]);
  });

  it('a sending IP or host that is refused or listed is reputation', () => {
    const wrong: string[] = [];
    for (const subject of ['your ip', 'your ip address', 'the sending ip', 'client host', 'your host', 'your server', 'sending host', 'your network', 'host 192.0.2.1', 'sender ip', 'connecting ip']) {
      for (const predicate of ['is blocked', 'has been blocked', 'is blacklisted', 'is blocklisted', 'is listed', 'is banned', 'has a poor reputation', 'is on our block list', 'was rejected', 'is not allowed']) {
        if (categoryOf(`554 5.7.1 ${subject} ${predicate}`) !== 'reputation') wrong.push(`${subject} ${predicate}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('retries, attempts or the time allowed that ran out, and a message held, are transient', () => {
    const wrong: string[] = [];
    for (const subject of ['retry period', 'retry time', 'queue lifetime', 'delivery attempts', 'retries', 'maximum retry time']) {
      for (const predicate of ['expired', 'exceeded', 'has expired', 'has been exceeded', 'reached', 'exhausted']) if (categoryOf(`550 5.0.0 ${subject} ${predicate}`) !== 'transient') wrong.push(`${subject} ${predicate}`);
    }
    for (const frame of ['could not be delivered for', 'was not delivered within', 'failed for the last', 'could not be sent within', 'gave up after']) if (categoryOf(`Your message ${frame} 3 days`) !== 'transient') wrong.push(frame);
    for (const predicate of ['is on hold', 'has been deferred', 'is held', 'has been frozen', 'has been postponed']) if (categoryOf(`Your message ${predicate}`) !== 'transient') wrong.push(predicate);
    expect(wrong).toEqual([]);
  });
});

// Since probe set 9: each widening with the replies it now takes (each read otherwise before, but
// "Recipient address rejected: Greylisted", kept to show the move of greylisting changed nothing
// for it) and the near misses it must leave. (The first widening also took "rejected due to content
// restrictions", a policy: structure.test.ts caught it, and content rules and restrictions are now left out.)
describe('what the grammar reads since probe set 9, and what it leaves alone', () => {
  it.each([
    // Greylisting names the reason whichever address the refusal names.
    ['450 4.2.0 Sender address rejected: Greylisted for 300 sec.', 'greylisted'],
    ['450 4.2.0 Recipient address rejected: Greylisted', 'greylisted'],
    // A verdict right before the sender's field, a domain refused in it, the From's domain judged.
    ['550 Invalidated From address', 'sender-rejected'],
    ['550 Rejected sender address', 'sender-rejected'],
    ["550 Forbidden domain 'c.example' in Envelope-From", 'sender-rejected'],
    ['550 From: Domain is invalid. Please provide a valid From:', 'sender-rejected'],
    // Characters no address may have, in the sender's address, are the sender's address (policy).
    ['553 Invalid characters in sender address', 'sender-rejected'],
    ["553 Invalid character in the sender's address", 'sender-rejected'],
    // A message deferred or refused because of its content is the content (a 5.7.1 beside it says no more).
    ['554 5.7.1 Message deferred due to content, try later', 'spam-content'],
    ['550 5.7.1 Message held because of its content', 'spam-content'],
    // Listed at a DNS list's zone (three or more labels), whatever its top-level domain.
    ['550 5.7.1 Rejected: mail.c.example listed at relays.ordb.example', 'blocklisted'],
    // Undeliverable for a stated time is an expiry; an illegal host or domain name a domain that is not there.
    ['Your message has been undeliverable to the following recipients for at least 4 hours.', 'delivery-expired'],
    ['Illegal Host/Domain Name found', 'unknown-domain'],
    // A host name judged in the HELO is the client's (a missing domain before).
    ['501 bad host name in HELO', 'client-blocked'],
    ['550 unknown host in HELO greeting', 'client-blocked'],
    // Too many messages in a time window is a rate, even with "to" for "too".
    ['450 4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes', 'rate-limited'],
  ])('%s is %s, as a line and in a failure report', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });

  it.each([
    // A verdict on the recipient beside a From address is the recipient's.
    ['550 User unknown, from address s@a.example', 'unknown-recipient'],
    ['550 Mail from domain c.example to an invalid user', 'unknown-recipient'],
    // Characters in the recipient's address are the recipient's (malformed-content before); in the body, the encoding.
    ['553 Invalid characters in recipient address', 'unknown-recipient'],
    ['554 Invalid characters in message body', 'malformed-content'],
    // A content scanner that is down is the receiver's trouble, not the content.
    ['451 4.3.0 Message deferred due to content scanner unavailable, try later', 'remote-system-error'],
    // A duration of something else than the delivery is not an expiry.
    ['550 Undeliverable: mailbox disabled for 30 days', 'mailbox-disabled'],
    // A HELO said in another clause leaves an unknown host the recipient's domain.
    ['550 Unknown host c.example (HELO accepted)', 'unknown-domain'],
    // "not listed" at a host, or in a directory, is no blocklist.
    ['550 Recipient not listed in the directory, see www.b.example', 'unknown-recipient'],
  ])('%s stays %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });

  it.each([
    ["550 Forbidden domain 'c.example' in recipient address", 'sender-rejected'],
    ['550 a@b.example is not listed at mx.mail.b.example', 'blocklisted'],
    ['550 You sent to many recipients', 'rate-limited'],
    // The client's HELO name is not the recipient's domain.
    ['501 Illegal host name in HELO', 'unknown-domain'],
    // "Rejected from domain x" says where the message came from, not that the From field was refused.
    ['550 Message rejected from domain c.example: user unknown', 'sender-rejected'],
    ['550 Message refused from address s@a.example: mailbox unavailable', 'sender-rejected'],
    // An address unlisted in a directory host is no blocklist.
    ['550 Recipient unlisted in ldap.corp.b.example', 'blocklisted'],
    ['550 5.7.1 Your IP sent to many mails to unknown users', 'rate-limited'],
    ['550 Invalid characters in recipient address', 'sender-rejected'],
    ['550 Message deferred due to content inspection failure', 'spam-content'],
  ])('%s is not %s', (reply, rule) => {
    expect(ruleOf(reply)).not.toBe(rule);
    expect(ruleOf(probeDsn(reply))).not.toBe(rule);
  });
});
