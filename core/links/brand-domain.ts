// Whether a domain or a link's host carries a much-impersonated brand (wordlists/global/brands.yml):
// the one home of "is this the brand's own domain" and "does this host wear the brand", read by
// display-name-brand (core/facts/sender.ts) and brand-link-mismatch. Both look for the brand's
// distinctive domain words in each label (a generic word, brands.yml `generic`, shows only the
// brand's domains listed whole, `own`) and tell the brand's own names (`paypal.com`,
// `kreissparkasse-heilbronn.de`, `microsoftonline.com`) from combosquats, the brand's word with only lure words before and after
// it (`secure-paypal`, `notifications-ledger`), the commonest way phishing domains borrow a brand
// (Kintis et al., "Hiding in Plain Sight: A Longitudinal Study of Combosquatting Abuse", ACM CCS
// 2017), and a host that disguises itself as the brand's (a look-alike, or the brand's word with
// an account lure) from one that only names it.
import type { Brand } from '../data/types.ts';
import { foldConfusables } from '../text/tokenize.ts';
import { unicodeHostname } from './punycode.ts';

/** Lure and service words a combosquat adds to a brand (wordlists/global/combosquat-words.txt), with the longest one's length. */
export interface LureWords {
  readonly words: ReadonlySet<string>;
  readonly longest: number;
}

/** A list of lure words indexed for isLureWords (combosquat-words.txt, account-lure-words.txt). */
export function indexLureWords(list: readonly string[]): LureWords {
  return { words: new Set(list), longest: list.reduce((longest, word) => Math.max(longest, word.length), 0) };
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
 * The registrable domain is the brand's: it is one of the brand's own domains listed whole
 * (brands.yml `own`: `hotmail.com`, `msft.net`, `fb.com`, `apple.com`, `office.com`,
 * `securenorton.com`), or one of its labels carries one of the brand's distinctive domain words
 * (`paypal.com`, `sparkasse-hannover.de`, `microsoftonline.com`, `banco.bradesco`), unless the word
 * only follows lure words (`notifications-ledger.com`, `secure-paypal.example.net`) or a hyphen
 * splits it but between the words of the brand's name (`pay-pal.com`, `micro-soft.com`: a
 * look-alike of the name; `wells-fargo.example` is written as the name is). A generic word
 * (brands.yml `generic`) shows nothing by itself: anyone can register `securenorton.net`,
 * `msft.xyz`, `hotmail.support` or `apple.xyz`, and inside a longer label it is someone else's
 * (`officedepot.com`, `livechatinc.com`, `applebees.com`, `cryptonews.com`) or a combosquat
 * (`office365-security.com`, `secure-norton.com`), review of brand43 and brandown44. A label that
 * starts with a distinctive word stays the brand's, as `microsoftonline.com` and
 * `paypal-community.com` are.
 */
export function isBrandDomain(domain: string | null, brand: Brand, lure: LureWords): boolean {
  if (!domain) return false;
  if (brand.ownDomains.includes(domain)) return true;
  const labels = domain.split('.').map(readWritten);
  return brand.claimWords.some((word) =>
    labels.some(({ joined, at: written }) => {
      for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
        // The word split by a hyphen (`pay-pal`, `micro-soft`) is a look-alike of the brand's name, not its own.
        if (splitByHyphen(written, at, word, brand)) continue;
        if (at === 0 || !onlyLureAround(joined, at, word, lure)) return true;
      }
      return false;
    }),
  );
}

/**
 * Whether a hyphen of the label as written falls inside the brand's word at `at` of the joined label,
 * but between two words of the brand's name (`wells-fargo`, `deutsche-post`, `crypto-com` for
 * `wellsfargo`, `deutschepost`, `cryptocom`), where a hyphen is how the name is written.
 */
function splitByHyphen(written: readonly number[], at: number, word: string, brand: Brand): boolean {
  const parts = brand.brand.split(/[ .]/);
  const between = new Set<number>();
  if (parts.join('') === word) {
    let end = 0;
    for (const part of parts.slice(0, -1)) between.add((end += part.length));
  }
  for (let letter = 1; letter < word.length; letter++) {
    if ((written[at + letter] as number) - (written[at + letter - 1] as number) > 1 && !between.has(letter)) return true;
  }
  return false;
}

/** A label with its hyphens removed, and where each letter left stood in the label as written. */
function readWritten(label: string): { joined: string; at: number[] } {
  const at: number[] = [];
  let joined = '';
  for (let index = 0; index < label.length; index++) {
    if (label[index] === '-') continue;
    joined += label[index];
    at.push(index);
  }
  return { joined, at };
}

/** A host's labels as brand-link-mismatch reads them: Unicode, lower case, look-alike letters read as the Latin ones they mimic. */
function readLabels(hostname: string): { written: string[]; folded: string[] } {
  const written = unicodeHostname(hostname).toLowerCase().split('.');
  return { written, folded: written.map(foldConfusables) };
}

/** Whether one (folded) label holds one of the brand's claim words, as a hyphen-separated part or with only lure words around it. */
function labelClaims(label: string, brand: Brand, lure: LureWords): boolean {
  const parts = label.split('-');
  const joined = parts.join('');
  return brand.claimWords.some((word) => {
    if (parts.includes(word)) return true;
    for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) if (onlyLureAround(joined, at, word, lure)) return true;
    return false;
  });
}

/**
 * How a link's host wears the brand, its registrable domain not being the brand's (the caller rules
 * that out with isBrandDomain). It `claims` the brand when a label of the host, its look-alike
 * letters read as the Latin ones they mimic (`pаypal.com` with a Cyrillic `а`), is one of the
 * brand's claim words, holds one as a hyphen-separated part (`login.paypal.example.net`,
 * `paypal.com-verify.example`) or only adds lure words to it (`secure-paypal.example.net`). Only
 * the claim words count: a word of the brand's domains that other organisations' hosts carry too
 * (`live`, `office`, `meta`, `wf`; brands.yml `generic`) claims nothing. It is `disguised` as the
 * brand's when, besides, a claiming label is a look-alike (its letters folded differ from those
 * written, `pаypal.com`), or some label of the host puts an account lure word
 * (wordlists/global/account-lure-words.txt: sign in, secure, verify, billing) next to the brand's
 * word: `secure-paypal`, `paypalsecurelogin`, `paypal.account-review.example.net`. A bare brand
 * word, or one with service words only, on someone else's domain (`zimbra.uni.example`,
 * `sharepoint.intranet.acme.example`, `docusign-help.acme.example`, `dhl-tracking.myshop.example`)
 * is how an IT team or a shop names its own page about the software or the carrier, so it only
 * claims. Null when it does not claim the brand. One reading of the host's labels for both answers
 * (the rule asks it of every link).
 */
export function brandHostClaim(hostname: string, brand: Brand, lure: LureWords, accountLure: LureWords): 'disguised' | 'claims' | null {
  if (brand.claimWords.length === 0) return null;
  const { written, folded } = readLabels(hostname);
  let claims = false;
  for (let index = 0; index < folded.length; index++) {
    if (!labelClaims(folded[index] as string, brand, lure)) continue;
    if (folded[index] !== written[index]) return 'disguised';
    claims = true;
  }
  if (!claims) return null;
  // An account lure word in a hyphen part of any label but the top-level one, the brand's words taken out.
  const withAccountLure = folded.slice(0, -1).some((label) =>
    label.split('-').some((part) => {
      let rest = part;
      for (const word of brand.claimWords) rest = rest.split(word).join(' ');
      return rest.split(' ').some((piece) => isLureWords(piece, accountLure));
    }),
  );
  return withAccountLure ? 'disguised' : 'claims';
}

