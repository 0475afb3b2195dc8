// Detects a From display name that names a much-impersonated brand (PayPal, Microsoft, Ledger,
// DHL, a bank…) while the address is on a domain of someone else: "Microsoft 365"
// <alerts@random-shop.example>. Most mail apps show only the name, which is why phishing forges it.
// Source: SpamAssassin's FromNameSpoof plugin; APWG and vendor reports of the most-phished brands.
// The brands are data: wordlists/global/brands.yml.
import { foldDiacritics } from '../../text/stem.ts';
import { defineRule, shorten } from '../rule.ts';

const MAX_NAME = 200;

/** The name as words: lower case, accents folded, anything but letters, digits and inner dots a space. */
function words(name: string): string {
  const folded = foldDiacritics(name.slice(0, MAX_NAME).toLowerCase());
  return ` ${folded.replace(/[^a-z0-9.]+/g, ' ').replace(/\.(?=\s|$)|(?<=\s|^)\./g, ' ').replace(/\s+/g, ' ').trim()} `;
}

export default defineRule({
  id: 'display-name-brand',
  category: 'headers',
  description: "From name is a brand the sender's domain is not",
  weight: 2.5,
  cap: 1,
  check(context) {
    if (!context.facts.wholeMessage) return [];
    const { from } = context.facts.sender;
    if (!from?.name || !from.registrable) return [];
    const shown = words(from.name);
    if (shown.trim() === '') return [];
    const domain = from.registrable.replace(/[.-]/g, '');
    for (const { brand, domainWords } of context.lists.brands) {
      if (!shown.includes(` ${brand} `)) continue;
      if (domainWords.some((word) => domain.includes(word))) return [];
      const evidence = shorten(from.name);
      return [
        {
          message: `The sender name \`${evidence}\` names ${brand.replace(/\b\w/g, (letter) => letter.toUpperCase())}, but the mail comes from \`${from.registrable}\`. Most mail apps show only the name, so this reads as impersonation, the first thing phishing forges.`,
          suggestion: `Put your own organisation's name in the From name; if you write on ${brand}'s behalf, send from a domain they authorise (with SPF, DKIM and DMARC aligned).`,
          evidence,
        },
      ];
    }
    return [];
  },
});
