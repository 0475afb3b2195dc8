/**
 * The review of probe set 10's widening (test/explain/widening-set10.test.ts): replies the widened
 * grammar misread, read again as they say, and the fixes that did not hold. Each reply is explained
 * as the pasted line and inside a DSN with a generic status (probeDsn); where the reading depends on
 * the report (the stage it failed at, a delay notice, Exim's text), inside such a report.
 */
import { describe, expect, it } from 'vitest';
import { dsnReport, sendmailReport } from './dsn-builder.ts';
import { probeDsn } from './probes.ts';
import { both, ruleOf } from './read.ts';


/** A Postfix DSN: the remote's reply in reply to `command`, with the report's Action and Status. */
const postfix = (reply: string, command: string, action = 'failed', status = '5.0.0') =>
  dsnReport({
    from: 'MAILER-DAEMON@mx.a.example (Mail Delivery System)',
    human: ['This is the mail system at host mx.a.example.', '', `<someone@b.example>: host mx.b.example[192.0.2.9] said: ${reply} (in reply to ${command} command)`],
    action,
    status,
    remoteMta: 'dns; mx.b.example',
    diagnosticCode: `smtp; ${reply}`,
  });

/** A Postfix delay notice ("THIS IS A WARNING ONLY"): Action delayed, the message still being retried. */
const delayed = (diagnostic: string) =>
  dsnReport({
    subject: 'Delayed Mail (still being retried)',
    human: [
      'This is the mail system at host mx.a.example.',
      '',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
    ],
    action: 'delayed',
    status: '4.4.1',
    diagnosticCode: diagnostic,
  });

/** An Exim failure message quoting the remote's (possibly multi-line) reply after `after`. */
const exim = (after: string, reply: string) =>
  [
    'From: Mail Delivery System <Mailer-Daemon@mx.a.example>',
    'To: sender@a.example',
    'Subject: Mail delivery failed: returning message to sender',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  someone@b.example',
    '    host mx.b.example [192.0.2.9]',
    `    SMTP error from remote mail server after ${after}:`,
    ...reply.split('\n').map((line) => `    ${line}`),
    '',
  ].join('\n');

describe('Japanese: what is not registered or not found may be an IP address, its reverse lookup, an allow list, a login, or the sender', () => {
  it('a sending IP address not on an allow list is not an unknown recipient', () => {
    expect(both('550 5.7.1 送信元IPアドレスが許可リストに登録されていません')).toEqual(['not-authorized', 'not-authorized']);
  });

  it.each([['送信元IPアドレスの逆引きが登録されていません'], ['IPアドレスの逆引きが登録されていません']])('%s (the reverse lookup) is reverse-dns', (reply) => {
    expect(both(reply)).toEqual(['reverse-dns', 'reverse-dns']);
  });

  it('the sending IP’s reverse lookup refused in reply to MAIL FROM is reverse-dns', () => {
    expect(ruleOf(postfix('550 送信元IPアドレスの逆引きが登録されていません', 'MAIL FROM'))).toBe('reverse-dns');
  });

  it.each([['ユーザー認証に失敗しました。アカウントは存在しません'], ['550 SMTP認証が必要です。ユーザー名が登録されていません']])('%s (a login) is smtp-auth-required', (reply) => {
    expect(both(reply)).toEqual(['smtp-auth-required', 'smtp-auth-required']);
  });

  it.each([['差出人のメールアドレスが見つかりません'], ['送信者のメールアドレスが存在しません']])('%s (the sender’s address) is sender-rejected', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([['宛先のメールアドレスが見つかりません'], ['<a@b.example> のアカウントは存在しません'], ['<a@b.example> のユーザーは登録されていません']])('%s (the recipient’s) is still unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it('the domain’s own authentication (送信ドメイン認証) is no login', () => {
    expect(both('550 送信ドメイン認証に失敗しました')).not.toContain('smtp-auth-required');
  });
});

describe('too many failures is an expiry only when the sending server says it gave up', () => {
  it.each([['smtp; 421 4.4.2 Too many connection failures'], ['smtp; 451 Too many failures (Tried all MXs)']])('in a delay notice, %s is network-error', (diagnostic) => {
    expect(ruleOf(delayed(diagnostic))).toBe('network-error');
  });

  it.each([
    // A receiver refusing a client, a login, or a server still retrying.
    ['550 5.7.1 Too many failed attempts from your IP, try later', 'not-authorized'],
    ['421 4.7.0 Too many transient failures from your host, try later', 'remote-system-error'],
    ['451 4.4.0 Too many failures for b.example; will retry', 'network-error'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)).toEqual([rule, rule]);
  });

  it.each([['421 4.7.0 Too many failures, closing connection'], ['421 Too many failed attempts to authenticate']])('%s is no expiry as a pasted line or in a delay notice', (reply) => {
    expect(ruleOf(reply)).not.toBe('delivery-expired');
    expect(ruleOf(delayed(`smtp; ${reply}`))).not.toBe('delivery-expired');
  });

  it('a receiver’s "too many failed attempts" after RCPT in an Exim failure is its refusal', () => {
    expect(ruleOf(exim('RCPT TO:<someone@b.example>', '550 5.7.1 Too many failed attempts from your IP, try later'))).toBe('not-authorized');
  });

  it('the sending server’s own "Too many failures" in a failure report is an expiry', () => {
    expect(ruleOf(probeDsn('Too many failures (Tried all MXs)'))).toBe('delivery-expired');
  });
});

describe('a listing is the content only when it is of a link the message contains', () => {
  it.each([
    ['554 Rejected: email with domain a.example listed by dbl.spamhaus.org'],
    ['451 4.7.1 Service unavailable: client [192.0.2.1] blocked using b.barracudacentral.org; mail contains links to a.example'],
    ['550 5.7.1 Email with URLs from your IP 192.0.2.1 is blacklisted at bl.example'],
  ])('%s is blocklisted', (reply) => {
    expect(both(reply)).toEqual(['blocklisted', 'blocklisted']);
  });

  it('an Exim reply listing the client’s IP, then mail with domains, is blocklisted', () => {
    const reply = '550-Rejected: 192.0.2.1 is listed at zen.spamhaus.org\n550 Mail with domains in your signature is fine; see https://www.spamhaus.org/query/ip/192.0.2.1';
    expect(ruleOf(exim('RCPT TO:<someone@b.example>', reply))).toBe('blocklisted');
  });

  it.each([
    ["550 5.7.1 Message contains a link to a.example, which is the sender's domain listed at dbl.spamhaus.org"],
    ['550 Message contains URLs from your IP 192.0.2.1 listed at zen.spamhaus.org'],
  ])('%s (the listing is the sender’s or the client’s) is blocklisted', (reply) => {
    expect(both(reply)).toEqual(['blocklisted', 'blocklisted']);
  });

  it.each([['554 5.7.1 URI in message body listed at black.uribl.com'], ['550 Message contains a URL listed at multi.surbl.org']])('%s (a link in the message listed) is spam-content', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
  });
});

describe('"malformed" is the recipient’s address only where no other is meant', () => {
  it('Exim’s "missing or malformed local part" in reply to MAIL FROM is the sender', () => {
    expect(ruleOf(postfix('501 <>: missing or malformed local part (expected word or "<")', 'MAIL FROM'))).toBe('sender-rejected');
  });

  it('…and as a pasted line, no unknown recipient', () => {
    expect(both('501 <>: missing or malformed local part (expected word or "<")')).not.toContain('unknown-recipient');
  });

  it('a malformed MAIL FROM command is the dialogue', () => {
    expect(both('501 5.5.4 Syntax error: malformed MAIL FROM command')).toEqual(['smtp-protocol-error', 'smtp-protocol-error']);
  });

  it('a malformed From address (the header’s) with 5.6.0 is the message’s format, as "Malformed From address" (leftovers-set11.test.ts)', () => {
    expect(both('554 5.6.0 From address is malformed')).toEqual(['not-rfc-compliant', 'not-rfc-compliant']);
  });

  it('a malformed recipient address is still unknown-recipient', () => {
    expect(both('550 5.1.1 Malformed recipient address')).toEqual(['unknown-recipient', 'unknown-recipient']);
  });
});

describe('Received header fields that are malformed are the message’s format; only too many of them is a loop', () => {
  it.each([
    ['554 5.7.1 Message rejected: invalid Received header field'],
    ['554 Duplicate Received headers found'],
    ['550 5.6.0 Malformed Received header'],
    ['554 5.6.0 Missing Received header'],
  ])('%s is not-rfc-compliant', (reply) => {
    expect(both(reply)).toEqual(['not-rfc-compliant', 'not-rfc-compliant']);
  });

  it('421 Too many Received: lines in header (the hop count, the field named with its colon) is the loop', () => {
    expect(both('421 Too many Received: lines in header')).toEqual(['network-error', 'network-error']);
  });
});

describe('a domain without MX records is the sender’s only when no other domain is named for it', () => {
  it('"Message from domain a.example to b.example failed: no MX records for b.example" is the recipient’s domain', () => {
    expect(both('550 5.7.1 Message from domain a.example to b.example failed: no MX records for b.example')).toEqual(['domain-takes-no-mail', 'domain-takes-no-mail']);
  });

  it('"Sender domain has no MX record" is still the sender', () => {
    expect(both('550 Sender domain has no MX record')).toEqual(['sender-rejected', 'sender-rejected']);
  });
});

describe('a throttle or throttling limit is the receiver’s rate limit; a throttling quota the sender’s', () => {
  it.each([
    ['421 4.7.0 Throttling limit exceeded for IP 192.0.2.1, try again later'],
    ['450 4.7.1 Throttle limit reached, slow down'],
    ['451 4.7.1 Rejected by iRedAPD: throttle rate limit exceeded'],
  ])('%s is rate-limited', (reply) => {
    expect(both(reply)).toEqual(['rate-limited', 'rate-limited']);
  });
});

describe('line ends of an SMTP command line are the dialogue; Postfix’s bare <LF> is the form', () => {
  it.each([['500 5.5.2 Invalid end of line in command'], ['500 5.5.2 Bare newline in SMTP command']])('%s is smtp-protocol-error', (reply) => {
    expect(both(reply)).toEqual(['smtp-protocol-error', 'smtp-protocol-error']);
  });

  it('521 … Error: bare <LF> received is malformed-content, not a domain that takes no mail', () => {
    expect(both('521 5.5.2 mx.b.example Error: bare <LF> received')).toEqual(['malformed-content', 'malformed-content']);
  });
});

describe('fixes that now hold', () => {
  it.each([
    ['451 4.7.1 Content filtering error, try again later'],
    ['451 4.3.0 Content filters timed out'],
    ['554 5.7.1 Message rejected due to content filtering failure'],
    ['451 4.3.0 Message rejected: content filtering unavailable'],
  ])('%s (a filter that failed) is no content or policy verdict', (reply) => {
    for (const rule of both(reply)) {
      expect(['spam-content', 'policy-rejection']).not.toContain(rule);
    }
  });

  it('554 5.7.1 Message rejected by content filtering is still spam-content', () => {
    expect(both('554 5.7.1 Message rejected by content filtering')).toEqual(['spam-content', 'spam-content']);
  });

  it.each([
    ["550 Your IP isn't listed at zen.spamhaus.org, but rejected by policy"],
    ["550 Your IP wasn't listed at zen.spamhaus.org, but rejected by policy"],
    ['550 Your IP is not currently listed at zen.spamhaus.org, but rejected by policy'],
  ])('%s is not blocklisted', (reply) => {
    expect(both(reply)).not.toContain('blocklisted');
  });

  it('550 Your IP address 192.0.2.1 is listed at zen.spamhaus.org is still blocklisted', () => {
    expect(both('550 Your IP address 192.0.2.1 is listed at zen.spamhaus.org')).toEqual(['blocklisted', 'blocklisted']);
  });
});

/*
 * The second review (of the fix above): readings the fix made over-broad, each checked against the
 * old tree's reading (8fb0e35).
 */

/** A Postfix DSN with Remote-MTA; `command` null for a reply quoted with no stage; `human` replaces the quoted line. */
const remote = (reply: string, command: string | null, status = '5.0.0', human?: string) =>
  dsnReport({
    from: 'MAILER-DAEMON@mx.a.example (Mail Delivery System)',
    human: [
      'This is the mail system at host mx.a.example.',
      '',
      human ?? `<someone@b.example>: host mx.b.example[192.0.2.9] said: ${reply}${command ? ` (in reply to ${command} command)` : ''}`,
    ],
    action: 'failed',
    status,
    remoteMta: 'dns; mx.b.example',
    diagnosticCode: `smtp; ${reply}`,
  });

/** A sendmail DSN whose transcript shows the reply right after MAIL From. */
const sendmailAfterMail = (reply: string, status: string) => sendmailReport(reply, ['>>> MAIL From:<sender@a.example> SIZE=1234'], { status });

describe('second review: a reply to MAIL FROM that names the recipient is the recipient’s', () => {
  it.each([
    ['550 5.1.1 <someone@b.example>: Recipient address rejected: User unknown in virtual mailbox table', '5.0.0'],
    ['550 5.1.1 The email account that you tried to reach does not exist', '5.1.1'],
    ['550 Invalid recipient <someone@b.example>', '5.0.0'],
    ['550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550', '5.0.0'],
    ["554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1234.mail.ne1.yahoo.com", '5.0.0'],
    ['550 宛先のユーザーは存在しません', '5.0.0'],
  ])('%s (in reply to MAIL FROM) is unknown-recipient', (reply, status) => {
    expect(ruleOf(remote(reply, 'MAIL FROM', status))).toBe('unknown-recipient');
  });

  it('Exim: "after MAIL FROM" then a recipient refused is unknown-recipient', () => {
    expect(ruleOf(exim('MAIL FROM:<sender@a.example> SIZE=1234', '550 5.1.1 <someone@b.example>: Recipient address rejected: User unknown'))).toBe('unknown-recipient');
  });

  it('sendmail: a transcript with the refusal right after MAIL From, naming the recipient, is unknown-recipient', () => {
    expect(ruleOf(sendmailAfterMail('550 5.1.1 <someone@b.example>... User unknown', '5.1.1'))).toBe('unknown-recipient');
  });

  it('the human part saying MAIL FROM was accepted, then a recipient refused, is unknown-recipient', () => {
    const reply = '550 5.1.1 <someone@b.example>: Recipient address rejected: User unknown';
    expect(ruleOf(remote(reply, null, '5.1.1', `Remote accepted MAIL FROM:<sender@a.example>; then <someone@b.example>: host mx.b.example[192.0.2.9] said: ${reply}`))).toBe('unknown-recipient');
  });

  it.each([
    ['501 <sender@a.example>: malformed address: <x> may not follow <sender@a.example>'],
    ['553 5.1.7 Malformed address'],
  ])('%s (in reply to MAIL FROM, no recipient named) is still the sender’s', (reply) => {
    expect(ruleOf(remote(reply, 'MAIL FROM'))).toBe('sender-rejected');
  });
});

describe('second review: "too many failures" is the sending server giving up only when nothing else is said', () => {
  it.each([
    ['5.1.1 <someone@b.example>: user unknown; too many retries', '5.1.1', 'unknown-recipient'],
    ['Mailbox full - too many failures delivering', '5.2.2', 'mailbox-full'],
    ['5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org; too many retries', '5.7.1', 'blocklisted'],
  ])('%s (no reply code) is %s', (reply, status, rule) => {
    expect(ruleOf(remote(reply, null, status))).toBe(rule);
  });

  it('a remote server’s "5.7.1 Too many failed attempts" in reply to RCPT TO is its refusal, not an expiry', () => {
    expect(ruleOf(remote('5.7.1 Too many failed attempts', 'RCPT TO', '5.7.1'))).toBe('not-authorized');
  });

  it('with a Remote-MTA, "Too many failures for b.example" is the remote’s words, not the sender giving up', () => {
    expect(ruleOf(remote('Too many failures for b.example', null))).not.toBe('delivery-expired');
  });

  it('the sending server’s own "too many retries" (no Remote-MTA, no reply code) is still an expiry', () => {
    expect(ruleOf(probeDsn('too many retries'))).toBe('delivery-expired');
  });
});

describe('second review: Japanese host, server or domain as the place, not the subject', () => {
  it.each([
    ['550 指定されたユーザーはこのドメインに存在しません'],
    ['550 ユーザーはこのサーバーに存在しません'],
    ['550 宛先のメールボックスはサーバ上に存在しません'],
  ])('%s is unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it('550 宛先ドメインが存在しません (the recipient’s domain) is unknown-domain', () => {
    expect(both('550 宛先ドメインが存在しません')).toEqual(['unknown-domain', 'unknown-domain']);
  });

  it('a server that is the subject is not the recipient (宛先ユーザーのサーバが見つかりません)', () => {
    expect(both('550 宛先ユーザーのサーバが見つかりません')).not.toContain('unknown-recipient');
  });
});

describe('second review: Japanese text addressed to the sender is not the sender’s address', () => {
  it.each([
    ['550 差出人のアドレスについてのお知らせ：宛先のユーザーは存在しません'],
    ['550 送信者様へ: ご指定の宛先ユーザーは存在しません'],
    ['550 発信者の方へ：宛先不明のため配送できません'],
  ])('%s is unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it('the sender’s own address not found, in one clause, is still sender-rejected', () => {
    expect(both('550 差出人のメールアドレスが見つかりません')).toEqual(['sender-rejected', 'sender-rejected']);
  });
});

describe('second review: negated listings, 逆引き, URI lists', () => {
  it('"not only listed at" is a listing', () => {
    expect(both('554 Rejected: 192.0.2.1 not only listed at b.barracudacentral.org')).toEqual(['blocklisted', 'blocklisted']);
  });

  it('"not unfortunately listed" is no negation the grammar reads away', () => {
    expect(both('554 Your IP is not unfortunately listed at zen.spamhaus.org')).toEqual(['blocklisted', 'blocklisted']);
  });

  it.each([['550 宛先のユーザーは存在しません (逆引き設定は関係ありません)']])('%s (逆引き only mentioned) is unknown-recipient', (reply) => {
    expect(both(reply)).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it('the recipient host’s reverse lookup is not the sender’s reverse DNS', () => {
    expect(both('550 宛先ホストの逆引きに失敗しました')).not.toContain('reverse-dns');
  });

  it.each([['550 送信元IPアドレスの逆引きが登録されていません'], ['550 逆引きに失敗しました']])('%s is reverse-dns', (reply) => {
    expect(both(reply)).toEqual(['reverse-dns', 'reverse-dns']);
  });

  it('a URL the message contains that is on a block list is the content', () => {
    expect(both('554 5.7.1 Message blocked: the message contains a URL that is on a block list')).toEqual(['spam-content', 'spam-content']);
  });
});

describe('second review: a host or a named domain in the message body, listed, is the content', () => {
  it.each([
    ['550 5.7.1 Body contains host c.example which is listed by multi.surbl.org'],
    ['554 5.7.1 Rejected: the domain c.example in the message body is listed in dbl.spamhaus.org'],
  ])('%s is spam-content', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
  });

  it.each([
    ['554 5.7.1 Rejected: the domain a.example in the mail from is listed in dbl.spamhaus.org'],
    ['554 mail contains hosts; your IP is listed at zen.spamhaus.org'],
    ['554 Email from host mx.a.example listed at zen.spamhaus.org'],
  ])('%s (the sender’s domain or the client) is still blocklisted', (reply) => {
    expect(both(reply)).toEqual(['blocklisted', 'blocklisted']);
  });
});

describe('third review: a listing of the sender, its host or the mail’s headers is no URI list', () => {
  it.each([
    ['554 5.7.1 The sending host of this message is listed at b.barracudacentral.org'],
    ['554 5.7.1 The host of the message origin 192.0.2.1 is on a block list'],
    ['550 Rejected: one of the hosts of this mail is on a blacklist'],
    ['554 5.7.1 Rejected: HELO host mx.a.example of the mail server is listed in dbl.spamhaus.org'],
    ['554 The HELO host mx.a.example of this mail is on the blacklist'],
    ['550 The hostname mx.a.example in the email is listed at dbl'],
    ['554 5.7.1 Host 192.0.2.1 from your mail server is listed at zen.spamhaus.org'],
    ['554 5.7.1 Host 192.0.2.1 in the mail headers is listed at zen.spamhaus.org'],
    ['550 5.7.1 Hosts in the message Received: chain are listed in zen.spamhaus.org'],
    ["554 5.7.1 Domain a.example in the message's From: header is listed in dbl.spamhaus.org"],
    ['554 5.7.1 Rejected: domain a.example in the message header From is blacklisted at dbl.spamhaus.org'],
    ['554 5.7.1 The sender domain a.example of this message is listed on dbl.spamhaus.org'],
    ['554 5.7.1 The domain a.example from your email is listed in dbl.spamhaus.org'],
    ['550 5.7.1 The domain a.example of the mail envelope is on a block list'],
    ['550 5.7.1 Message contains links. The server 192.0.2.1 is on a block list'],
    ['554 5.7.1 Client host mx.a.example of mail 192.0.2.1 is listed in zen.spamhaus.org'],
  ])('%s is blocklisted', (reply) => {
    expect(both(reply)).toEqual(['blocklisted', 'blocklisted']);
    expect(ruleOf(postfix(reply, 'DATA'))).toBe('blocklisted');
  });

  it.each([
    ['554 5.7.1 URL in the message body is on a block list'],
    ['554 5.7.1 Message body contains hosts which are listed by multi.uribl.com'],
    ['554 5.7.1 Domain c.example in the message content is listed'],
  ])('%s is still spam-content after DATA', (reply) => {
    expect(both(reply)).toEqual(['spam-content', 'spam-content']);
    expect(ruleOf(postfix(reply, 'DATA'))).toBe('spam-content');
  });

  it.each([['MAIL FROM'], ['RCPT TO']])('a URI listing in reply to %s (before any content was sent) is blocklisted', (command) => {
    expect(ruleOf(postfix('554 5.7.1 URL in the message body is on a block list', command))).toBe('blocklisted');
  });
});

describe('third review: Japanese windows and possessives', () => {
  it.each([
    ['550 送信者のアドレスは受信者のアドレス帳に登録されていません'],
    ['550 5.7.1 差出人アドレスが受信者の受信許可アドレスに登録されていません'],
    ['553 送信者: sender@a.example のアカウントが存在しません'],
    ['550 宛先アドレスのドメインのDNS情報が登録されていません'],
    ['550 5.1.2 宛先ドメインのMXレコードが存在しません'],
    ['550 宛先ドメインのMXレコードが見つかりません'],
    ['550 宛先ホストのAレコードが見つかりません'],
    ['553 メールアドレスのドメイン部分が存在しません'],
  ])('%s (a list the address is registered in, the sender, a domain’s records) is not unknown-recipient', (reply) => {
    expect(both(reply)).not.toContain('unknown-recipient');
  });

  it.each([
    ['550 5.1.2 宛先ドメインのMXレコードが存在しません'],
    ['550 宛先ドメインのMXレコードが見つかりません'],
    ['550 宛先ホストのAレコードが見つかりません'],
    ['550 宛先アドレスのドメインのDNS情報が登録されていません'],
    ['553 メールアドレスのドメイン部分が存在しません'],
  ])('%s (the recipient domain’s records, or an address’s domain part, not there) is unknown-domain', (reply) => {
    expect(both(reply)).toEqual(['unknown-domain', 'unknown-domain']);
  });

  it('the sender’s address’s domain part not there is not unknown-domain', () => {
    expect(both('553 送信者のメールアドレスのドメイン部分が存在しません')).not.toContain('unknown-domain');
  });

  it.each([
    ['553 送信者のメールアドレスは、存在しません'],
    ['550 送信元ドメインは、DNSに登録されていません'],
    ['550 差出人のドメイン（a.example）は、DNSに登録されていません'],
  ])('%s (past 、 the sender’s clause goes on) is sender-rejected', (reply) => {
    expect(both(reply)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it('a recipient word after 、 still ends the sender’s clause', () => {
    expect(both('550 送信者様、宛先のユーザーが存在しません')).toEqual(['unknown-recipient', 'unknown-recipient']);
  });

  it.each([
    ['550 送信元IPアドレスの逆引きができない'],
    ['550 逆引きが設定されていない'],
    ['550 逆引き結果が一致しない'],
    ['550 逆引きが引けない'],
    ['550 逆引きがない'],
    ['550 逆引きが出来ません'],
    ['550 逆引き不可'],
    ['550 逆引き無効'],
    ['550 逆引き不正'],
    ['550 逆引きNG'],
    ['550 逆引き、正引きを確認できません'],
  ])('%s is reverse-dns', (reply) => {
    expect(both(reply)).toEqual(['reverse-dns', 'reverse-dns']);
  });
});

describe('third review: readings the older tree had right, restored', () => {
  it.each([
    ['501 5.5.2 <sender@a.example>: malformed address: RCPT TO expected later'],
    ['501 5.5.4 Malformed address: <sender@a .example> (recipient verification not attempted)'],
  ])('%s in reply to MAIL FROM (the RCPT TO command or a recipient check named, no recipient) is sender-rejected', (reply) => {
    expect(ruleOf(postfix(reply, 'MAIL FROM'))).toBe('sender-rejected');
  });

  it.each([
    ['553 送信者のアドレスは当サーバの受信者として登録されていません'],
    ['550 宛先の受信設定により、送信者のアドレスは登録されていません'],
  ])('%s (the sender’s address, not registered as a recipient or allowed) is not unknown-recipient nor sender-rejected', (reply) => {
    for (const rule of both(reply)) expect(['unknown-recipient', 'sender-rejected']).not.toContain(rule);
  });

  it('the recipient who put the sender’s address on a refusal list is the recipient’s filter', () => {
    expect(both('550 受信者が送信者アドレスを受信拒否に登録しています')).toEqual(['recipient-filter', 'recipient-filter']);
  });
});
