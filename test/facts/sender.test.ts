// The sender fact's one reading of "anyone can get a mailbox here" (core/facts/sender.ts): freeMailbox,
// the whole domain after the `@` on freemail-domains.txt exactly, and openMailbox, that or a mail
// service's tenant; the identity fact's ownDomain and freemail-from read it (brandown44fix2).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';

const analyzer = createAnalyzer();
const facts = (from: string) =>
  analyzer.context({
    headers: { From: from, To: 'sam@example.org', Date: 'Tue, 14 May 2024 09:30:00 +0000', 'Message-ID': '<a1@mailer.example>' },
    html: '<p>Our autumn range is in. <a href="https://www.harbour-outdoor.co.uk/autumn">See it</a></p>',
  }).facts;
const reading = (from: string) => {
  const { sender, identity } = facts(from);
  return { free: sender.freeMailbox, open: sender.openMailbox, own: identity.ownDomain };
};

describe('the sender fact: a mailbox anyone can get', () => {
  it('reads a free mailbox by the whole domain after the @, and the identity fact takes it for no one\'s own domain', () => {
    expect(reading('Sam Lee <sam@hotmail.com>')).toEqual({ free: true, open: true, own: false });
    expect(reading('Sam Lee <sam@gmail.com>')).toEqual({ free: true, open: true, own: false });
    expect(reading('Harbour Outdoor <news@harbour-outdoor.co.uk>')).toEqual({ free: false, open: false, own: true });
  });

  it("takes a mail service's own subdomain for the service's sender, not a free mailbox, in both readers", () => {
    // Before, the identity fact matched the registrable domain (msn.com, yahoo.com) while freemail-from matched the whole domain.
    expect(reading('MSN Groups <news@groups.msn.com>')).toEqual({ free: false, open: false, own: true });
    expect(reading('Yahoo <no-reply@reply.yahoo.com>')).toEqual({ free: false, open: false, own: true });
  });

  it("takes a Microsoft 365 tenant's address for one anyone can get: not a free mailbox, and no one's own domain", () => {
    // Every tenant shares onmicrosoft.com, as a shared host's tenants share its domain.
    expect(reading('Contoso <it@contoso.onmicrosoft.com>')).toEqual({ free: false, open: true, own: false });
  });
});

describe('the sender fact reads the From domain as registrableDomain does', () => {
  // Review of brandown44 (brandown44fix2): a trailing root dot or a domain literal's brackets hid a free mailbox.
  it('takes x@hotmail.com. and x@[hotmail.com] for the free mailbox they are, and a brand name there for impersonation', () => {
    for (const from of ['"Microsoft" <x@hotmail.com.>', '"Microsoft" <x@[hotmail.com]>', '"Microsoft" <x@HOTMAIL.COM>']) {
      const { sender } = facts(from);
      expect([sender.freeMailbox, sender.openMailbox, sender.impersonates?.brand], from).toEqual([true, true, 'microsoft']);
    }
  });

  it('names the domain as the list does in the findings', () => {
    const found = analyzer.analyze({
      subject: 'Important',
      headers: { From: '"Microsoft" <x@[Hotmail.com.]>', To: 'sam@example.org', Date: 'Tue, 14 May 2024 09:30:00 +0000', 'Message-ID': '<a1@mailer.example>' },
      html: '<p>Please read this important message about your account.</p>',
    }).findings;
    const brand = found.find((finding) => finding.rule === 'display-name-brand');
    const free = found.find((finding) => finding.rule === 'freemail-from');
    expect(brand?.message).toContain('the address is on `hotmail.com`,');
    expect(free?.message).toContain("through hotmail.com's own servers");
  });
});
