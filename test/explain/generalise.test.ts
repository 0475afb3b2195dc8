/**
 * explain() on wording and structure no labelled bounce exercises (issue 11, item 3): replies and
 * notices written here from the MTAs' and providers' documented texts and source strings (each
 * line names its source), and small synthetic DSNs built around them. None is copied from a
 * bounce of the corpus; each case failed before the vocabulary or rule it checks was added.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { dsnReport } from './dsn-builder.ts';

const categoryOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.category;
const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;

/** A minimal RFC 3464 report around one recipient's status fields. */
function dsn(fields: { action: string; status: string; diagnostic?: string; human?: string; arrival?: string; lastAttempt?: string }): string {
  return dsnReport({
    subject: 'Delivery Status Notification',
    nullReturnPath: true,
    human: [fields.human ?? 'This is the mail system at host mx.a.example.'],
    action: fields.action,
    status: fields.status,
    ...(fields.arrival ? { arrivalDate: fields.arrival } : {}),
    ...(fields.diagnostic ? { diagnosticCode: `smtp; ${fields.diagnostic}` } : {}),
    ...(fields.lastAttempt ? { lastAttemptDate: fields.lastAttempt } : {}),
  });
}

const TRANSIENT: string[] = [
  // Exchange NDR
  'The server has tried to deliver this message, without success, and has stopped trying.',
  'This message hasn\'t been delivered yet. Delivery will continue to be attempted.',
  // Exim deliver.c delay warning
  'A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mx.a.example.',
  // Sendmail deliver.c
  'Warning: could not send message for past 4 hours',
  'reply: read error from mx.b.example.',
  // Gmail delay notice
  'Delivery to the following recipient has been delayed: someone@b.example',
  // Postfix bounce_templates.c delay notice
  'THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. It will be retried until it is 5 day(s) old.',
  // Domino-style expiry
  'Unable to deliver message within the allotted time',
  'Delivery failed for the last 5 days',
  // RFC 3463 X.4.1
  'No answer from host',
  'The mail server is temporarily unable to accept mail',
  // Exim deliver.c
  'Message 1aBcDe-000123-Fg has been frozen',
  // Gmail: a temporary X.7.0 with no reason is a retry request, not a policy verdict
  '421 4.7.0 Try again later, closing connection. (EHLO)',
];

describe('delays and expiries in documented wording', () => {
  it.each(TRANSIENT)('%s → transient', (text) => {
    expect(categoryOf(text)).toBe('transient');
  });

  it('a temporary X.7.1 without words, retried until the sender gave up, is an expiry', () => {
    expect(ruleOf(dsn({ action: 'failed', status: '4.7.1', diagnostic: '451 4.7.1 Please try again later' }))).toBe('delivery-expired');
  });

  it('a permanent X.7.1 without words is still a refusal (the rule is only for temporary codes)', () => {
    expect(categoryOf(dsn({ action: 'failed', status: '5.7.1', diagnostic: '550 5.7.1 Please try again later' }))).toBe('authentication');
  });

  it('a plain-text delay notice that quotes no reply is read by its own wording', () => {
    const notice = [
      'From: MAILER-DAEMON@mx.a.example',
      'To: sender@a.example',
      'Subject: Delayed Mail (still being retried)',
      'Return-Path: <>',
      '',
      '#######################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '#######################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
    ].join('\r\n');
    // a warning, not an expiry: the message is still being retried
    expect(ruleOf(notice)).toBe('delivery-delayed');
    expect(categoryOf(notice)).toBe('transient');
  });
});

describe('precision: words that belong to another cause', () => {
  it.each([
    // "blocked by" a filter or a person is not a blocked client host
    ['554 5.7.1 Message blocked by spam filter', 'content'],
    // a bare "Recipient rejected: …" is the server refusing RCPT; the words after it say why
    ['550 Recipient rejected: invalid address', 'mailbox'],
    ['550 5.7.1 Your message was rejected because the recipient does not accept mail from your address', 'policy'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

/** Providers' published refusal texts (Yahoo, NetEase, Tencent, Gmail, Mimecast, Microsoft 365). */
const PROVIDERS: [reply: string, category: string][] = [
  ['421 4.7.0 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed', 'reputation'],
  ['421 HL:REP 192.0.2.1 temporarily suspended for sending to many unknown recipients', 'reputation'],
  ['450 DT:RBL 192.0.2.1', 'reputation'],
  ['450 WM:BLI 192.0.2.1', 'reputation'],
  ['554 5.7.1 Connections will not be accepted from 192.0.2.1', 'reputation'],
  ['550 5.7.1 Connection rejected by policy', 'reputation'],
  ['451 DT:SPM , please try again', 'content'],
  ['554 DT:SPM mx.b.example', 'content'],
  ['421 HL:ICC 192.0.2.1', 'transient'],
  ['451 MI:SFQ sender', 'transient'],
  ['550 Ip frequency limited', 'transient'],
  ['550 Connection frequency limited', 'transient'],
  ['450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', 'transient'],
  ['550 Envelope blocked - User Entry', 'policy'],
  ['550 Envelope blocked - User Domain Entry', 'policy'],
  ['550 Rejected by header based Anti-Spoofing policy', 'policy'],
  ['550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance.', 'policy'],
  ['550 5.7.520 Access denied', 'policy'],
];

describe('providers\' published refusals', () => {
  it.each(PROVIDERS)('%s → %s', (reply, category) => {
    expect(categoryOf(reply)).toBe(category);
  });

  it.each([
    ['550 5.7.1 Connection from 192.0.2.1 rejected', 'reputation'],
    ['554 Connection from mx.a.example[192.0.2.1] refused by policy', 'reputation'],
    ['550 5.7.1 Mail from 192.0.2.1 refused', 'reputation'],
    // a sender address after MAIL FROM is the sender, not the client
    ['550 5.7.1 Mail from <a@c.example> rejected: sender address rejected', 'policy'],
  ])('the client named by its IP: %s → %s', (reply, category) => {
    expect(categoryOf(reply)).toBe(category);
  });

  it('a TCP-level "Connection refused" is still a network failure, not a blocked client', () => {
    expect(categoryOf('connect to mx.b.example[192.0.2.1]:25: Connection refused')).toBe('transient');
    expect(categoryOf('Deferred: Connection refused by mx.b.example.')).toBe('transient');
  });
});

/** "No such user", "mailbox full", "account disabled" in the languages of large national providers. */
const LANGUAGES: [reply: string, category: string][] = [
  ['550 Utente non trovato', 'mailbox'],
  ["550 L'indirizzo non esiste", 'mailbox'],
  ['550 Usuário não existe', 'mailbox'],
  ['550 Conta de e-mail inexistente', 'mailbox'],
  ['550 Nie ma takiego użytkownika', 'mailbox'],
  ['550 Konto nie istnieje', 'mailbox'],
  ['550 Uživatel neexistuje', 'mailbox'],
  ['550 Okänd mottagare', 'mailbox'],
  ['550 Användaren finns inte', 'mailbox'],
  ['550 Ukendt modtager', 'mailbox'],
  ['550 Brugeren findes ikke', 'mailbox'],
  ['550 Ukjent mottaker', 'mailbox'],
  ['550 Onbekende ontvanger', 'mailbox'],
  ['550 Kullanıcı bulunamadı', 'mailbox'],
  ['550 Ismeretlen felhasználó', 'mailbox'],
  ['550 Tuntematon vastaanottaja', 'mailbox'],
  ['550 Utilizator inexistent', 'mailbox'],
  ['550 Pengguna tidak ditemukan', 'mailbox'],
  ['550 Empfänger ist ungültig', 'mailbox'],
  ['550 존재하지 않는 사용자입니다', 'mailbox'],
  ['550 5.1.1 수신자를 찾을 수 없습니다', 'mailbox'],
  ['550 Такого пользователя нет', 'mailbox'],
  ['552 Skrzynka pocztowa jest pełna', 'mailbox'],
  ['552 Schránka je plná', 'mailbox'],
  ['552 Brevlådan är full', 'mailbox'],
  ['552 Posta kutusu dolu', 'mailbox'],
  ['552 메일함 용량 초과', 'mailbox'],
  ['550 Cuenta deshabilitada', 'mailbox'],
];

describe('mailbox causes in more languages', () => {
  it.each(LANGUAGES)('%s → %s', (reply, category) => {
    expect(categoryOf(reply)).toBe(category);
  });

  it('the same words do not turn other refusals into mailbox ones', () => {
    // "contact" is not "conta", and a sender's unknown domain is the sender's
    expect(categoryOf('550 Please contact the administrator; message refused by local policy')).toBe('policy');
    expect(categoryOf('553 5.1.8 Domain of sender address a@c.example does not exist')).toBe('policy');
  });
});

describe('evidence of a cause read from the report\'s wording', () => {
  it('is the line that says it, not the subject or a help link', () => {
    const bounce = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.a.example>',
      'To: sender@a.example',
      'Subject: Mail delivery failed',
      'Return-Path: <>',
      '',
      'For help with delivery problems see https://help.a.example/delivery',
      'Your message to <someone@b.example> could not be delivered.',
      'I\'m not going to try again; this message has been in the queue too long.',
      '',
    ].join('\r\n');
    const top = explain(bounce, { analyzeReturned: false }).findings[0];
    expect(top?.category).toBe('transient');
    expect(top?.evidence).toContain('in the queue too long');
    expect(top?.evidence).not.toContain('https://');
  });
});

describe('an address refused after DATA', () => {
  const afterData = (reply: string) => `<a@b.example>: host mx.b.example[192.0.2.1] said: ${reply} (in reply to end of DATA command)`;

  it.each([
    ['550 No such user here', 'mailbox'],
    ['550 Mailbox not found', 'mailbox'],
    ['550 Invalid recipient', 'mailbox'],
    // a bare "unknown user" after the message was sent is what reception filters answer
    ['550 Unknown user', 'policy'],
  ])('%s → %s', (reply, category) => {
    expect(categoryOf(afterData(reply))).toBe(category);
  });
});

describe('how long the sending server kept trying (Arrival-Date → Last-Attempt-Date)', () => {
  const arrival = 'Mon, 2 Mar 2026 10:00:00 +0100 (CET)';
  const failure = (status: string, lastAttempt: string) => dsn({ action: 'failed', status, diagnostic: `550 ${status} Requested action not taken`, arrival, lastAttempt });

  it('a vague failure after days of retrying is an expiry', () => {
    expect(ruleOf(failure('5.0.0', 'Thu, 5 Mar 2026 10:00:00 +0100 (CET)'))).toBe('delivery-expired');
  });

  it('the same failure at the first attempt is an unexplained refusal', () => {
    expect(ruleOf(failure('5.0.0', 'Mon, 2 Mar 2026 10:05:00 +0100 (CET)'))).toBe('refused-unspecified');
  });

  it('a code that names a refusal still decides after days of retrying', () => {
    expect(categoryOf(failure('5.1.1', 'Thu, 5 Mar 2026 10:00:00 +0100 (CET)'))).toBe('mailbox');
  });

  it('reads the dates of a report pasted inline', () => {
    const inline = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.a.example>',
      'Subject: Returned mail: see transcript for details',
      '',
      'Reporting-MTA: dns; mx.a.example',
      `Arrival-Date: ${arrival}`,
      '',
      'Final-Recipient: RFC822; someone@b.example',
      'Action: failed',
      'Status: 5.0.0',
      'Last-Attempt-Date: Sat, 7 Mar 2026 10:00:00 +0100 (CET)',
      '',
    ].join('\r\n');
    expect(ruleOf(inline)).toBe('delivery-expired');
  });
});
