/**
 * Runs the vitest example of docs/cli.md (examples/vitest/) as part of the suite, so it can never
 * rot: its templates must pass, and its matcher must fail a risky one with the findings listed.
 * `spamrisk/node` resolves to the source here, so the example needs no build.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import '../../examples/vitest/templates.test.ts';
import { docBlock, missingFromOutput, REPO } from './helpers.ts';

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

  it('follows the options it is given', async () => {
    // A clean template fails when the team's own phrase list flags its wording.
    const strict = { config: false, phrases: { add: [{ phrase: 'seed swap', points: 6 }] } } as const;
    await expect(expect(example('newsletter.html')).toPassSpamrisk(strict)).rejects.toThrow(/custom-phrase: `Seed swap`/);
  });
});
