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
 *   a command or a message said so, a clear cause after and a temporary reply stay. Under a status code it
 *   reads as the readings it joins do ("550 5.2.1 Recipient not found" is unknown-recipient too).
 * Left unread, with why (probes-set29.ts): "403 4.7.0 TLS handshake failed" (tls-required's by design: its
 * why names a failed handshake), "521 connection rejected." (RFC 7504's 521 decides), Inbucket's "501
 * Unauthorized domain" and gen_smtp's "552 go away" (only the source says they answer MAIL FROM).
 */
import { describe, expect, it } from 'vitest';
import { probeDsn } from './probes.ts';
import { eachReads as reads, ruleOf } from './read.ts';

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
  ]);
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
  ]);
});
