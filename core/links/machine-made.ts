// Whether a link's registered host name looks machine-made: a long run of digits and hex
// (`765775392619`, `3e6fc78a`), seven consonants in a row (`xkcdrtzq`), or a long string with
// digits mixed between letters (`qqqnkkxdzlyyo15e0gtk`). Read by machine-made-domain and
// short-pitch. Sources: SpamAssassin URI_HEX ("URI hostname has long hexadecimal sequence") and
// URI_NOVOWEL ("URI hostname has long non-vowel sequence"), rules/20_uri_tests.cf; the digit-mixed
// label is a house estimate in the same spirit (the labels of domain-generation algorithms).
import { isPlausibleHostname } from './inspect.ts';
import type { ParsedUrl } from './url.ts';

/** SpamAssassin URI_HEX: six or more hex characters, mostly digits (never three a–f letters in a row). */
const HEX_LABEL = /^[0-9a-f]{6,}$/;
const THREE_HEX_LETTERS = /[a-f]{3}/;
/** SpamAssassin URI_NOVOWEL: seven letters in a row from this set (h and y count as vowels). */
const CONSONANT_RUN = /[bcdfgjklmnpqrstvwxz]{7}/;
/** A label at least this long with digits between letters reads as generated. */
const MIXED_MIN_LENGTH = 12;
const DIGIT_BETWEEN_LETTERS = /[a-z]\d+[a-z]/;

export type MachineMadeKind = 'hex' | 'consonants' | 'mixed';

/** Why one label (lower case, between dots or hyphens) looks generated, or null. */
function labelKind(label: string): MachineMadeKind | null {
  if (HEX_LABEL.test(label) && !THREE_HEX_LETTERS.test(label)) return 'hex';
  if (CONSONANT_RUN.test(label)) return 'consonants';
  if (label.length >= MIXED_MIN_LENGTH && DIGIT_BETWEEN_LETTERS.test(label)) {
    let digits = 0;
    let letters = 0;
    for (const char of label) {
      if (char >= '0' && char <= '9') digits++;
      else if (char >= 'a' && char <= 'z') letters++;
    }
    if (digits >= 2 && letters >= 4) return 'mixed';
  }
  return null;
}

/**
 * The label of a link's host name that looks machine-made, and why, or null. Only the name someone
 * registered is read (`x7f3k9q2.cn`, not `d1iiu589g39o6c.cloudfront.net`): CDNs, cloud storage and
 * app platforms hand out generated subdomains of a name they own, and that says nothing about the
 * sender. With `subdomains`, the whole host name is read: for a caller that knows the registered
 * name is itself suspect (a cheap, abused TLD), where generated subdomains are the spam run's own.
 * The public suffix is left out (`co.uk` is nobody's choice), and so are IP addresses and punycode
 * (lookalike-domain's).
 */
export function machineMadeLabel(url: ParsedUrl, { subdomains = false } = {}): { label: string; kind: MachineMadeKind } | null {
  const { hostname, suffix, domain } = url;
  if (!isPlausibleHostname(hostname) || url.isIp || url.isObfuscatedIp || url.punycode || !domain) return null;
  const read = subdomains ? hostname : domain;
  const name = suffix && read.endsWith(`.${suffix}`) ? read.slice(0, -suffix.length - 1) : read;
  // Each label between dots or hyphens, as `name.split(/[.-]/)` gives them, without the array (every distinct URL passes here).
  let start = 0;
  for (let index = 0; index <= name.length; index++) {
    const code = index < name.length ? name.charCodeAt(index) : 0x2e;
    if (code !== 0x2e && code !== 0x2d) continue;
    const label = name.slice(start, index);
    start = index + 1;
    const kind = labelKind(label);
    if (kind) return { label, kind };
  }
  return null;
}

