/**
 * Probe set 30's widening (issue 11): the misses whose words say the cause as any server might say it,
 * read generally, each with the near misses that must not flip.
 * - an error (with its number) or a failure said of connecting to a REMOTE host or port (a port on a host, a host
 *   name, a public IP, the remote, destination or receiving host or server, an MX) is the connection that failed
 *   (network-error), as "unable to connect" reads (Synchronet's notice after its last attempt, "… Reason: Error
 *   110 connecting to port 25 on mx.b.example [192.0.2.2]", read as no bounce before). A narrow reading
 *   (ERROR_CONNECTING_TO_REMOTE, narrowed after review rev43a): it decides only under no code, X.0.0 or X.4.x.
 *   The receiver's own services, named or not ("the user database", "rspamd at 127.0.0.1:11333", "127.0.0.1
 *   port 783", "amavisd", "the quarantine server", a private IP, a .local name), "no error", a clear cause after,
 *   a sender verification callout, X.3.x (4.3.0, 4.3.1, 4.3.2, 5.3.0), a temporary 4.7.1 and the specific codes
 *   X.1.1 and X.2.2 stay;
 * - a lookup of an SPF, DKIM or DMARC record said with the failed verb first ("451 4.4.3 Unable to query for a
 *   DMARC record", mireka's list redistributor, read as DMARC failed before) is the lookup that failed, as
 *   "Temporary DMARC lookup failure" reads: in a temporary reply the receiver's DNS trouble (network-error); a
 *   refusal (5xx), a record not found ("could not find"), a check that failed ("unable to verify"), another
 *   wording of a failed authentication and a specific code of another meaning (X.7.26, X.2.2) stay;
 * - a recipient's address said to have no domain, or to have to carry one, is an address no mailbox can have
 *   (unknown-recipient), as X.1.3 "bad destination mailbox address syntax" reads (python-slimta's "550 5.1.5
 *   Recipient address has no domain: a", read as a refusal without a reason before). A narrow reading
 *   (RECIPIENT_WITHOUT_DOMAIN, as CANNOT_RECEIVE_FOR and ADDRESS_NOT_RECOGNIZED are): it decides only under no
 *   code, X.0.0, an X.1.x that says the address is the trouble (X.1.0, X.1.1, X.1.3) or X.1.5 ("destination
 *   address valid", a success's detail that names no cause under a failure; the three narrow readings alike,
 *   so "550 5.1.5 Cannot receive for this address" now reads too), or beside no other cause. Specific codes of
 *   another meaning that stay unread by it: X.2.2 (the mailbox full), X.1.2 (the domain unknown), and X.7.1
 *   (the refusal); the sender's address (sender-rejected's), an address alone ("550 Address has no domain":
 *   it may answer MAIL FROM), a clear cause after and a temporary reply stay;
 * - the sending side that says it will try again at a time or on a date ("No delivery available, will try
 *   again, at 2018-03-14 14:12:33.014", Kademi's notice, read as no bounce before) is a delay, as "will try
 *   again later" reads; only a clock time ("14:00", "9:30:15 am", "2pm") or an ISO-like date ("2026-12-08"),
 *   narrowed after review: "at 3/4 capacity", "on 12-08", "at 3 locations", "will not try again" and a specific
 *   code of another meaning (X.1.1, X.2.2, X.7.1) stay;
 * - after review, "cannot receive for this address" (CANNOT_RECEIVE_FOR) before the client named as where the mail
 *   comes from ("… from your IP", "… from 192.0.2.1", "… from your domain") is no unknown address: unread under
 *   any code (X.1.5 included), no code too (it read unknown-recipient on main without a code).
 * Left unread, with why (probes-set30.ts): Synchronet's "550 Unknown sub-board: GENERAL" (only the source
 * says a sub-board is an address), mireka's "530 5.7.1 Rejected: unauthenticated e-mail from … is
 * restricted" (its words are authentication's; only the source says DNSBL), DBMail's "500 database has gone
 * fishing BYE" (an idiom) and "550 Recipient <…> FAIL" (no cause in the words).
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

describe('an error said of connecting to a remote host is the connection that failed', () => {
  reads('network-error', [
    'mail.a.example reporting delivery failure of message after 10 attempts\nfrom s@a.example to a@b.example\n\nReason:\nError 110 connecting to port 25 on mx.b.example [192.0.2.2]',
    'Error 110 connecting to port 25 on mx.b.example [192.0.2.2]',
    '451 error while connecting to mx.b.example',
    'Failure connecting to mx.b.example port 25',
    '421 Problem connecting to the remote host mx.b.example',
    '451 error connecting to the destination server',
    '451 error connecting to [203.0.113.9]',
    // X.0.0 and X.4.x: the codes under which it decides.
    '451 4.0.0 Error connecting to mx.b.example',
    '451 4.4.1 Error connecting to mx.b.example',
    // A retry said beside it is no other reason.
    '451 Error connecting to mx.b.example; will try again later',
  ]);
  stays([
    // The receiver's own services, named or not, and loopback or private addresses (review rev43a).
    ['451 4.3.0 error connecting to the user database', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error connecting to rspamd at 127.0.0.1:11333', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error 111 connecting to 127.0.0.1 port 783', 'remote-system-error', 'remote-system-error'],
    ['451 Temporary error connecting to amavisd', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error connecting to opendkim', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error connecting to postgrey', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error connecting to memcached', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error connecting to the quarantine server', 'remote-system-error', 'remote-system-error'],
    ['451 4.3.0 Error connecting to the mail store', 'remote-system-error', 'remote-system-error'],
    ['451 Error connecting to database', 'delivery-delayed', 'delivery-expired'],
    ['451 4.3.0 Error connecting to LDAP server', 'remote-system-error', 'remote-system-error'],
    ['451 error connecting to clamd', 'delivery-delayed', 'delivery-expired'],
    ['451 error connecting to 192.168.1.10 port 25', 'delivery-delayed', 'delivery-expired'],
    ['451 error connecting to port 25 on 127.0.0.1', 'delivery-delayed', 'delivery-expired'],
    ['451 error connecting to redis.local', 'delivery-delayed', 'delivery-expired'],
    // X.3.x (the mail system) and other codes decide, even of a remote host; a callout is the callout's.
    ['451 4.3.2 Error connecting to mx.b.example', 'rate-limited', 'rate-limited'],
    ['452 4.3.1 Error connecting to mx.b.example', 'remote-storage-full', 'remote-storage-full'],
    ['550 5.3.0 Error connecting to mx.b.example', 'remote-system-error', 'remote-system-error'],
    ['451 4.7.1 Error connecting to mx.b.example', 'delivery-delayed', 'delivery-expired'],
    ['451 Could not complete sender verify callout: error connecting to mx.a.example', 'remote-system-error', 'remote-system-error'],
    ['There was no error connecting to mx.b.example', 'unrecognised-input', 'refused-unspecified'],
    ['Error connecting to mx.b.example: user unknown', 'unknown-recipient', 'unknown-recipient'],
    ['550 5.1.1 error connecting to mx.b.example', 'unknown-recipient', 'unknown-recipient'],
    ['552 5.2.2 Error 110 connecting to port 25 on mx.b.example', 'mailbox-full', 'mailbox-full'],
  ]);
});

describe('an SPF, DKIM or DMARC record said not looked up, the verb first, is the lookup that failed', () => {
  reads('network-error', [
    '451 4.4.3 Unable to query for a DMARC record',
    '451 could not look up the SPF record',
    '451 failed to retrieve the DKIM key',
    '451 4.7.1 Unable to query for a DMARC record',
  ]);
  stays([
    ['550 5.7.1 Unable to query for a DMARC record', 'authentication-failed', 'authentication-failed'],
    ['550 5.7.26 Unable to query for a DMARC record', 'authentication-failed', 'authentication-failed'],
    ['451 could not find a DMARC record', 'authentication-failed', 'authentication-failed'],
    ['451 unable to verify the SPF record', 'authentication-failed', 'authentication-failed'],
    ['451 Unable to query for a DMARC record; DMARC policy reject', 'authentication-failed', 'authentication-failed'],
    ['452 4.2.2 Unable to query for a DMARC record', 'mailbox-full', 'mailbox-full'],
  ]);
});

describe("a recipient's address said to have no domain is an address no mailbox can have", () => {
  reads('unknown-recipient', [
    '550 5.1.5 Recipient address has no domain: a',
    '550 Recipient address has no domain',
    '550 recipient address must contain a domain',
    '553 destination address without a domain',
    // X.1.5 names no cause under a failure, for the three narrow readings alike.
    '550 5.1.5 Cannot receive for this address',
  ]);
  stays([
    ['553 5.1.7 Sender address has no domain', 'sender-rejected', 'sender-rejected'],
    ['550 Address has no domain', 'refused-unspecified', 'refused-unspecified'],
    ['552 5.2.2 Recipient address has no domain', 'mailbox-full', 'mailbox-full'],
    ['550 5.1.2 Recipient address has no domain', 'unknown-domain', 'unknown-domain'],
    ['550 5.7.1 Recipient address has no domain', 'not-authorized', 'not-authorized'],
    ['550 Recipient address has no domain; mailbox full', 'mailbox-full', 'mailbox-full'],
    ['550 recipient domain has no MX', 'domain-takes-no-mail', 'domain-takes-no-mail'],
    ['451 Recipient address has no domain, try again later', 'delivery-delayed', 'delivery-expired'],
  ]);
});

describe('the sending side that will try again at a time is a delay', () => {
  it.each([
    'No delivery available, will try again, at 2018-03-14 14:12:33.014',
    'We will retry at 09:30',
    'Message not sent, will try again at 2026-12-08 10:00',
    'We will try again at 2pm',
    'We will try again on 2026-12-08',
    'we will retry at 9:30:15 am',
  ])('%s is delivery-delayed (delivery-expired in a DSN that says it failed)', (reply) => {
    expect(ruleOf(reply)).toBe('delivery-delayed');
    expect(ruleOf(probeDsn(reply))).toBe('delivery-expired');
  });
  stays([
    ['550 5.1.1 user unknown; will try again at 14:00', 'unknown-recipient', 'unknown-recipient'],
    ['552 5.2.2 Mailbox full, will try again at 14:00', 'mailbox-full', 'mailbox-full'],
    ['550 5.7.1 Blocked, will try again at 14:00', 'not-authorized', 'not-authorized'],
    ['we will not try again at 14:00', 'unrecognised-input', 'refused-unspecified'],
    // No clock time or ISO-like date (review rev43a).
    ['will try again at 3 locations', 'unrecognised-input', 'refused-unspecified'],
    ['We will try again at 3/4 capacity', 'unrecognised-input', 'refused-unspecified'],
    ['We will try again on 12-08', 'unrecognised-input', 'refused-unspecified'],
    ['We will try again at 2 amazing places', 'unrecognised-input', 'refused-unspecified'],
  ]);
});

describe('"cannot receive for this address" before the client named as where the mail comes from is no unknown address', () => {
  it.each([
    '550 5.1.5 Cannot receive for this address from your IP',
    '550 Cannot receive for this address from your IP',
    '550 Cannot receive for this address from 192.0.2.1',
    '550 Cannot receive mail for this address from your domain',
  ])('%s is no unknown recipient (refused-unspecified, pasted and in a DSN)', (reply) => {
    expect(ruleOf(reply)).toBe('refused-unspecified');
    expect(ruleOf(probeDsn(reply))).toBe('refused-unspecified');
  });
  // Without the client after it, it reads as before (X.1.5 too, as this set's widening made it).
  reads('unknown-recipient', ['550 Cannot receive for this address', '550 5.1.1 Cannot receive for this address from your IP']);
});
