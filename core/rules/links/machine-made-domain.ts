// Detects links to host names that no person chose: a label that is a long run of digits and hex
// (`765775392619`, `3e6fc78a`), seven consonants in a row (`xkcdrtzq`), or a long string with
// digits mixed between letters (`qqqnkkxdzlyyo15e0gtk`). Spam and phishing runs register or
// generate throwaway names by the thousand so that no blocklist keeps up; a sender that stands
// behind its mail links to a name people can read and remember.
// Sources: SpamAssassin URI_HEX ("URI hostname has long hexadecimal sequence") and URI_NOVOWEL
// ("URI hostname has long non-vowel sequence"), rules/20_uri_tests.cf; the digit-mixed label is a
// house estimate in the same spirit (the labels of domain-generation algorithms).
import { isClickTracker } from '../../links/click-tracking.ts';
import { distinctBy, isPlausibleHostname } from '../../links/inspect.ts';
import type { ParsedUrl } from '../../links/url.ts';
import type { Link } from '../../message/message.ts';
import { pointAtUrl } from '../evidence.ts';
import { defineRule } from '../rule.ts';

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
 * The label of a link's host name that looks machine-made, and why, or null. The public suffix is
 * left out (`co.uk` is nobody's choice), and so are IP addresses and punycode (lookalike-domain's).
 */
export function machineMadeLabel(url: ParsedUrl): { label: string; kind: MachineMadeKind } | null {
  const { hostname, suffix } = url;
  if (!isPlausibleHostname(hostname) || url.isIp || url.isObfuscatedIp || url.punycode) return null;
  const name = suffix && hostname.endsWith(`.${suffix}`) ? hostname.slice(0, -suffix.length - 1) : hostname;
  for (const label of name.split(/[.-]/)) {
    const kind = labelKind(label);
    if (kind) return { label, kind };
  }
  return null;
}

export default defineRule({
  id: 'machine-made-domain',
  category: 'links',
  description: 'Link host name looks machine-made',
  weight: 0.8,
  cap: 1,
  messages: {
    'machine-made':
      '`{url}` goes to a host name with the part `{label}`, {kind, select, hex {a long run of digits} consonants {seven consonants in a row} other {letters and digits mixed at random}}: nobody chose that name to be read. Spam and phishing runs generate throwaway domains like it by the thousand, and filters score such names.',
    'readable-domain':
      'Link to your own, readable domain; if a service gave you a generated address, put it behind a subdomain of your domain.',
  },
  check(context) {
    const { message, lists } = context;
    const found: { link: Link; label: string; kind: MachineMadeKind }[] = [];
    for (const link of context.facts.links.web) {
      // An ESP's tracking redirect carries generated names by design; it is not the destination.
      if (isClickTracker(link.url, lists.clickTrackers)) continue;
      const machine = machineMadeLabel(link.url);
      if (machine) found.push({ link, ...machine });
    }
    return distinctBy(found, ({ link }) => link.url.domain ?? link.url.hostname ?? '').map(({ link, label, kind }) => {
      const pointer = pointAtUrl(message, link);
      return {
        messageId: 'machine-made',
        suggestionId: 'readable-domain',
        data: { url: pointer.evidence, label, kind },
        ...pointer,
      };
    });
  },
});
