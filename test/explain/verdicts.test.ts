/**
 * Filter verdicts are data (issue 10): pass/fail per Authentication-Results method and spam
 * yes/no per filter, and explain() chooses what to list from that data, never from the wording of
 * its own sentences ("it was not classified as spam" is not a spam verdict).
 */
import { describe, expect, it } from 'vitest';
import { headerVerdicts } from '../../core/explain/headers.ts';
import { explain } from '../../core/explain/index.ts';
import { parseHeaderBlock } from '../../core/explain/mime.ts';

const fields = (text: string) => parseHeaderBlock(text.replace(/\r\n/g, '\n') + '\n\n').headers;

function bounceReturning(returnedHeaders: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    '<you@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient: rfc822; you@example.org',
    'Action: failed',
    'Status: 5.1.1',
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    returnedHeaders,
    'Subject: hello',
    '',
    'Hello there.',
    '--b1--',
  ].join('\n');
}

const listed = (text: string) => explain(text, { analyzeReturned: false }).findings.filter((finding) => finding.message.startsWith('In the returned message’s headers'));

describe('header verdicts as data', () => {
  it('gives pass or fail for each Authentication-Results method', () => {
    const verdicts = headerVerdicts(fields('From: a@shop.example\nAuthentication-Results: mx.example.org; spf=pass smtp.mailfrom=shop.example; dkim=fail header.d=shop.example; dmarc=pass header.from=shop.example; compauth=softfail reason=601'), 'verdict');
    expect(verdicts.filter((v) => v.kind === 'authentication').map((v) => `${v.source}=${v.result}:${v.failed ? 'fail' : 'ok'}`)).toEqual([
      'spf=pass:ok',
      'dkim=fail:fail',
      'dmarc=pass:ok',
      'compauth=softfail:fail',
    ]);
    expect(verdicts.find((v) => v.source === 'spf')?.finding).toBeUndefined();
    expect(verdicts.find((v) => v.source === 'dkim')?.finding?.rule).toBe('dkim-fail');
  });

  it('gives spam yes or no for SpamAssassin, Microsoft and Barracuda', () => {
    const spam = (text: string) => headerVerdicts(fields(text), 'verdict').filter((v) => v.kind === 'spam').map((v) => `${v.source}:${v.result}`);
    expect(spam('X-Spam-Status: No, score=1.2 required=5.0 tests=HTML_MESSAGE')).toEqual(['spamassassin:not-spam']);
    expect(spam('X-Spam-Status: Yes, score=7.9 required=5.0 tests=BAYES_99')).toEqual(['spamassassin:spam']);
    expect(spam('X-Spam-Score: 6.5')).toEqual(['spamassassin:spam']);
    expect(spam('X-Forefront-Antispam-Report: SCL:1;SFV:NSPM;CAT:NONE;')).toEqual(['microsoft:not-spam']);
    expect(spam('X-Forefront-Antispam-Report: SCL:5;SFV:SPM;CAT:SPM;')).toEqual(['microsoft:spam']);
    expect(spam('X-Barracuda-Spam-Status: No, SCORE=0.5 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=9.0')).toEqual(['barracuda:not-spam']);
    expect(spam('X-Barracuda-Spam-Status: Yes, SCORE=9.5 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=9.0')).toEqual(['barracuda:spam']);
  });
});

describe('verdicts in a returned message', () => {
  it('a passing SpamAssassin verdict is not listed among the failures', () => {
    const findings = listed(bounceReturning('X-Spam-Status: No, score=1.2 required=5.0 tests=HTML_MESSAGE autolearn=ham\nFrom: a@shop.example'));
    expect(findings).toEqual([]);
  });

  it('passing authentication, Microsoft SCL 1 and a Barracuda pass are not listed either', () => {
    const findings = listed(
      bounceReturning(
        [
          'From: a@shop.example',
          'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example',
          'X-Forefront-Antispam-Report: SCL:1;SFV:NSPM;CAT:NONE;',
          'X-Barracuda-Spam-Status: No, SCORE=0.5 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=9.0',
        ].join('\n'),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('failures and spam verdicts are listed, as advice', () => {
    const findings = listed(
      bounceReturning(
        [
          'From: a@shop.example',
          'Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=shop.example; dkim=pass header.d=shop.example; dmarc=fail header.from=shop.example',
          'X-Spam-Status: Yes, score=7.9 required=5.0 tests=BAYES_99',
          'X-Forefront-Antispam-Report: SCL:6;SFV:SPM;CAT:SPM;',
        ].join('\n'),
      ),
    );
    expect(findings.map((finding) => finding.rule).sort()).toEqual(['dmarc-fail', 'microsoft-spam-verdict', 'spamassassin-verdict', 'spf-softfail']);
    for (const finding of findings) expect(finding.points).toBe(0);
  });
});
