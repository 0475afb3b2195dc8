// Whether a domain or a link's host carries a much-impersonated brand (wordlists/global/brands.yml):
// the one home of "is this the brand's own domain" and "does this host wear the brand", read by
// brand-link-mismatch. Both look for the brand's domain words in each label and tell the brand's
// own names (`paypal.com`, `kreissparkasse-heilbronn.de`, `microsoftonline.com`) from
// combosquats, the brand's word with only lure words before and after it (`secure-paypal`,
// `notifications-ledger`), the commonest way phishing domains borrow a brand (Kintis et al.,
// "Hiding in Plain Sight: A Longitudinal Study of Combosquatting Abuse", ACM CCS 2017).
import type { Brand } from '../data/types.ts';
import { foldConfusables } from '../text/tokenize.ts';
import { unicodeHostname } from './punycode.ts';

/** Lure and service words a combosquat adds to a brand (wordlists/global/combosquat-words.txt), with the longest one's length. */
export interface LureWords {
  readonly words: ReadonlySet<string>;
  readonly longest: number;
}

/** Whether `text` is one or more lure words run together (`secure`, `securelogin`); labels are at most 63 characters. */
export function isLureWords(text: string, lure: LureWords): boolean {
  if (text.length === 0 || text.length > 63) return false;
  const reachable = [true];
  for (let end = 1; end <= text.length; end++) {
    reachable[end] = false;
    for (let start = Math.max(0, end - lure.longest); start < end && !reachable[end]; start++) {
      if (reachable[start] && lure.words.has(text.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[text.length] === true;
}

/** Whether the brand's `word` at `at` of `label` (hyphens removed) has only lure words, if any, before and after it. */
function onlyLureAround(label: string, at: number, word: string, lure: LureWords): boolean {
  const before = label.slice(0, at);
  const after = label.slice(at + word.length);
  return (before === '' || isLureWords(before, lure)) && (after === '' || isLureWords(after, lure));
}

/**
 * The registrable domain is the brand's: one of its labels carries one of the brand's domain
 * words (`paypal.com`, `sparkasse-hannover.de`, `microsoftonline.com`, `banco.bradesco`), unless
 * the word only follows lure words (`notifications-ledger.com`, `secure-paypal.example.net`). A
 * label that starts with the brand's word stays the brand's, as `microsoftonline.com` and
 * `paypal-community.com` are.
 */
export function isBrandDomain(domain: string | null, brand: Brand, lure: LureWords): boolean {
  if (!domain) return false;
  const labels = domain.split('.').map((label) => label.replace(/-/g, ''));
  return brand.domainWords.some((word) =>
    labels.some((label) => {
      const at = label.indexOf(word);
      if (at < 0) return false;
      return at === 0 || !onlyLureAround(label, at, word, lure);
    }),
  );
}

/**
 * Whether a link's host claims the brand, its registrable domain not being the brand's (the caller
 * rules that out with isBrandDomain): a label of the host, its look-alike letters read as the Latin
 * ones they mimic (`pаypal.com` with a Cyrillic `а`), is one of the brand's claim words, holds one
 * as a hyphen-separated part (`login.paypal.example.net`, `paypal.com-verify.example`) or only adds
 * lure words to it (`secure-paypal.example.net`). Only the claim words count: a word of the brand's
 * domains that other organisations' hosts carry too (`live`, `office`, `meta`, `wf`; brands.yml
 * `generic`) claims nothing.
 */
export function hostClaimsBrand(hostname: string, brand: Brand, lure: LureWords): boolean {
  if (brand.claimWords.length === 0) return false;
  return foldConfusables(unicodeHostname(hostname).toLowerCase())
    .split('.')
    .some((label) => {
      const parts = label.split('-');
      const joined = parts.join('');
      return brand.claimWords.some((word) => {
        if (parts.includes(word)) return true;
        for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) if (onlyLureAround(joined, at, word, lure)) return true;
        return false;
      });
    });
}
