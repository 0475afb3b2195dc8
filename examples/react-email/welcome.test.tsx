/**
 * Score react-email templates in a vitest test: render each to HTML and plain text with
 * @react-email/render, run spamrisk's analyze() on them with the subject, and fail the test with
 * the findings when a template is at or above the threshold.
 */
import { render } from '@react-email/render';
import { analyze, type Report } from 'spamrisk';
import { describe, expect, it } from 'vitest';
import { subject, Welcome, type WelcomeProps } from './welcome.tsx';

function risks(report: Report): string[] {
  return report.findings.filter((finding) => finding.points > 0).map((finding) => `+${finding.points} ${finding.rule}: ${finding.message}`);
}

describe('react-email templates stay under the spam threshold', () => {
  const props: WelcomeProps = { name: 'Sam', plot: 14 };

  it('Welcome', async () => {
    const html = await render(<Welcome {...props} />);
    const text = await render(<Welcome {...props} />, { plainText: true });
    const report = analyze({ html, text, subject: subject(props) });
    expect(report.score, risks(report).join('\n')).toBeLessThan(report.threshold);
  });
});
