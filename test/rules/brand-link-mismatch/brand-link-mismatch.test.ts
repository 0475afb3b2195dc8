import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('brand-link-mismatch', import.meta.dirname);

describe('brand-link-mismatch details', () => {
  const analyzer = createAnalyzer();
  const evidence = (input: { html?: string; text?: string; subject?: string; headers?: Record<string, string> }) =>
    ruleById('brand-link-mismatch').check(analyzer.context(input)).map((hit) => hit.evidence);
  const lure = (href: string) => `<h1>PayPal</h1><p>Your account has been limited until we can verify your payment.</p><p><a href="${href}">Resolve now</a></p>`;

  it('fires when the brand at the top links to another domain, not to its own', () => {
    expect(evidence({ html: lure('https://resolve-center.example.net/login') })).toEqual(['PayPal']);
    expect(evidence({ html: lure('https://www.paypal.com/signin') })).toEqual([]);
  });

  // Review of brand43 (brandname43): a generic word is the brand's domain only as the whole label.
  it("takes a domain for the brand's by a generic word only when the word is its whole label", () => {
    const microsoft = (href: string) => `<h1>Microsoft</h1><p>Your password expires today. Verify your account to keep your mailbox.</p><p><a href="${href}">Keep my password</a></p>`;
    expect(evidence({ html: microsoft('https://office365-security.com/login') })).toEqual(['Microsoft']);
    expect(evidence({ html: microsoft('https://www.officedepot.com/') })).toEqual(['Microsoft']);
    expect(evidence({ html: microsoft('https://outlook.office365.com/mail/') })).toEqual([]);
    expect(evidence({ html: microsoft('https://login.live.com/') })).toEqual([]);
    expect(evidence({ html: microsoft('https://account.microsoft.com/') })).toEqual([]);
  });

  // brandown44: a brand's consumer mail and short domains are its own (brands.yml, each with its source).
  it("takes the brands' consumer mail and short domains for their own, and not their look-alikes", () => {
    const draft = (brand: string, href: string) =>
      `<h1>${brand}</h1><p>Your account has been limited until we can verify your payment.</p><p><a href="${href}">Open</a></p>`;
    const own: [string, string][] = [
      ['Microsoft', 'https://www.hotmail.com/'],
      ['Microsoft', 'https://www.msn.com/en-us'],
      ['Microsoft', 'https://policykeyservice.dc.ad.msft.net/'],
      ['Apple ID', 'https://www.me.com/'],
      ['iCloud', 'https://www.mac.com/'],
      ['Apple Support', 'https://itunes.com/apps/keynote'],
      ['Facebook', 'https://fb.com/help'],
      ['Norton', 'https://securenorton.com/renew'],
    ];
    for (const [brand, href] of own) expect(evidence({ html: draft(brand, href) }), href).toEqual([]);
    const elsewhere: [string, string][] = [
      ['Microsoft', 'https://hotmai1.com/'],
      ['Microsoft', 'https://hotmail-verify.com/'],
      ['Microsoft', 'https://msn-account.com/'],
      ['Microsoft', 'https://msft-login.example/'],
      ['Apple ID', 'https://rne.com/'],
      ['iCloud', 'https://macys-mail.example/'],
      ['Apple Support', 'https://itunes-billing.example/'],
      ['Facebook', 'https://fbi-alerts.example/'],
      ['Norton', 'https://secure-norton.com/renew'],
      ['Norton', 'https://securenorton-billing.example/'],
      ['Norton', 'https://www.avast.com/'],
    ];
    for (const [brand, href] of elsewhere) expect(evidence({ html: draft(brand, href) }), href).toEqual([brand]);
  });

  // Review of brandown44 (brandown44fix2): a generic word is the brand's only in the domains brands.yml lists whole (own), not on any suffix.
  it("takes a generic word's domain on another suffix for someone else's", () => {
    const draft = (brand: string, href: string) =>
      `<h1>${brand}</h1><p>Your account has been limited until we can verify your payment.</p><p><a href="${href}">Open</a></p>`;
    const elsewhere: [string, string][] = [
      ['Norton', 'https://securenorton.net/renew'],
      ['Norton', 'https://securenorton.xyz/renew'],
      ['Microsoft', 'https://msft.xyz/'],
      ['Microsoft', 'https://hotmail.support/'],
      ['Microsoft', 'https://outlook.xyz/'],
      ['Microsoft', 'https://office.xyz/'],
      ['Apple ID', 'https://apple.xyz/'],
      ['iCloud', 'https://me.xyz/'],
      ['Apple Support', 'https://itunes.support/'],
      ['Facebook', 'https://fb.xyz/'],
      // A hyphen splitting the brand's word is a look-alike; one beside it is the brand's (paypal-community.com, below).
      ['PayPal', 'https://pay-pal.com/signin'],
      ['Microsoft', 'https://micro-soft.com/'],
    ];
    for (const [brand, href] of elsewhere) expect(evidence({ html: draft(brand, href) }), href).toEqual([brand]);
    for (const [brand, href] of [['Microsoft', 'https://office.com/'], ['Microsoft', 'https://outlook.com/'], ['Apple ID', 'https://apple.com/'], ['Norton', 'https://securenorton.com/'], ['PayPal', 'https://www.paypal-community.com/']]) {
      expect(evidence({ html: draft(brand as string, href as string) }), href).toEqual([]);
    }
  });

  // brandown44fix: a mailbox anyone can get on a brand's mail domain is not the brand sending; a link there is still the brand's.
  it("does not take a free mailbox or a tenant's address on the brand's domain for the brand, and still takes a link there for its own", () => {
    const notice = (href: string) => `<h1>Microsoft</h1><p>Your password expires today. Verify your account to keep your mailbox.</p><p><a href="${href}">Keep my password</a></p>`;
    const headers = (from: string) => ({ From: from, To: 'sam@example.org', Date: 'Tue, 14 May 2024 09:30:00 +0000', 'Message-ID': '<a1b2c3@mail.example>' });
    for (const from of ['"Microsoft account team" <x@outlook.com>', '"Microsoft" <x@hotmail.com>', '"Microsoft 365" <x@contoso.onmicrosoft.com>']) {
      expect(evidence({ html: notice('https://keep-password.example/login'), headers: headers(from) }), from).toEqual(['Microsoft']);
    }
    expect(evidence({ html: notice('https://keep-password.example/login'), headers: headers('"Microsoft account team" <account-security-noreply@accountprotection.microsoft.com>') })).toEqual([]);
    for (const href of ['https://outlook.live.com/mail/', 'https://outlook.com/', 'https://www.hotmail.com/']) {
      expect(evidence({ html: notice(href), headers: headers('"Microsoft account team" <x@outlook.com>') }), href).toEqual([]);
    }
  });

  it('counts a domain that only carries the brand further in (combosquatting) as elsewhere', () => {
    expect(evidence({ html: lure('https://secure-paypal.example.net/login') })).toEqual(['PayPal']);
    expect(evidence({ html: lure('https://www.paypal-community.example/login') })).toEqual([]);
    expect(evidence({ html: lure('https://paypal-secure-login.example/') })).toEqual([]);
    expect(evidence({ html: lure('https://securelogin-paypal-verify.example/') })).toEqual(['PayPal']);
    expect(evidence({ html: lure('https://mypaypal-support.example/') })).toEqual(['PayPal']);
  });

  it('lets a quoted "will never ask" footer excuse the brand only when no link host wears it', () => {
    const notice = (href: string) =>
      `<h1>PayPal</h1><p>We noticed a new sign-in to your account.</p><p><a href="${href}">Review activity</a></p><p>PayPal will never ask you to enter your password in an email.</p>`;
    expect(evidence({ html: notice('https://www.p\u0430ypal.com/signin') })).toEqual(['PayPal']);
    expect(evidence({ html: notice('https://paypal.account-review.example.net/') })).toEqual(['PayPal']);
    expect(evidence({ html: notice('https://secure-paypal.example.net/login') })).toEqual(['PayPal']);
    expect(evidence({ html: notice('https://account-review.example.net/paypal') })).toEqual([]);
    expect(evidence({ html: notice('https://www.paypal.com/signin') })).toEqual([]);
    // A label that starts with the brand's word is the brand's own domain (paypal-community.com), footer or not.
    expect(evidence({ html: notice('https://paypal-secure-login.example/') })).toEqual([]);
    // A word that only contains the brand's is no claim (`apple` in `pineapple`).
    const apple = (href: string) => `<h1>Apple ID</h1><p>Apple will never ask you to enter your password in an email.</p><p><a href="${href}">Recipes</a></p>`;
    expect(evidence({ html: apple('https://pineapple-recipes.example.com/') })).toEqual([]);
    expect(evidence({ html: apple('https://appleid-verify.example.com/') })).toEqual(['Apple ID']);
    // `apple` is an ordinary word (brands.yml generic): a reseller's or a recipe site's host claims nothing.
    expect(evidence({ html: apple('https://apple-recipes.example.com/') })).toEqual([]);
  });

  // Review rev43b #1: an IT department's or a reseller's security-awareness note quotes the brand's
  // footer; a domain word other hosts carry too (`live`, `office`, `meta`, `gen`, `wf`, `apple`)
  // claims no brand, nor does a host on the sender's own domain.
  it('takes neither an ordinary domain word nor the sender\'s own domain for a host wearing the brand', () => {
    const awareness = (brand: string, href: string, from?: string) => ({
      subject: `${brand} security awareness month`,
      html: `<h1>${brand} security awareness month</h1><p>This month we share tips on spotting fake sign-in pages.</p><p><a href="${href}">Read the tips</a></p><p>${brand} will never ask you to enter your password or verify your account by email.</p>`,
      ...(from === undefined ? {} : { headers: { from } }),
    });
    for (const href of [
      'https://live.events.example/',
      'https://office-hours.example.org/',
      'https://outlook-tips.acme.example/',
      'https://myoffice.acme.example/',
    ]) {
      expect(evidence(awareness('Microsoft', href)), href).toEqual([]);
    }
    expect(evidence(awareness('Microsoft', 'https://microsoft.partnername.com/', 'Partner News <news@partnername.com>'))).toEqual([]);
    expect(evidence(awareness('Microsoft', 'https://live.acme.example/', 'IT <it@acme.example>'))).toEqual([]);
    expect(evidence(awareness('Facebook', 'https://meta.wikimedia.org/'))).toEqual([]);
    expect(evidence(awareness('Norton', 'https://gen.acme.example/'))).toEqual([]);
    expect(evidence(awareness('Wells Fargo', 'https://wf.acme.example/'))).toEqual([]);
    expect(evidence(awareness('Apple ID', 'https://apple.reseller.example/'))).toEqual([]);
    // With no From to compare, a partner's host that bears the brand's bare word is not a disguise (rev43c #1).
    expect(evidence(awareness('Microsoft', 'https://microsoft.partnername.com/'))).toEqual([]);
    // The brand's own word on a stranger's domain, or a look-alike, is still a claim.
    expect(evidence(awareness('Microsoft', 'https://microsoft.account-review.example.net/', 'IT <it@acme.example>'))).toEqual(['Microsoft']);
    expect(evidence(awareness('Wells Fargo', 'https://wellsfargo-secure.example.net/'))).toEqual(['Wells Fargo']);
  });

  // Review rev43c #1: a draft has no From, so an IT team's notice about software it hosts itself,
  // linking to its own page named after it, with the brand's footer quoted, is no disguise.
  it('lets the footer excuse a host that only names the brand (a bare word or a service word beside it)', () => {
    const notice = (brand: string, words: string, href: string) => ({
      html: `<h1>${brand}</h1><p>${words}</p><p><a href="${href}">Read more</a></p><p>${brand} will never ask you to enter your password by email.</p>`,
    });
    const cases: [string, string, string][] = [
      ['Zimbra', 'Zimbra webmail will be unavailable Saturday from 8 to 10 for maintenance.', 'https://zimbra.uni.example/'],
      ['SharePoint', 'SharePoint intranet pages move to the new site on Monday.', 'https://sharepoint.intranet.acme.example/'],
      ['cPanel', 'cPanel will be upgraded on Sunday night; your sites stay online.', 'https://cpanel.hostingco.example/'],
      ['Roundcube', 'Roundcube webmail gets a new look next week.', 'https://roundcube.acme.example/'],
      ['OneDrive', 'OneDrive folders are being moved to the new tenant.', 'https://onedrive-help.acme.example/'],
      ['Microsoft', 'Microsoft 365 training sessions start in March.', 'https://microsoft-training.acme.example/'],
      ['DocuSign', 'DocuSign envelopes now need a second approver.', 'https://docusign-help.acme.example/'],
      ['LinkedIn', 'LinkedIn Learning licences are available for every team.', 'https://linkedin-learning.acme.example/'],
      ['Ledger', 'Ledger exports for the quarter are ready for review.', 'https://ledger.acme-accounting.example/'],
      ['DHL', 'DHL now delivers our orders on Saturdays too.', 'https://dhl-tracking.myshop.example/'],
    ];
    for (const [brand, words, href] of cases) expect(evidence(notice(brand, words, href)), href).toEqual([]);
    // A look-alike or the brand's word beside an account lure word is still a disguise.
    expect(evidence(notice('Zimbra', 'Your mailbox is almost full.', 'https://zimbra-login.uni.example/'))).toEqual(['Zimbra']);
    expect(evidence(notice('DHL', 'Your parcel is waiting.', 'https://dhl.payment-check.example/'))).toEqual(['DHL']);
    expect(evidence(notice('PayPal', 'We noticed a new sign-in.', 'https://www.p\u0430ypal.com/'))).toEqual(['PayPal']);
    expect(evidence(notice('PayPal', 'We noticed a new sign-in.', 'https://securelogin-paypal.example/'))).toEqual(['PayPal']);
  });

  it("counts a brand word after a place or a kind of bank as the brand's own domain", () => {
    const bank = (name: string, href: string) =>
      `<h1>${name}</h1><p>Your account has been limited until we can verify your payment.</p><p><a href="${href}">Open</a></p>`;
    expect(evidence({ html: bank('Sparkasse', 'https://www.berliner-sparkasse.de/de/home.html') })).toEqual([]);
    expect(evidence({ html: bank('Sparkasse', 'https://www.frankfurter-sparkasse.de/') })).toEqual([]);
    expect(evidence({ html: bank('Santander', 'https://www.bancosantander.es/') })).toEqual([]);
    expect(evidence({ html: bank('Caixa', 'https://www.lacaixa.es/') })).toEqual([]);
    expect(evidence({ html: bank('Sparkasse', 'https://online-sparkasse.example/') })).toEqual(['Sparkasse']);
  });

  it('wants a lure in the words, or a delivered mail with no sender behind it', () => {
    const mention = '<h1>PayPal</h1><p>You can now pay for your tickets with PayPal.</p><p><a href="https://tickets.example.org/pay">Buy tickets</a></p>';
    expect(evidence({ html: mention })).toEqual([]);
    expect(evidence({ html: mention, headers: { from: 'Example Tickets <news@tickets.example.org>' } })).toEqual([]);
    expect(evidence({ html: mention, headers: { from: 'Example Tickets <news@other-host.example.com>' } })).toEqual(['PayPal']);
    expect(evidence({ html: mention, headers: { from: 'news@tickets.example.org' } })).toEqual(['PayPal']);
  });

  it('reads the brand in the subject too, and not when the sender is the brand', () => {
    const html = '<p>Your parcel is on hold.</p><p><a href="https://parcel-fee.example.org/pay">Pay the fee</a></p>';
    expect(evidence({ html, subject: 'DHL: delivery attempt failed' })).toEqual(['DHL']);
    expect(evidence({ html, subject: 'DHL: delivery attempt failed', headers: { from: 'DHL Express <noreply@dhl.com>' } })).toEqual([]);
  });

  it('leaves brands named further down, in link text, or behind click tracking alone', () => {
    const filler = 'Thanks for shopping with us this week, here is everything about your order and its delivery in one place for you. '.repeat(2);
    expect(evidence({ html: `<p>${filler}</p><p>Paid with PayPal.</p><p><a href="https://shop.example.com/o/1">Order</a></p>` })).toEqual([]);
    expect(evidence({ html: '<p><a href="https://tracking.example.com/fb">Facebook</a> news from our shop.</p><p><a href="https://shop.example.com/">Shop</a></p>' })).toEqual([]);
    expect(evidence({ html: '<h1>Microsoft</h1><p>Your invoice.</p><p><a href="https://click.mailer.example.com/abc">Open</a></p>' })).toEqual([]);
  });
});
