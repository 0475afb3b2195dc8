/**
 * Runs the vitest example of docs/cli.md (examples/vitest/) as part of the suite, so it can never
 * rot: its templates must pass, and its matcher must fail a risky one with the findings listed.
 * `spamrisk/node` resolves to the source here, so the example needs no build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import '../../examples/vitest/templates.test.ts';
import { analyzeFile, fails } from '../../cli/node.ts';
import { docBlock, makeTree, missingFromOutput, REPO } from './helpers.ts';
import { RISKY_EMAIL } from './vite/projects.ts';

vi.mock('spamrisk/node', () => import('../../cli/node.ts'));

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

describe('the toPassSpamrisk matcher', () => {
  it('fails a risky template and lists what to fix', async () => {
    const failure = expect(example('risky-promo.html')).toPassSpamrisk({ config: false });
    await expect(failure).rejects.toThrow(/risky-promo\.html scores \d+(\.\d)? \(high\); templates must stay under 5:\n {2}\+\d\.\d [a-z-]+: /);
  });

  it("fails as docs/cli.md's example shows, cut where it says", async () => {
    const excerpt = docBlock('AssertionError: examples/risky-promo.html');
    const failure = await expect('examples/risky-promo.html').toPassSpamrisk({ config: false, cwd: REPO }).then(
      () => new Error('passed'),
      (error: unknown) => error as Error,
    );
    expect(missingFromOutput(excerpt, `AssertionError: ${failure.message}`.split('\n'))).toBeNull();
  });

  it("fails where the CLI fails: at the medium half of the threshold when the config's failOn is medium", async () => {
    const tree = makeTree({ 'emails/promo.html': RISKY_EMAIL });
    try {
      const cwd = tree.root;
      const { score } = await analyzeFile('emails/promo.html', { cwd });
      // From 2 points, ceil(1.5 × score) / 2 ≤ score < ceil(1.5 × score): under the threshold, at or above its half.
      expect(score).toBeGreaterThanOrEqual(2);
      const threshold = Math.ceil(score * 1.5);
      writeFileSync(join(cwd, 'spamrisk.config.json'), JSON.stringify({ threshold, failOn: 'medium' }));
      const report = await analyzeFile('emails/promo.html', { cwd, config: true });
      expect(report.level).toBe('medium');
      expect(fails(report, 'medium')).toBe(true);
      await expect(expect('emails/promo.html').toPassSpamrisk({ cwd })).rejects.toThrow(
        `emails/promo.html scores ${score} (medium); templates must stay under ${threshold / 2} (failOn medium: half the threshold of ${threshold}):\n`,
      );
      // failOn given to the matcher overrides the config's, as --fail-on does.
      await expect(expect('emails/promo.html').toPassSpamrisk({ cwd, failOn: 'high' })).resolves.toBeUndefined();
      // Without failOn in the config, the same score passes (high is the default).
      writeFileSync(join(cwd, 'spamrisk.config.json'), JSON.stringify({ threshold }));
      await expect(expect('emails/promo.html').toPassSpamrisk({ cwd })).resolves.toBeUndefined();
      await expect(expect('emails/promo.html').toPassSpamrisk({ cwd, failOn: 'medium' })).rejects.toThrow(/failOn medium/);
    } finally {
      tree.dispose();
    }
  });

  it('follows the options it is given', async () => {
    // A clean template fails when the team's own phrase list flags its wording.
    const strict = { config: false, phrases: { add: [{ phrase: 'seed swap', points: 6 }] } } as const;
    await expect(expect(example('newsletter.html')).toPassSpamrisk(strict)).rejects.toThrow(/custom-phrase: `Seed swap`/);
  });
});
