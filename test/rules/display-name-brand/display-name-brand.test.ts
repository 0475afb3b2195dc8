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

  // brandown44: the brands' own short and staff domains (brands.yml, each with its source), where no one else gets a mailbox.
  it("reads the brands' own domains as their own where no one else gets an address", () => {
    for (const from of [
      '"Microsoft" <account-security-noreply@accountprotection.microsoft.com>',
      '"Microsoft" <x@msft.net>',
      '"Apple ID" <appleid@id.apple.com>',
      '"Apple Support" <no_reply@email.apple.com>',
      '"Apple ID" <x@itunes.com>',
      '"Facebook" <x@fb.com>',
      '"Norton" <x@securenorton.com>',
      // A hyphen beside the brand's word keeps it the brand's (brandown44fix2; pay-pal.com, split by one, is a look-alike below).
      '"PayPal" <x@paypal-community.com>',
    ]) {
      expect(fires(from), from).toBe(false);
    }
  });

  // brandown44fix: anyone can open a mailbox at a brand's consumer mail domain, or get a Microsoft 365
  // tenant's; brands send account mail from their own domains (accountprotection.microsoft.com, id.apple.com).
  it("reads a brand name on a mailbox anyone can get as impersonation, on the brand's own mail domains too", () => {
    for (const from of [
      '"Microsoft" <x@hotmail.com>',
      '"Microsoft account team" <x@outlook.com>',
      '"Microsoft" <x@hotmail.co.uk>',
      '"Microsoft" <x@msn.com>',
      '"Microsoft" <x@live.com>',
      '"Outlook" <x@hotmail.fr>',
      '"Apple Support" <x@icloud.com>',
      '"Apple Support" <x@me.com>',
      '"iCloud" <x@mac.com>',
      '"Microsoft 365" <x@contoso.onmicrosoft.com>',
      '"Microsoft" <x@contoso.mail.onmicrosoft.com>',
      '"PayPal" <x@gmail.com>',
    ]) {
      expect(fires(from), from).toBe(true);
    }
  });

  it("leaves a person's own name on a free mailbox or a tenant's address alone", () => {
    for (const from of ['"Sam Lee" <sam.lee@hotmail.com>', 'Jean Dupont <jean.dupont@outlook.fr>', '"Sam Lee" <sam@contoso.onmicrosoft.com>', 'Contoso IT <it@contoso.onmicrosoft.com>']) {
      expect(fires(from), from).toBe(false);
    }
  });

  it('says the address is one anyone can get, naming its whole domain, in each language', () => {
    const finding = (from: string, locale: string) =>
      analyzer
        .analyze(
          {
            subject: 'Your account',
            headers: { From: from, To: 'sam@example.org', Date: 'Tue, 14 May 2024 09:30:00 +0000', 'Message-ID': '<a1b2c3@acme.example>' },
            html: '<p>Here is what is new this month.</p>',
          },
          { locale },
        )
        .findings.find((found) => found.rule === 'display-name-brand')?.message;
    expect(finding('"Microsoft 365" <x@contoso.onmicrosoft.com>', 'en')).toBe(
      'The sender name `Microsoft 365` names Microsoft, but the address is on `contoso.onmicrosoft.com`, where anyone can get a mailbox; Microsoft does not send its own mail from such an address. Most mail apps show only the name, so this reads as impersonation, the first thing phishing forges.',
    );
    expect(finding('"Apple Support" <x@icloud.com>', 'fr')).toContain('mais l’adresse est sur `icloud.com`, où n’importe qui peut créer une adresse');
    expect(finding('"Apple Support" <x@icloud.com>', 'de')).toContain('aber die Adresse liegt auf `icloud.com`, wo sich jeder ein Postfach anlegen kann');
    expect(finding('"Apple Support" <x@icloud.com>', 'es')).toContain('pero la dirección está en `icloud.com`, donde cualquiera puede crear una cuenta de correo');
    // The brand as it spells itself (brands.yml `spelled`), not each word capitalised: not "Icloud", "Paypal", "Apple Id" (brandown44fix2).
    expect(finding('"iCloud" <x@icloud.com>', 'en')).toMatch(/^The sender name `iCloud` names iCloud, /);
    expect(finding('"PayPal" <service@pay-pal.com>', 'en')).toMatch(/^The sender name `PayPal` names PayPal, /);
    expect(finding('"Apple ID" <x@me.com>', 'en')).toContain('Apple ID does not send its own mail');
    expect(finding('"Wells Fargo" <x@notices.example>', 'en')).toMatch(/^The sender name `Wells Fargo` names Wells Fargo, /);
    // On someone else's own domain the finding still says where the mail comes from.
    expect(finding('"Microsoft 365" <alerts@mail.random-shop.example>', 'en')).toMatch(/^The sender name `Microsoft 365` names Microsoft, but the mail comes from `random-shop.example`\./);
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
      // Review of brandown44 (brandown44fix2): a generic word on another suffix is anyone's; only brands.yml's `own` domains are the brand's.
      '"Norton" <x@securenorton.net>',
      '"Norton" <x@securenorton.co>',
      '"Microsoft" <x@msft.xyz>',
      '"Microsoft" <x@msft.support>',
      '"Microsoft" <x@outlook.xyz>',
      '"Microsoft" <x@office.xyz>',
      '"Apple ID" <x@apple.xyz>',
      '"Apple ID" <x@itunes.support>',
      '"Facebook" <x@fb.xyz>',
      // A hyphen splitting the brand's word is a look-alike (brandown44fix2).
      '"PayPal" <service@pay-pal.com>',
      '"Microsoft" <x@micro-soft.com>',
      // Gen Digital's other brand: Norton's own list of its mail domains does not name avast.com.
      '"Norton" <x@avast.com>',
    ]) {
      expect(fires(from), from).toBe(true);
    }
  });
});
