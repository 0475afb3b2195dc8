/**
 * What probe set 14's misses widened (test/explain/probes-set14.ts), each reading with what it must
 * not swallow: a negation, the words as a link's or host's name, another subject's limit, a specific
 * status code, one attempt instead of several. Each reply is explained as the pasted line and inside
 * a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { dsnReport } from './dsn-builder.ts';
import { both, ruleOf } from './read.ts';


describe('a mailbox’s storage or limit, or a domain’s size limit, exceeded is a full mailbox', () => {
  it.each([
    'Allocated mailbox storage exceeded (#1.02)',
    'Mailbox limit exceeded while appending message',
    '452 Mailbox space exceeded',
    'Reason: The domain size limit has been exceeded',
    '552 The domain disk space limit was exceeded',
  ])('%s is mailbox-full', (reply) => {
    expect(both(reply)).toEqual(['mailbox-full', 'mailbox-full']);
  });

  it.each([
    // The message's size named before a domain's limit is the message's size.
    ['552 Message size exceeds the domain size limit', 'message-too-large'],
    ['552 Message too large: domain size limit exceeded', 'message-too-large'],
    // Denied, or only a name.
    ['550 5.1.1 User unknown (see https://help.example.com/mailbox-storage-exceeded)', 'unknown-recipient'],
    ['550 5.1.1 <domain-size-limit-exceeded@b.example>: User unknown', 'unknown-recipient'],
    // The sender's own mailbox limit is no full mailbox of the recipient.
    ['550 Sender mailbox limit exceeded', 'refused-unspecified'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('what these readings must not take: a denial, a client’s logins, another thing disallowed', () => {
  it.each([
    ['Delivered; not the domain size limit exceeded', 'mailbox-full'],
    ['Quota check: no mailbox storage exceeded', 'mailbox-full'],
    ['535 Failed 3 attempts to authenticate', 'delivery-expired'],
    ['550 5.7.1 Sender address disallowed', 'policy-rejection'],
  ])('%s is not %s', (reply, rule) => {
    expect(both(reply)).not.toContain(rule);
  });
});

describe('failed attempts, all or several, to connect or deliver are an expiry', () => {
  it.each([
    'Failed four Attempts to connect to recipients mail server',
    'Failed all attempts to connect to the recipients mail server.',
    'Failed 5 delivery attempts to deliver to b.example',
    'Failed several connection attempts to reach mx.b.example',
  ])('%s is delivery-expired', (reply) => {
    expect(both(reply)).toEqual(['delivery-expired', 'delivery-expired']);
  });

  it.each([
    // One attempt is no expiry; a client's failed logins are not the sender's deliveries; denied.
    ['Failed 1 attempt to connect', 'unrecognised-input'],
    ['Failed one attempt to connect to mx.b.example', 'unrecognised-input'],
    ['We never failed all attempts to connect', 'unrecognised-input'],
    // A clear reason before it keeps deciding.
    ['550 5.1.1 User unknown; Failed four attempts to connect', 'unknown-recipient'],
    ['550 5.1.1 <failed-all-attempts-to-connect@b.example>: User unknown', 'unknown-recipient'],
    // A server still retrying says a delay, and X.4.1 (no answer from the host) keeps deciding.
    ['451 Failed all attempts to connect, will retry later', 'delivery-delayed'],
    ['451 4.4.1 Failed 3 attempts to connect to mx.b.example; will retry', 'network-error'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('a maximum of concurrent sessions or connections is a rate limit', () => {
  it.each(['451 4.5.1 [192.0.2.1] Max concurrent sessions (#1.04)', '421 Maximum simultaneous connections reached', '451 max parallel sessions'])('%s is rate-limited', (reply) => {
    expect(both(reply)).toEqual(['rate-limited', 'rate-limited']);
  });

  it.each([
    // X.5.1 with other words is still the invalid command; a host named so is no limit.
    ['501 5.5.1 Invalid command', 'smtp-protocol-error'],
    ['550 5.1.1 <max-concurrent-sessions@b.example>: User unknown', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('a recipient who doesn’t want the mail is the recipient’s filter', () => {
  it.each(["550 5.7.1 Recipient doesn't want your mail", '550 Recipient doesnt want messages from you'])('%s is recipient-filter', (reply) => {
    expect(both(reply)).toEqual(['recipient-filter', 'recipient-filter']);
  });

  it.each([
    // Not the recipient: the sender or the server.
    ["550 5.7.1 Sender doesn't want bounces", 'not-authorized'],
    // A recipient unknown stays unknown.
    ['550 5.1.1 Recipient unknown', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('an attachment or file type disallowed is policy', () => {
  it.each(['Disallowed Attach Type', '554 5.7.1 Disallowed attachment', '552 Attachment type is disallowed', '554 File extension disallowed'])('%s is policy-rejection', (reply) => {
    expect(both(reply)).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it.each([
    // Denied, or a link's or host's hyphenated name.
    ['Scanned: no disallowed attachments', 'unrecognised-input'],
    ['550 5.1.1 User unknown (see https://help.example.com/disallowed-attachment)', 'unknown-recipient'],
    ['550 5.1.1 <a@disallowed-attachments.example>: User unknown', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

/** Review of set 14 (review-b14.md): each finding's inputs and near misses; every case here failed on the branch before its fix. */
describe('review: failed attempts are an expiry only to the destination, with nothing said against it', () => {
  const inDsn = (action: string, status: string, reply: string) => ruleOf(dsnReport({ action, status, diagnosticCode: `smtp; ${reply}` }));

  it.each([
    // 1. A receiver's back end is not the destination: the code, or the rest of the words, decides.
    ['451 4.3.0 Failed all attempts to connect to the database', 'remote-system-error'],
    ['550 5.3.0 Failed all attempts to connect to the database', 'remote-system-error'],
    ['554 5.3.0 Internal error: failed all attempts to connect to RabbitMQ', 'remote-system-error'],
    ['451 4.3.0 Failed 3 attempts to connect to clamd', 'remote-system-error'],
    ['451 Failed 5 attempts to connect to spamd', 'delivery-delayed'],
    ['451 4.7.1 Failed 2 attempts to reach the policy server', 'delivery-delayed'],
    ['Failed 3 attempts to connect to LDAP server', 'unrecognised-input'],
    ['Failed 3 attempts to connect to the remote database', 'unrecognised-input'],
    // 1. Under an X.3.x code even with no object.
    ['451 4.3.0 Failed 3 attempts to connect', 'remote-system-error'],
    // 2a. A routing X.4.x code keeps deciding without retry words.
    ['451 4.4.1 Failed 3 attempts to connect to mx.b.example', 'network-error'],
    ['451 4.4.2 Failed 3 attempts to connect to mx.b.example', 'network-error'],
    // 2c. Retry words anywhere after it, in other wording.
    ['Failed 3 attempts to connect to mx.b.example; message queued, next attempt in 30 minutes', 'delivery-delayed'],
    ['451 Failed 3 attempts to connect to mx.b.example; retry in 15 minutes', 'delivery-delayed'],
    ['Failed 3 attempts to connect to mx.b.example; deferred, still trying', 'delivery-delayed'],
    ['Failed 3 attempts to connect to mx1.b.example, mx2.b.example and mx3.b.example [192.0.2.1]: Connection timed out. Will retry', 'network-error'],
    // 3. Denied with n't or "not yet".
    ["We haven't failed all attempts to connect", 'unrecognised-input'],
    ["Delivery hasn't failed 3 attempts to deliver", 'unrecognised-input'],
    ['The server has not yet failed all attempts to deliver', 'network-error'],
    ["The server hasn't failed all attempts to connect yet", 'network-error'],
  ])('%s is %s, not delivery-expired', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });

  it.each([
    // Near misses that stay an expiry: the destination named, nothing after, a refusal to retry.
    'Failed all attempts to connect to the recipients mail server. You can try again later.',
    'Failed 3 attempts to connect to mx.b.example',
    'Failed 3 attempts to connect to [192.0.2.1]',
    'Failed several attempts to deliver the message to a@b.example',
    'Failed all attempts to deliver, will not retry',
    '554 5.4.7 Failed 3 attempts to connect to the remote server',
  ])('%s stays delivery-expired', (reply) => {
    expect(both(reply)).toEqual(['delivery-expired', 'delivery-expired']);
  });

  it('2b. a delay report is no expiry: its Action and its code decide', () => {
    expect(inDsn('delayed', '4.0.0', 'Failed 3 attempts to connect to mx.b.example')).toBe('delivery-delayed');
    expect(inDsn('delayed', '4.4.1', 'Failed 3 attempts to connect to mx.b.example')).toBe('network-error');
    expect(inDsn('delayed', '4.3.0', '451 4.3.0 Failed 3 attempts to connect to clamd')).toBe('remote-system-error');
    // The same reply in a failure report is an expiry.
    expect(inDsn('failed', '4.0.0', 'Failed 3 attempts to connect to mx.b.example')).toBe('delivery-expired');
  });
});

describe('review: a mailbox’s storage or limit, or a domain’s size limit, is the recipient’s only when nothing says otherwise', () => {
  it.each([
    // 6. The sender's own, outgoing or "for sender" mailbox; a bare "mailbox limit" that counts recipients or messages sent.
    ['554 5.7.0 Your own mailbox storage exceeded; cannot send', 'policy-rejection'],
    ['550 5.7.1 Outgoing mailbox limit exceeded', 'not-authorized'],
    ['550 5.7.1 Mailbox limit exceeded for sender a@a.example', 'not-authorized'],
    ['452 4.5.3 Mailbox limit exceeded', 'rate-limited'],
    ['550 Mailbox limit exceeded: too many recipients in message', 'rate-limited'],
    ['550 Message rejected: mailbox limit exceeded, you have sent too many messages today', 'message-too-large'],
    ['550 Shared mailbox limit exceeded', 'refused-unspecified'],
    // 5. The message's size named anywhere near a domain's size limit; the sender's or your domain.
    ['552 Message is too large: domain size limit exceeded', 'message-too-large'],
    ['552 Rejected: domain size limit exceeded (message 12 MB, max 10 MB)', 'message-too-large'],
    ['550 Sender domain size limit exceeded', 'message-too-large'],
    ["554 5.7.0 Your domain's disk space limit was exceeded; cannot send", 'policy-rejection'],
  ])('%s is %s, not mailbox-full', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });

  it('5/6. a DSN of X.5.3 with a bare mailbox limit is no full mailbox', () => {
    expect(ruleOf(dsnReport({ action: 'failed', status: '5.5.3', diagnosticCode: 'smtp; 452 4.5.3 Mailbox limit exceeded' }))).not.toBe('mailbox-full');
  });

  it.each([
    // Near misses that stay a full mailbox: storage said, a limit while storing, the recipient's, the domain's alone.
    '550 Message not delivered mailbox storage limit exceeded',
    "550 5.2.2 Mailbox's storage limit exceeded",
    '452 Mailbox limit exceeded while delivering message',
    "550 The recipient's mailbox storage has been exceeded",
    '552 The domain size limit was exceeded (domain uses 2048 MB)',
    '552 Domain size limit exceeded',
  ])('%s stays mailbox-full', (reply) => {
    expect(both(reply)).toEqual(['mailbox-full', 'mailbox-full']);
  });
});

describe('review: "disallowed" quoted, bracketed, or of an extension or filetype is policy', () => {
  it.each([
    '554 5.7.1 "Disallowed attachment type"',
    "554 5.7.1 'Disallowed attachment'",
    '554 5.7.1 [Disallowed attachment]',
    '554 "Attachment type disallowed"',
    '554 5.7.1 Disallowed extension .exe',
    '554 Filetype disallowed',
    '554 5.7.1 Disallowed .exe attachment',
  ])('%s is policy-rejection', (reply) => {
    expect(both(reply)).toEqual(['policy-rejection', 'policy-rejection']);
  });

  it.each([
    // Still not a name's part, nor denied.
    ['550 5.1.1 User unknown (see https://b.example/help/disallowed-extension)', 'unknown-recipient'],
    ['550 5.1.1 <a@disallowed.attachment.example>: User unknown', 'unknown-recipient'],
    ['550 5.1.1 <disallowed.extension@b.example>: User unknown', 'unknown-recipient'],
    ['Scanned: "no disallowed attachments"', 'unrecognised-input'],
    ['Filetype is not disallowed', 'unrecognised-input'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('review: a typographic apostrophe reads as the ASCII one; recipients who don’t want the mail', () => {
  it.each([
    ['550 5.7.1 Recipient doesn\u2019t want your mail', 'recipient-filter'],
    ["550 Recipients don't want your mail", 'recipient-filter'],
    ['550 Recipients do not want mail from you', 'recipient-filter'],
    // Any n't reading, not only this one: a denial with ’ is still a denial.
    ['The server hasn\u2019t failed all attempts to connect yet', 'network-error'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });

  it.each([
    // The sender, not the recipient; a recipient unknown stays unknown.
    ['550 5.7.1 Sender doesn\u2019t want bounces', 'not-authorized'],
    ['550 5.1.1 Recipients unknown; they don\u2019t want mail', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });
});

describe('review: a mail client’s own session limit is no sending rate', () => {
  it.each([
    ['* BYE Maximum concurrent sessions per user exceeded', 'unrecognised-input'],
    ['-ERR [IN-USE] Maximum concurrent sessions per user reached', 'unrecognised-input'],
    ['535 5.7.0 Maximum concurrent sessions per user exceeded', 'policy-rejection'],
    ['No maximum concurrent connections limit reached', 'unrecognised-input'],
  ])('%s is %s, not rate-limited', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
  });

  it.each([
    // Near misses that stay a rate limit: per IP or per client is the sending side's, and so is a bare maximum.
    '421 4.7.0 Maximum concurrent connections per IP exceeded',
    '421 Max sessions per client reached',
    '421 4.7.0 Maximum simultaneous connections reached',
  ])('%s stays rate-limited', (reply) => {
    expect(both(reply)).toEqual(['rate-limited', 'rate-limited']);
  });
});
