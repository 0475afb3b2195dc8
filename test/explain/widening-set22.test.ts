/**
 * Known wrong or missing readings fixed after probe set 20 (issue 11), each as the general wording any
 * server may say, with what the new reading must not swallow: a time limit is no size; the delivery's
 * time said run out under the server's own 4xx reply is a delay (as expl22's time-limit text); a state
 * said not to be is none; a mailbox refused after the sender's verification failed is the sender's; the
 * retries said stopped; a HELO refusal before a clear cause; "delivery differed" (deferred, misspelt);
 * a sender restricted for heavy usage. After review: a limit named before "limit exceeded" (each word
 * the size guard excludes) is no size, a hop limit a loop; the 4xx-means-a-delay rule only for a bare
 * reply, not inside a failure notice or beside words that the sender gave up, and for the stopped
 * retries too; a pause is no stop; heavy usage only the sender's, never the receiving server's load, a
 * mailbox or a volume of complaints; the stopped retries yield to every other last resort. Each reply
 * is explained as the pasted line and inside a DSN with a generic status (probeDsn). Invented replies.
 */
import { describe, expect, it } from 'vitest';
import { both, reads, ruleOf } from './read.ts';
import { dsnReport } from './dsn-builder.ts';

describe('a delivery’s time limit exceeded is an expiry, not a message size', () => {
  it.each([
    'Message delivery time limit exceeded',
    '550 Message delivery time limit exceeded',
    'Delivery time limit exceeded',
    'Message retry time limit exceeded',
    'Message queue time limit exceeded',
  ])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it.each([
    // A size said: the size, as before.
    ['550 Message size limit exceeded', 'message-too-large'],
    ['552 Message data limit exceeded', 'message-too-large'],
    ['550 Message delivery time limit was not exceeded; message size limit exceeded', 'message-too-large'],
    // Another cause said before it decides.
    ['452 Mailbox full; delivery time limit exceeded', 'mailbox-full'],
  ])('%s is %s', reads);
});

describe('a limit exceeded is no size when another limit is named before it (each word the size guard excludes)', () => {
  it.each([
    // time, with a hyphen; lifetime; timeout
    ['550 Message time-limit exceeded', 'delivery-expired'],
    ['550 Message lifetime limit exceeded', 'delivery-expired'],
    ['550 Message timeout limit exceeded', 'delivery-expired'],
    // retry, retries, attempt(s): the tries used up, an expiry
    ['550 Message retry limit exceeded', 'delivery-expired'],
    ['552 Message retries limit exceeded', 'delivery-expired'],
    ['552 Message attempt limit exceeded', 'delivery-expired'],
    ['552 Message delivery attempts limit exceeded', 'delivery-expired'],
    // queue: a full queue, as "queue full" (rate-limited; it read as the queue's time limit until
    // widening-set25.test.ts: a full queue is no expiry)
    ['550 Message queue limit exceeded', 'rate-limited'],
    // hop, hops, hop count: a loop, as "554 5.4.6 Too many hops" reads
    ['554 Message hop limit exceeded', 'network-error'],
    ['554 Message hops limit exceeded', 'network-error'],
    ['552 Message hop count limit exceeded', 'network-error'],
    // connection: a limit on connections, a rate
    ['451 Message connection limit exceeded', 'rate-limited'],
    // rate: a rate
    ['550 Attachment rate limit exceeded', 'rate-limited'],
    // delivery: a cap that names no time run out, a limit on sending read as a rate (it had no reading
    // of its own until widening-set25.test.ts)
    ['550 Message delivery limit exceeded', 'rate-limited'],
  ])('%s is %s', reads);

  it.each([
    // connections: no reading of its own, a delay under the 4xx, not a size (recipients: too many
    // recipients, rate-limited, widening-set24.test.ts)
    '451 Message connections limit exceeded',
  ])('%s is no size: delivery-delayed pasted, delivery-expired in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it('a hop limit after "Too many hops" is what "Too many hops" reads (a loop, widening-set24.test.ts), not a rate', () => {
    expect(both('554 Too many hops: message hop limit exceeded')).toEqual(both('554 Too many hops'));
  });
});

describe('the delivery’s time said run out under the server’s own 4xx reply code is a delay, as Exchange’s time-limit text (expl22)', () => {
  it.each([
    '451 Message delivery time limit exceeded',
    '451 4.4.7 Delivery time expired',
    '447 Delivery time expired',
    '450 Retry time exceeded',
    '451 4.4.7 Queue lifetime expired',
    // Another expiry wording too, since the 4xx decides whatever the words (widening-set25.test.ts).
    '451 4.4.7 Message expired',
  ])('%s is delivery-delayed pasted, delivery-expired in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // No reply code, a 5xx, or an enhanced code alone: the report of an expiry, as before.
    'Delivery time expired',
    '4.4.7 Delivery time expired',
    '550 4.4.7 Delivery time expired',
  ])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it.each([
    // Beside words that say the sending server gave up, or inside a pasted failure notice: the notice's
    // expiry, not a server asking for a retry (Exchange's time-limit text as well).
    '451 4.4.7 Delivery time expired; giving up',
    '451 4.4.7 Delivery time expired, message will not be retried',
    '451 4.4.7 Delivery time expired, message returned to sender',
    '451 4.4.7 Delivery time expired after 5 days',
    'Delivery has failed: 451 4.4.7 Queue lifetime expired',
    'Your message could not be delivered: 451 Retry time exceeded',
    '451 Could not deliver the message in the time limit specified; giving up',
    "This is the mail system at host mx.a.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<someone@b.example>: host mx.b.example[192.0.2.1] said: 451 4.4.7 Delivery time\n    expired (in reply to RCPT TO command)",
    "This is the mail system at host mx.a.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<someone@b.example>: host mx.b.example[192.0.2.1] said: 451 Could not deliver the message in the time limit specified (in reply to RCPT TO command)",
  ])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it.each([
    // A delay warning's words that it will still be retried: a delay, though it says "could not be delivered".
    '451 4.4.7 Delivery time expired; your message could not be delivered for 4 hours, it will be retried',
    // The server asking for a retry after a while is no giving up (review-e23b 1).
    '451 4.4.7 Delivery time expired, try again after 2 days',
    '451 4.4.7 Delivery time expired, retry after 2 hours',
    '451 4.4.7 Delivery time expired; please retry after 1 hour',
    // Delay warnings' own words (review-e23b 2): an edited Exim template, Sendmail's without "Will keep trying".
    '451 4.4.7 Delivery time expired. This is a warning message only: the message has not yet been delivered after 24 hours on the queue',
    '451 4.4.7 Delivery time expired. Warning: message still undelivered after 4 hours; delivery attempts will continue',
  ])('%s is delivery-delayed pasted', (reply) => {
    expect(both(reply)[0]).toBe('delivery-delayed');
  });

  it('in a report that the message is delayed, a delay whatever the words say', () => {
    const report = dsnReport({ action: 'delayed', status: '4.4.7', diagnosticCode: 'smtp; Message could not be delivered. 451 4.4.7 Delivery time expired' });
    expect(ruleOf(report)).toBe('delivery-delayed');
  });
});

describe('an account or mailbox said not suspended or disabled is no disabled mailbox: the other words decide', () => {
  it.each([
    ['Your account is not suspended; user unknown', 'unknown-recipient'],
    ['550 Your account is not suspended; user unknown', 'unknown-recipient'],
    ["550 Your account isn't suspended; user unknown", 'unknown-recipient'],
    ['550 Account not disabled; no such user', 'unknown-recipient'],
    ['550 User account is not currently suspended; mailbox full', 'mailbox-full'],
    ['550 Mailbox not disabled', 'refused-unspecified'],
    // A state listed after the negated one, up to two words between, no longer, other languages.
    ['550 Account is not locked or suspended', 'refused-unspecified'],
    ['550 Account was not suspended or disabled; no such user', 'unknown-recipient'],
    ['550 Account has not yet been disabled; user unknown', 'unknown-recipient'],
    ['550 Account is no longer suspended; user unknown', 'unknown-recipient'],
    ['550 Konto nicht gesperrt; Benutzer unbekannt', 'unknown-recipient'],
  ])('%s is %s', reads);

  it.each([
    // Said, not denied: as before.
    ['550 Account disabled', 'mailbox-disabled'],
    ['550 Account has been disabled', 'mailbox-disabled'],
    ['550 Account not active', 'mailbox-disabled'],
    ['550 Account suspended, not disabled', 'mailbox-disabled'],
    // A state listed after one that is no state ("not found or suspended"): said, as before.
    ['550 Account not found or suspended', 'mailbox-disabled'],
    ['550 Konto gesperrt', 'mailbox-disabled'],
  ])('%s is %s', reads);
});

describe('a mailbox said disabled or full after the sender’s verification failed is the sender’s, not the recipient’s', () => {
  it.each([
    'Sender verify failed: account suspended',
    '550 Sender verify failed: account suspended',
    '550 Sender verification failed: mailbox disabled',
    '550 Sender address rejected: account disabled',
    '550 <s@a.example>: Sender address rejected: mailbox disabled',
    '550 Sender verify failed: mailbox full',
    '550 Could not verify sender: account suspended',
  ])('%s is sender-rejected', (reply) => {
    reads(reply, 'sender-rejected');
  });

  it.each([
    // The mailbox said first, the recipient named, a recipient's code: the recipient's, as before.
    ['550 Account suspended; sender verify failed', 'mailbox-disabled'],
    ['550 Sender verify failed: recipient account suspended', 'mailbox-disabled'],
    ['550 5.1.1 Sender verify failed: account suspended', 'mailbox-disabled'],
    ['550 5.7.1 Recipient address rejected: sender verify failed: account suspended', 'mailbox-disabled'],
    ['550 Mailbox full', 'mailbox-full'],
    ['550 Account suspended', 'mailbox-disabled'],
  ])('%s is %s', reads);

  it('a temporary reply is no verdict: a delay, as before', () => {
    expect(both('450 Sender verify failed: account suspended')).toEqual(['delivery-delayed', 'delivery-expired']);
  });
});

describe('the sending server’s retries said stopped is an expiry, only when no cause is said beside it', () => {
  it.each(['Stopped retrying', '550 Stopped retrying', 'Stopped trying to deliver'])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it.each([
    ['550 User unknown; stopped retrying', 'unknown-recipient'],
    ['421 4.7.28 Our system has detected an unusual rate of mail from your IP; stopped retrying', 'rate-limited'],
    ['550 Stopped retrying: no', 'refused-unspecified'],
    ['550 Has not stopped retrying', 'refused-unspecified'],
    // It names no reason: another cause's last resort said beside it, one that yields too, decides.
    ['Rejected due to malicious network; stopped retrying', 'poor-reputation'],
    ['Stopped retrying: administratively denied', 'policy-rejection'],
  ])('%s is %s', reads);

  it('denied, pasted alone: no reading', () => {
    expect(both('Has not stopped retrying')).toEqual(['unrecognised-input', 'refused-unspecified']);
  });

  it.each([
    // Under the server's own 4xx reply: a retry asked for, as the other expiry wordings (a delay).
    '451 Stopped retrying',
    '450 Mailbox temporarily unavailable; stopped retrying',
  ])('%s is delivery-delayed pasted, delivery-expired in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it('Exchange’s "has stopped trying" (its failure notice’s words) stays an expiry under a 4xx, as before', () => {
    reads('450 Mailbox temporarily unavailable; has stopped trying', 'delivery-expired');
  });

  it.each([
    // Another expiry wording beside it: that reading, as before (the 4xx rule only for the stopped retries alone).
    '417 Temporary delivery error - The maximum number of delivery attempts has been reached; stopped retrying',
  ])('%s is delivery-expired', (reply) => {
    reads(reply, 'delivery-expired');
  });

  it('a server’s own "Local delivery failed" is no failure notice: the time run out under its 4xx stays a delay', () => {
    expect(both('451 4.5.0 Local delivery failed: unfinished data; delivery time expired')).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // A pause for a stated time: no expiry.
    'Stopped retrying host mx.b.example for 30 minutes',
    'Stopped retrying until tomorrow',
  ])('%s is no expiry', (reply) => {
    expect(both(reply)).toEqual(['unrecognised-input', 'refused-unspecified']);
  });
});

describe('a HELO name called invalid or rejected steps aside for a clear cause after it, as its twins (expl20)', () => {
  it.each([
    ['HELO hostname invalid; user unknown', 'unknown-recipient'],
    ['550 HELO hostname invalid; user unknown', 'unknown-recipient'],
    ['550 HELO rejected; no such user', 'unknown-recipient'],
    ['550 EHLO argument malformed. Recipient does not exist', 'unknown-recipient'],
    ['550 HELO name rejected; sender address rejected', 'sender-rejected'],
  ])('%s is %s', reads);

  it.each([
    ['550 HELO hostname invalid', 'client-blocked'],
    ['550 HELO rejected', 'client-blocked'],
    ['550 HELO hostname invalid; user blocked for 10 minutes', 'client-blocked'],
    ['550 Your HELO hostname is not allowed', 'client-blocked'],
  ])('%s is %s', reads);
});

describe('“delivery differed” (deferred, misspelt) and delivery momentarily suspended are a delay', () => {
  it.each(['Delivery differed/momentarily suspended', 'Delivery momentarily suspended', 'Delivery was temporarily suspended', 'Delivery has been differed'])(
    '%s is delivery-delayed pasted, delivery-expired in a failure report',
    (reply) => {
      expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
    },
  );

  it.each([
    // "differed" of its own meaning, or not after "delivery": no reading.
    'Delivery differed from the original route',
    'The message body differed',
    'The signatures differed',
  ])('%s is no delay', (reply) => {
    expect(both(reply)).toEqual(['unrecognised-input', 'refused-unspecified']);
  });

  it('a clear cause said before it decides', () => {
    reads('550 User unknown; delivery differed', 'unknown-recipient');
  });

  it('a cause said before it that "deferred" overrides, it overrides too (read as "deferred" is)', () => {
    for (const before of ['Number messages per hour exceeded', '451 4.3.5 Server configuration problem']) {
      expect(both(`${before}; delivery differed`)).toEqual(both(`${before}; delivery deferred`));
    }
  });
});

describe('a sender restricted for heavy usage is a rate limit, only when no cause is said beside it', () => {
  it.each([
    'Your IP address has been restricted due to heavy usage.',
    '421 Your IP address has been restricted due to heavy usage.',
    '550 Your IP address has been restricted due to heavy usage.',
    'Restricted due to heavy usage',
    '550 Your IP 192.0.2.1 is restricted due to high volume',
    '550 You have been limited due to high traffic',
    '550 Your IP restricted due to high volume of mail',
  ])('%s is rate-limited', (reply) => {
    reads(reply, 'rate-limited');
  });

  it.each([
    ['User unknown; your IP address has been restricted due to heavy usage', 'unknown-recipient'],
    ['Your IP address has not been restricted due to heavy usage; user unknown', 'unknown-recipient'],
    ["Your IP isn't restricted due to heavy usage; user unknown", 'unknown-recipient'],
    ['Message could not be delivered for 5 days; restricted due to heavy usage', 'delivery-expired'],
    ['Message rejected as spam; restricted due to heavy usage', 'spam-content'],
    ['550 Restricted due to heavy usage: no', 'refused-unspecified'],
    // The sender's own account or sending said limited: its own limit, as before.
    ['Your account has been temporarily throttled due to high volume', 'sending-limit'],
    // A limit the reason names, said after a verdict without its reason (Cause.lastResortYields).
    ['Rejected due to malicious network; restricted due to heavy usage', 'rate-limited'],
  ])('%s is %s', reads);

  it.each([
    // After an absence or another cause's word (NOT_AFTER_ANOTHER_READING): not read, the reply's own
    // reading stands.
    ['450 Mailbox temporarily unavailable; restricted due to heavy usage', ['delivery-delayed', 'delivery-expired']],
    ['Domain look up failed; restricted due to heavy usage', ['unrecognised-input', 'refused-unspecified']],
    ['501 Invalid command argument; restricted due to heavy usage', ['refused-unspecified', 'refused-unspecified']],
  ])('%s is %j', (reply, rules) => {
    expect(both(reply)).toEqual(rules);
  });

  it('denied, pasted alone: no reading', () => {
    expect(both('Your IP address has not been restricted due to heavy usage')).toEqual(['unrecognised-input', 'refused-unspecified']);
  });

  const DELAY = ['delivery-delayed', 'delivery-expired'];
  const REFUSAL = ['refused-unspecified', 'refused-unspecified'];
  it.each([
    // The receiving server's own load ("load", or "traffic" with no sender named): its class decides.
    ['421 Service limited due to high load', DELAY],
    ['421 Too busy, limited due to high load', DELAY],
    ['421 Connections limited due to high load', DELAY],
    ['451 Limited due to high traffic', DELAY],
    // The recipient's mailbox restricted.
    ['550 Recipient mailbox restricted due to heavy traffic', REFUSAL],
    ['550 Mailbox limited due to high usage', REFUSAL],
    ['Access to this mailbox is restricted due to heavy usage', ['unrecognised-input', 'refused-unspecified']],
    ['452 Mailbox restricted due to high volume of incoming mail', DELAY],
    // A volume of complaints or bounces: reputation or list hygiene, not a rate.
    ['550 Your IP restricted due to high volume of complaints', REFUSAL],
    ['550 Your IP restricted due to high volume of bounces', REFUSAL],
    ['550 Restricted for high volume of bounces', REFUSAL],
  ])('%s is not read as the sender’s rate: %j, as before expl23', (reply, rules) => {
    expect(both(reply)).toEqual(rules);
  });
});

describe('guards: readings unchanged from before expl23, checked beside the new readings', () => {
  it.each([
    // The sender's account blocked for the spam it sent is its reputation (sets 16 and 17: an IP or
    // account blocked for spam or abuse is reputation), not the recipient's mailbox.
    ['Your account has been blocked for spam', 'poor-reputation'],
    ['550 Your account has been blocked for spam', 'poor-reputation'],
    // A recipient's address said unknown.
    ['Recipient address unknown', 'unknown-recipient'],
    ['550 5.1.1 Recipient address unknown', 'unknown-recipient'],
    // A count per time is a rate, not a size: sending-limit, read before the size.
    ['550 Message rate limit exceeded', 'sending-limit'],
  ])('%s is %s', reads);
});
