/**
 * The English of every explanation, pinned (issue 13, the user's language): moving explain()'s
 * sentences and the causes' texts behind message catalogues (core/messages/explain/) must not
 * change one byte of what English readers see. Recorded before the move, over every bounce and
 * header fixture of test/explain and test/cli, and one pasted reply line per cause and per way
 * explain() words its sentence (stage, status code, reply code, no code, words only). A deliberate
 * rewording updates the snapshot in the same commit, where the diff shows what changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import type { Report } from '../../core/types.ts';

const FOLDERS = [join(import.meta.dirname, 'fixtures'), join(import.meta.dirname, '..', 'cli', 'fixtures', 'explain')];

/** Pasted lines, one or more per cause, plus the sentence variants (a stage, a bare reply code, words without a code). */
const PASTED_LINES: readonly string[] = [
  'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
  '550 5.4.5 Daily user sending limit exceeded.',
  'cannot update mailbox /var/mail/alice for user alice. error writing message: Disk quota exceeded',
  '552 5.3.4 Message size exceeds fixed limit',
  '550-5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted.',
  '550 5.7.509 Access denied, sending domain b.example does not pass DMARC verification and has a DMARC policy of reject',
  '550 5.7.1 <a@b.example>... Relaying denied. Proper authentication required.',
  '554 5.7.1 <a@b.example>: Relay access denied',
  '550 5.2.1 <a@b.example>... Mailbox disabled for this recipient',
  '550 5.1.6 Recipient has moved; no forwarding address',
  '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]',
  '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP',
  '452 4.5.3 Error: too many recipients',
  '554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied',
  '550-This message contains a virus (Eicar-Test-Signature) and has been rejected',
  '550 5.7.1 Message rejected: spam',
  '550 Administrative prohibition',
  'message has lines too long for transport',
  '530 5.7.0 Must issue a STARTTLS command first',
  '553 5.7.1 <a@c.example>: Sender address rejected: not owned by user b@c.example',
  '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required',
  '550 That recipient is not allowed',
  'No MX found for domain',
  '550 5.1.2 <a@b.example>: Recipient address rejected: Domain not found',
  '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table',
  '550 5.7.1 Access denied',
  '450 Greylisted, please try again in 300 seconds',
  'retry timeout exceeded',
  '450 4.1.2 <a@b.example>: Recipient address rejected: Domain not found',
  '452 4.3.1 Insufficient system storage',
  '554 5.3.5 Local configuration error',
  'Command died with status 1: "/usr/bin/procmail". Command output: procmail: Couldn\'t create "/var/mail/alice"',
  '503 5.5.1 Error: need RCPT command',
  'Unable to chdir to maildir. (#4.2.1)',
  '554 5.7.1',
  '550 Requested action not taken',
  '421 4.7.0 Try again later, closing connection.',
  '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked.',
  '550 5.7.515 Access denied, sending domain b.example does not meet the required authentication level.',
  '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
  'SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 5.7.1 Client host rejected (AS(201508)) [192.0.2.1]',
  'the mailbox is full',
  'This is not a bounce at all, just a note about lunch.',
  'Subject: Hello\nFrom: a@b.example\n\nJust a message with no verdicts.',
];

/** A DSN (RFC 3464) for three recipients, one reason; and one that gives no reason at all. */
function dsn(recipients: readonly { address: string; status: string; diagnostic?: string }[]): string {
  const boundary = 'dsn-boundary';
  const fields = recipients.map(
    (entry) => `Final-Recipient: rfc822; ${entry.address}\r\nAction: failed\r\nStatus: ${entry.status}\r\n${entry.diagnostic ? `Diagnostic-Code: smtp; ${entry.diagnostic}\r\n` : ''}`,
  );
  return [
    'From: MAILER-DAEMON@mx.sender.example',
    'To: owner@sender.example',
    'Subject: Undelivered Mail Returned to Sender',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.sender.example',
    '',
    fields.join('\r\n'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

const DSNS: readonly [name: string, text: string][] = [
  [
    'three recipients, one cause',
    dsn(['ann', 'bob', 'cy'].map((name) => ({ address: `${name}@b.example`, status: '5.1.1', diagnostic: '550 5.1.1 User unknown' }))),
  ],
  ['two causes', dsn([{ address: 'ann@b.example', status: '5.1.1', diagnostic: '550 5.1.1 User unknown' }, { address: 'bob@c.example', status: '4.2.2', diagnostic: '452 4.2.2 Mailbox full' }])],
  ['no reason', dsn([{ address: 'ann@b.example', status: '5.0.0' }])],
];

function lines(report: Report): string[] {
  return report.findings.flatMap((finding) => [`${finding.rule} ${finding.points}: ${finding.message}`, `  → ${finding.suggestion}`]);
}

describe('English explanations', () => {
  for (const folder of FOLDERS) {
    for (const name of readdirSync(folder).filter((file) => /\.(eml|txt)$/.test(file)).sort()) {
      it(name, () => {
        const bytes = readFileSync(join(folder, name));
        expect(lines(explain(bytes)).join('\n')).toMatchSnapshot();
        expect(explain(bytes, { threshold: 5 })).toEqual(explain(bytes));
      });
    }
  }

  for (const [name, text] of DSNS) {
    it(`DSN: ${name}`, () => {
      expect(lines(explain(text)).join('\n')).toMatchSnapshot();
    });
  }

  it('pasted lines', () => {
    expect(PASTED_LINES.map((line) => [`# ${line}`, ...lines(explain(line))].join('\n')).join('\n')).toMatchSnapshot();
  });
});
