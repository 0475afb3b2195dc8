// Detects a From display name that names a much-impersonated brand (PayPal, Microsoft, Ledger,
// DHL, a bank…) while the address is on a domain of someone else: "Microsoft 365"
// <alerts@random-shop.example>, or is a mailbox anyone can get, even on the brand's own domain
// ("Microsoft account team" <x@outlook.com>, "Apple Support" <x@icloud.com>: brands send account
// mail from their own domains, accountprotection.microsoft.com, id.apple.com; the sender fact's
// `openMailbox`). Most mail apps show only the name, which is why phishing forges it.
// Source: APWG and vendor reports of the most-phished brands; the points are a house estimate (no
// filter scores a brand word in the name; SpamAssassin's FromNameSpoof compares an address in it).
// The brands are data: wordlists/global/brands.yml.
import { defineRule, shorten } from '../rule.ts';

export default defineRule({
  id: 'display-name-brand',
  category: 'headers',
  description: "From name is a brand the sender's domain is not",
  weight: 2.5,
  cap: 1,
  headerFields: ['from'],
  messages: {
    'brand-name':
      'The sender name `{name}` names {brand}, but the mail comes from `{domain}`. Most mail apps show only the name, so this reads as impersonation, the first thing phishing forges.',
    'brand-on-open-mailbox':
      'The sender name `{name}` names {brand}, but the address is on `{domain}`, where anyone can get a mailbox; {brand} does not send its own mail from such an address. Most mail apps show only the name, so this reads as impersonation, the first thing phishing forges.',
    'own-name':
      'Put your own organisation\'s name in the From name; if you write on {brandWord}\'s behalf, send from a domain they authorise (with SPF, DKIM and DMARC aligned).',
  },
  check(context) {
    if (!context.facts.wholeMessage) return [];
    const { from, fromDomain, impersonates: brand, openMailbox } = context.facts.sender;
    if (!from || !brand) return [];
    const evidence = shorten(from.name);
    return [
      {
        // A mailbox anyone can get is named as its whole domain (`contoso.onmicrosoft.com`).
        messageId: openMailbox ? 'brand-on-open-mailbox' : 'brand-name',
        suggestionId: 'own-name',
        // The brand as it spells itself in the finding (brands.yml `spelled`), as the wordlist writes it in the advice.
        data: { name: evidence, brand: brand.spelled, brandWord: brand.brand, domain: (openMailbox && fromDomain !== null ? fromDomain : from.registrable) ?? '' },
        evidence,
      },
    ];
  },
});
