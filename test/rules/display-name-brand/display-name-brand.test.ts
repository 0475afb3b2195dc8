import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('display-name-brand', import.meta.dirname);

describe('display-name-brand details', () => {
  const analyzer = createAnalyzer();
  const fires = (from: string) =>
    ruleById('display-name-brand').check(
      analyzer.context({
        subject: 'Your account',
        headers: { From: from, To: 'sam@example.org', Date: 'Tue, 14 May 2024 09:30:00 +0000', 'Message-ID': '<a1b2c3@acme.example>' },
        html: '<p>Here is what is new this month.</p>',
      }),
    ).length > 0;

  // brandown44: the brands' own mail and short domains (brands.yml, each with its source).
  it("reads the brands' consumer mail and short domains as their own", () => {
    for (const from of [
      '"Microsoft" <x@hotmail.com>',
      '"Microsoft" <x@hotmail.co.uk>',
      '"Microsoft" <x@msn.com>',
      '"Microsoft" <x@msft.net>',
      '"Outlook" <x@hotmail.fr>',
      '"Apple Support" <x@me.com>',
      '"iCloud" <x@mac.com>',
      '"Apple ID" <x@itunes.com>',
      '"Facebook" <x@fb.com>',
      '"Norton" <x@securenorton.com>',
    ]) {
      expect(fires(from), from).toBe(false);
    }
  });

  it('still reads a look-alike or a longer label of those words as someone else', () => {
    for (const from of [
      '"Microsoft" <x@hotmai1.com>',
      '"Microsoft" <x@hotmail-verify.com>',
      '"Microsoft" <x@msn-support.com>',
      '"Microsoft" <x@gymsnacks.com>',
      '"Microsoft" <x@msft-account.com>',
      '"Apple Support" <x@rne.com>',
      '"iCloud" <x@macys-mail.com>',
      '"Apple ID" <x@itunes-billing.com>',
      '"Facebook" <x@fbi-alerts.com>',
      '"Norton" <x@securenorton-billing.com>',
      '"Norton" <x@secure-norton.com>',
      // Gen Digital's other brand: Norton's own list of its mail domains does not name avast.com.
      '"Norton" <x@avast.com>',
    ]) {
      expect(fires(from), from).toBe(true);
    }
  });
});
