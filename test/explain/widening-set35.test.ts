/**
 * Probe set 29's widening (issue 11): the misses whose words say the cause as any server might say it,
 * read generally, each with the near misses that must not flip.
 * - the server saying it will not (won't, refuses to, does not want to) talk or speak to the client is the
 *   client refused at connect, as the sender's side "refused to talk to me" reads (ZMailer's "421
 *   mx.b.example ZMailer Server … WILL NOT TALK TO YOU at …", its answer to a client its TCP wrappers
 *   refuse, read by its 421 alone as a delay before); a condition the client can still meet ("before HELO",
 *   "until you authenticate", "without TLS") and a clear cause after stay;
 * - addresses or recipients the server says could not be recognised or identified are not there, as
 *   "recipient name is not recognized" reads (ZMailer's router form "Unresolvable mail address": "one or
 *   more of the addresses you specified could not be recognized as addresses that are understood by, or
 *   reachable from, this system", read as no bounce at all before); the sender's or return path's address,
 *   a command or a message said so, a clear cause after and a temporary reply stay.
 * After review (probe29fix) both are narrower: "will not talk to you" stays unread before a time or a retry
 * ("now", "at this time", "for 5 minutes", "try again", "shutting down"), reads only with the server as its
 * subject (none, "I", the server, a host name; not a recipient or a user) and not under an X.3.x status;
 * "could not be recognized / identified" is a narrow reading (ADDRESS_NOT_RECOGNIZED) that decides only under
 * no code, X.0.0, X.1.0 or X.1.1, not of the client's IP or a From: address, and only at the clause's end or
 * "as (valid, local) addresses".
 * Left unread, with why (probes-set29.ts): "403 4.7.0 TLS handshake failed" (tls-required's by design: its
 * why names a failed handshake), "521 connection rejected." (RFC 7504's 521 decides), Inbucket's "501
 * Unauthorized domain" and gen_smtp's "552 go away" (only the source says they answer MAIL FROM).
 */
import { describe, expect, it } from 'vitest';
import { probeDsn } from './probes.ts';
import { eachReads as reads, inDsn, ruleOf } from './read.ts';

/** Each reply keeps the reading it had before this widening (pasted, and in a DSN with a generic status). */
function stays(cases: readonly (readonly [string, string, string])[]): void {
  it.each(cases)('%s stays %s (%s in a DSN)', (reply, pasted, inDsn) => {
    expect(ruleOf(reply)).toBe(pasted);
    expect(ruleOf(probeDsn(reply))).toBe(inDsn);
  });
}

describe('a server that says it will not talk to the client refuses the client', () => {
  reads('client-blocked', [
    '421 mx.b.example ZMailer Server 2.99.57 WILL NOT TALK TO YOU at Mon, 7 Dec 2026 10:00:00 +0000',
    '554 I refuse to talk to you',
    "550 mx.b.example won't talk to you",
    '421 4.7.0 will not talk to you',
  ]);
  stays([
    ['503 I will not talk to you before HELO', 'refused-unspecified', 'refused-unspecified'],
    ['530 will not talk to you until you authenticate', 'smtp-auth-required', 'smtp-auth-required'],
    ['421 will not talk to you without TLS', 'delivery-delayed', 'delivery-expired'],
    ['421 will not talk to you; user unknown', 'delivery-delayed', 'delivery-expired'],
    ['550 5.1.1 User unknown; will not talk to you', 'unknown-recipient', 'unknown-recipient'],
    ['host mx.b.example refused to talk to me: 421 Service not available', 'remote-system-error', 'client-blocked'],
    ['550 Please talk to your administrator', 'refused-unspecified', 'refused-unspecified'],
    // A time or a retry after it is a delay (probe29fix), the code's: not the client refused.
    ['421 will not talk to you now, try again later', 'delivery-delayed', 'delivery-expired'],
    ['421 will not talk to you at this time', 'delivery-delayed', 'delivery-expired'],
    ['421 will not talk to you for 5 minutes', 'delivery-delayed', 'delivery-expired'],
    ['421 server busy, will not talk to you right now', 'remote-system-error', 'remote-system-error'],
    ['421 4.3.2 will not talk to you, shutting down', 'rate-limited', 'rate-limited'],
    // Under X.3.x (the receiving system's state) the code decides.
    ['451 4.3.0 will not talk to you', 'remote-system-error', 'remote-system-error'],
    // Only the server is the subject: a recipient or a user who will not talk is no refused client.
    ['550 The recipient does not want to talk to you', 'recipient-filter', 'recipient-filter'],
    ['550 user does not want to speak with you', 'refused-unspecified', 'refused-unspecified'],
  ]);
  it('a bare reply in a DSN whose Status is X.3.x keeps the code’s reading', () => {
    expect(inDsn('delayed', '4.3.0', '421 will not talk to you')).toBe('remote-system-error');
    expect(inDsn('failed', '5.3.0', '554 I refuse to talk to you')).toBe('remote-system-error');
  });
});

describe('addresses the server could not recognise as addresses are not there', () => {
  reads('unknown-recipient', [
    'A copy of your message is being returned to you because one or more of the addresses you specified could not be recognized as addresses that are understood by, or reachable from, this system.',
    '550 The recipient could not be identified',
    '550 Address could not be recognized',
    '550 The e-mail address you entered cannot be recognised',
  ]);
  stays([
    ['550 Sender address could not be recognized', 'refused-unspecified', 'refused-unspecified'],
    ['553 The return path address could not be recognized', 'refused-unspecified', 'refused-unspecified'],
    ['550 address could not be recognized; mailbox full', 'mailbox-full', 'mailbox-full'],
    ['500 Command could not be recognized', 'refused-unspecified', 'refused-unspecified'],
    ['550 The message could not be recognized', 'refused-unspecified', 'refused-unspecified'],
    ['451 Recipient could not be identified, try again later', 'delivery-delayed', 'delivery-expired'],
    // Not the client's IP or a From: address, nor identified as something else than an address (probe29fix).
    ['550 your IP address could not be identified', 'refused-unspecified', 'refused-unspecified'],
    ['553 From: address could not be recognized', 'refused-unspecified', 'refused-unspecified'],
    ['550 5.7.1 The recipient could not be identified as an authorized user', 'not-authorized', 'not-authorized'],
    // A narrow reading (probe29fix), as "cannot receive for this address" is: a code of another meaning decides.
    ['552 5.2.2 Recipient could not be identified', 'mailbox-full', 'mailbox-full'],
    ['550 5.2.1 Address could not be recognized', 'mailbox-disabled', 'mailbox-disabled'],
    ['550 5.1.2 Address could not be recognized', 'unknown-domain', 'unknown-domain'],
  ]);
  it.each([
    ['5.2.2', '550 your IP address could not be identified', 'mailbox-full'],
    ['5.7.1', '550 your IP address could not be identified', 'not-authorized'],
    ['5.2.2', '550 The address you specified could not be recognized', 'mailbox-full'],
    ['5.7.1', '550 The address you specified could not be recognized', 'not-authorized'],
  ])('a bare reply in a DSN whose Status is %s: %s stays %s', (status, reply, rule) => {
    expect(inDsn('failed', status, reply)).toBe(rule);
  });
  // Under a code that says the address, or nothing, it reads.
  reads('unknown-recipient', ['550 5.1.1 Address could not be recognized', '550 5.0.0 The recipient could not be identified', '550 Address could not be recognized as a valid address']);
  it('a bare reply in a DSN whose Status is 5.1.1 reads unknown-recipient', () => {
    expect(inDsn('failed', '5.1.1', '550 The address you specified could not be recognized')).toBe('unknown-recipient');
  });
});
