/**
 * Fails the build when a transactional template turns risky. Copy this file (and
 * spamrisk-matcher.ts) into your project and list your own templates.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import './spamrisk-matcher.ts';

const template = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));

describe('email templates stay under the spam threshold', () => {
  it.each([
    ['order-receipt.html', 'Your Larkspur Books receipt for order LB-20417'],
    ['newsletter.html', 'The Allotment Letter: April on the plot'],
  ])('%s', async (name, subject) => {
    await expect(template(name)).toPassSpamrisk({ subject });
  });

  it('order-shipped.eml (an .eml carries its own subject)', async () => {
    await expect(template('order-shipped.eml')).toPassSpamrisk();
  });
});
