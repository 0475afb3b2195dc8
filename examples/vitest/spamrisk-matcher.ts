/**
 * A vitest (or jest) matcher that fails a test when an email template is likely to be filtered as
 * spam, and prints the findings to fix in the failure message.
 *
 *   await expect('emails/welcome.html').toPassSpamrisk({ subject: 'Welcome to Larkspur' });
 *
 * It uses the nearest spamrisk.config.json, as the CLI does, unless you pass `config: false`, and
 * fails a template where the CLI would: at the threshold, or already at its medium half when the
 * config says `"failOn": "medium"` (or you pass `failOn: 'medium'`).
 */
import { analyzeFile, failingScore, failOnOf, fails, type FailOn, type FileOptions, type Report } from 'spamrisk/node';
import { expect } from 'vitest';

export interface SpamriskMatcherOptions extends FileOptions {
  /** fail at `high` (score at or above the threshold) or already at `medium`; default the config's failOn, else high */
  failOn?: FailOn;
}

function describeFindings(report: Report): string {
  return report.findings
    .filter((finding) => finding.points > 0)
    .map((finding) => `  +${finding.points.toFixed(1)} ${finding.rule}: ${finding.message}\n        fix: ${finding.suggestion}`)
    .join('\n');
}

expect.extend({
  async toPassSpamrisk(path: string, options: SpamriskMatcherOptions = {}) {
    const { failOn: given, ...fileOptions } = { config: true, ...options };
    const report = await analyzeFile(path, fileOptions);
    const failOn = given ?? (await failOnOf(fileOptions));
    const pass = !fails(report, failOn);
    const limit = `${failingScore(report, failOn)}${failOn === 'medium' ? ` (failOn medium: half the threshold of ${report.threshold})` : ''}`;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${path} to score at least ${limit}, but it scores ${report.score} (${report.level})`
          : `${path} scores ${report.score} (${report.level}); templates must stay under ${limit}:\n${describeFindings(report)}`,
    };
  },
});

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- the shape vitest declares (T is its type parameter)
  interface Matchers<T = any> {
    /** Scores the template at this path; fails where the CLI would (at the threshold, or its half with failOn medium). */
    toPassSpamrisk(options?: SpamriskMatcherOptions): Promise<void>;
  }
}
