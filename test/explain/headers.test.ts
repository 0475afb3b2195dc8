/**
 * explain() on a message's headers: Authentication-Results, SpamAssassin, Microsoft 365 and
 * Barracuda verdicts, each decoded into findings that carry the filter's own points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, reportLines } from '../../core/explain/headers.ts';
import { explain } from '../../core/explain/index.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('Authentication-Results', () => {
  it('parses methods, results, comments and properties', () => {
    const results = parseAuthenticationResults(
      'mx.google.com; dkim=pass header.i=@esp.example header.s=s1; spf=softfail (google.com: domain of a@b.example does not designate 192.0.2.1 as permitted sender; see x) smtp.mailfrom=a@b.example; dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=b.example',
    );
    expect(results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=softfail', 'dmarc=fail']);
    expect(results[1]?.props.get('smtp.mailfrom')).toBe('a@b.example');
    expect(results[1]?.comment).toContain('does not designate');
    expect(results[2]?.comment).toContain('p=REJECT');
  });

  it('reports a DMARC failure with its policy, and DKIM that passes for another domain', () => {
    const report = explain(fixture('headers-gmail-dmarc-fail.txt'));
    const rules = report.findings.map((f) => f.rule);
    expect(rules.slice(0, 2)).toEqual(['dmarc-fail', 'dkim-not-aligned']);
    expect(report.findings[0]?.message).toMatch(/brand\.example.*p=quarantine/);
    expect(report.findings[1]?.message).toMatch(/d=esp-mailer\.example, not for the From domain brand\.example/);
    expect(report.findings[1]?.suggestion).toMatch(/d=brand\.example/);
    expect(report.findings[0]?.category).toBe('authentication');
  });
});

describe('SpamAssassin', () => {
  it('reads X-Spam-Report lines with their points', () => {
    expect(reportLines(' *  3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%\n *      [score: 1.0000]\n *  0.0 HTML_MESSAGE BODY: HTML included')).toEqual([
      { name: 'BAYES_99', score: 3.5, description: 'BODY: Bayes spam probability is 99 to 100%' },
      { name: 'HTML_MESSAGE', score: 0, description: 'BODY: HTML included' },
    ]);
  });

  it('lists each rule with its points, meaning and fix; unknown rules as unknown', () => {
    const report = explain(fixture('headers-spamassassin.txt'));
    expect(report.score).toBeCloseTo(9.7, 5);
    expect(report.level).toBe('high');
    const byName = (name: string) => report.findings.find((f) => f.evidence.startsWith(`${name}=`) || f.evidence === name);
    expect(byName('BAYES_99')?.points).toBe(3.5);
    expect(byName('RCVD_IN_SBL')?.category).toBe('reputation');
    expect(byName('RCVD_IN_SBL')?.message).toMatch(/Spamhaus SBL/);
    expect(byName('URIBL_BLACK')?.suggestion).toMatch(/link/);
    expect(byName('SPF_SOFTFAIL')?.category).toBe('authentication');
    const unknown = report.findings.find((f) => f.message.includes('XYZ_MADE_UP_RULE'));
    expect(unknown?.message).toMatch(/does not know this rule/);
    const verdict = report.findings.find((f) => f.rule === 'spamassassin-verdict');
    expect(verdict?.message).toMatch(/9\.7 against a threshold of 5: it was classified as spam/);
    expect(verdict?.points).toBe(0);
  });

  it('reads tests= lists without scores (the verdict then carries the score)', () => {
    const report = explain('Subject: x\nX-Spam-Status: Yes, score=6.1 required=5.0 tests=BAYES_80,FREEMAIL_FROM\n\tautolearn=no version=3.4.6\n\nbody text');
    const verdict = report.findings.find((f) => f.rule === 'spamassassin-verdict');
    expect(verdict?.points).toBe(6.1);
    expect(report.findings.filter((f) => f.rule === 'spamassassin-rule').map((f) => f.evidence)).toEqual(['BAYES_80', 'FREEMAIL_FROM']);
  });
});

describe('Microsoft 365 and Barracuda', () => {
  it('decodes SCL, SFV and CAT, the bulk level and the Junk folder', () => {
    const report = explain(fixture('headers-microsoft.txt'));
    const verdict = report.findings.find((f) => f.rule === 'microsoft-spam-verdict');
    expect(verdict?.message).toMatch(/SCL 9 \(high-confidence spam\)/);
    expect(verdict?.message).toMatch(/SFV:SPM/);
    expect(verdict?.message).toMatch(/CAT:SPOOF/);
    expect(verdict?.category).toBe('authentication');
    expect(verdict?.points).toBe(9);
    expect(report.findings.some((f) => f.rule === 'microsoft-compauth-fail')).toBe(true);
    expect(report.findings.some((f) => f.rule === 'dkim-none')).toBe(true);
    expect(report.findings.some((f) => f.rule === 'microsoft-junk-folder')).toBe(true);
  });

  it('reads X-MS-Exchange-Organization-SCL alone', () => {
    const report = explain('From: a@b.example\nSubject: hi\nX-MS-Exchange-Organization-SCL: 5\n\nhello');
    expect(report.findings[0]?.message).toMatch(/SCL 5 \(spam: delivered to Junk Email or quarantined\)/);
  });

  it('reads the Barracuda score, levels and rule table', () => {
    const report = explain(fixture('headers-barracuda.txt'));
    expect(report.findings[0]?.evidence).toBe('BSF_SC0_MISMATCH_TO=3.81');
    const verdict = report.findings.find((f) => f.rule === 'barracuda-verdict');
    expect(verdict?.message).toMatch(/5\.53 \(tag at 3\.5, quarantine at 5, block at 7\): quarantined/);
  });

  it('says when headers hold no verdict at all', () => {
    const report = explain('From: a@b.example\nTo: c@d.example\nSubject: hello\nDate: Mon, 1 Jul 2024 10:00:00 +0000\n\nJust checking in.');
    expect(report.findings.find((f) => f.rule === 'no-filter-verdict')).toBeDefined();
  });
});
