// Detects a From display name that names a much-impersonated brand (PayPal, Microsoft, Ledger,
// DHL, a bank…) while the address is on a domain of someone else: "Microsoft 365"
// <alerts@random-shop.example>. Most mail apps show only the name, which is why phishing forges it.
// Source: SpamAssassin's FromNameSpoof plugin; APWG and vendor reports of the most-phished brands.
// TODO(2026-11): move BRANDS to a reviewed list in wordlists/global, like the shorteners.
import { foldDiacritics } from '../../text/stem.ts';
import { defineRule, shorten } from '../rule.ts';

/**
 * Brand names as a reader sees them (lower case, words separated by single spaces) → what their own
 * sending domains contain, with dots and hyphens removed. Only names that are not also common words
 * or first names: "Chase", "Visa", "Office" or "Apple" alone would name too many other senders.
 */
const BRANDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['american express', ['americanexpress', 'amex', 'aexp']],
  ['amex', ['americanexpress', 'amex', 'aexp']],
  ['amazon', ['amazon']],
  ['apple id', ['apple', 'icloud']],
  ['apple pay', ['apple', 'icloud']],
  ['apple support', ['apple', 'icloud']],
  ['bank of america', ['bankofamerica', 'bofa']],
  ['binance', ['binance']],
  ['bradesco', ['bradesco']],
  ['caixa', ['caixa']],
  ['coinbase', ['coinbase']],
  ['correios', ['correios']],
  ['costco', ['costco']],
  ['crypto.com', ['crypto']],
  ['dhl', ['dhl']],
  ['docusign', ['docusign']],
  ['dropbox', ['dropbox']],
  ['ebay', ['ebay']],
  ['facebook', ['facebook', 'meta']],
  ['fedex', ['fedex']],
  ['geek squad', ['geeksquad', 'bestbuy']],
  ['hsbc', ['hsbc']],
  ['icloud', ['apple', 'icloud']],
  ['instagram', ['instagram', 'facebookmail', 'meta']],
  ['itau', ['itau']],
  ['ledger', ['ledger']],
  ['linkedin', ['linkedin']],
  ['mastercard', ['mastercard']],
  ['mcafee', ['mcafee']],
  ['mercado livre', ['mercadolivre', 'mercadolibre']],
  ['mercado pago', ['mercadopago', 'mercadolivre', 'mercadolibre']],
  ['metamask', ['metamask', 'consensys']],
  ['microsoft', ['microsoft', 'office', 'outlook', 'live', 'skype', 'xbox']],
  ['netflix', ['netflix']],
  ['norton', ['norton', 'gen']],
  ['nubank', ['nubank']],
  ['office 365', ['microsoft', 'office', 'outlook']],
  ['opensea', ['opensea']],
  ['outlook', ['microsoft', 'outlook', 'office', 'live']],
  ['paypal', ['paypal']],
  ['santander', ['santander']],
  ['spotify', ['spotify']],
  ['trezor', ['trezor']],
  ['trust wallet', ['trustwallet']],
  ['usps', ['usps']],
  ['walmart', ['walmart']],
  ['wells fargo', ['wellsfargo', 'wf']],
  ['whatsapp', ['whatsapp', 'facebookmail', 'meta']],
  ['xfinity', ['xfinity', 'comcast']],
]);
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
  weight: 1.5,
  cap: 1,
  check(context) {
    if (!context.facts.wholeMessage) return [];
    const { from } = context.facts.sender;
    if (!from?.name || !from.registrable) return [];
    const shown = words(from.name);
    if (shown.trim() === '') return [];
    const domain = from.registrable.replace(/[.-]/g, '');
    for (const [brand, keys] of BRANDS) {
      if (!shown.includes(` ${brand} `)) continue;
      if (keys.some((key) => domain.includes(key))) return [];
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
