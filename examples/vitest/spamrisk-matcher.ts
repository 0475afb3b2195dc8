/**
 * A vitest (or jest) matcher that fails a test when an email template is likely to be filtered as
 * spam, and prints the findings to fix in the failure message.
 *
 *   await expect('emails/welcome.html').toPassSpamrisk({ subject: 'Welcome to Larkspur' });
 *
 * It uses the nearest spamrisk.config.json, as the CLI does, unless you pass `config: false`.
 */
import { analyzeFile, type FileOptions, type Report } from 'spamrisk/node';
import { expect } from 'vitest';

function describeFindings(report: Report): string {
  return report.findings
    .filter((finding) => finding.points > 0)
    .map((finding) => `  +${finding.points.toFixed(1)} ${finding.rule}: ${finding.message}\n        fix: ${finding.suggestion}`)
    .join('\n');
}

expect.extend({
  async toPassSpamrisk(path: string, options: FileOptions = {}) {
    const report = await analyzeFile(path, { config: true, ...options });
    const pass = report.score < report.threshold;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${path} to be at or above the spam threshold, but it scores ${report.score} (${report.level})`
          : `${path} scores ${report.score} (${report.level}); templates must stay under ${report.threshold}:\n${describeFindings(report)}`,
    };
  },
});

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- the shape vitest declares (T is its type parameter)
  interface Matchers<T = any> {
    /** Scores the template at this path; fails when it is at or above the spam threshold. */
    toPassSpamrisk(options?: FileOptions): Promise<void>;
  }
}
