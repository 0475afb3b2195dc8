// Checks on single values (a phrase, a hostname, a TLD) and the one sort order the lists use.
// Each check returns the problems it found as plain sentences, so the caller only adds file:line.

import { REGION_PLACEHOLDER } from '../../core/links/free-hosting.ts';

/**
 * What the core tokenizer keeps inside a word: letters, combining marks, digits and the ASCII
 * apostrophe. Anything else splits tokens, so a phrase containing it could never match.
 */
const PHRASE_CHARACTER = /^[\p{L}\p{M}\p{N}' ]$/u;

/** An apostrophe must join two word characters (`don't`, `l'offre`), else it is a typo. */
const LOOSE_APOSTROPHE = /(?:^|[^\p{L}\p{M}\p{N}])'|'(?![\p{L}\p{M}\p{N}])/u;

const CHARACTER_HINTS: ReadonlyMap<string, string> = new Map([
  ['\u2019', 'use the ASCII apostrophe \''],
  ['\u2018', 'use the ASCII apostrophe \''],
  ['-', 'write the words apart ("e mail", not "e-mail")'],
  ['%', 'drop it ("100 free", not "100% free")'],
  ['.', 'drop it; the tokenizer splits on it'],
  ['\u00a0', 'use a plain space'],
]);

/** Problems with one trigger or opt-out phrase; empty when it is well-formed. */
export function phraseProblems(phrase: string): string[] {
  if (phrase.length === 0) return ['phrase is empty'];
  const problems: string[] = [];
  if (phrase.normalize('NFC') !== phrase) {
    problems.push('phrase is not NFC-normalized (use precomposed characters)');
  }
  if (phrase.trim() !== phrase) problems.push('phrase has a leading or trailing space');
  if (phrase.includes('  ')) problems.push('phrase has a double space');
  if (phrase.toLowerCase() !== phrase) {
    problems.push(`phrase must be lowercase: write "${phrase.toLowerCase()}"`);
  }
  for (const character of new Set(phrase)) {
    if (PHRASE_CHARACTER.test(character)) continue;
    const hint = CHARACTER_HINTS.get(character) ?? 'the tokenizer splits on it';
    problems.push(`forbidden character "${character}" (${codePoint(character)}): ${hint}`);
  }
  if (LOOSE_APOSTROPHE.test(phrase)) problems.push('an apostrophe must stand between two letters');
  return problems;
}

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Problems with a hostname as the lists store it: lowercase ASCII (punycode), no trailing dot. */
export function hostnameProblems(host: string): string[] {
  if (host.length === 0) return ['hostname is empty'];
  if (host !== host.toLowerCase()) return [`hostname must be lowercase: write "${host.toLowerCase()}"`];
  if (/[^a-z0-9.-]/.test(host)) {
    return ['hostname may only hold a-z, 0-9, "-" and "."; write IDNs in punycode (xn--)'];
  }
  if (host.length > 253) return ['hostname is longer than 253 characters'];
  const labels = host.split('.');
  if (labels.length < 2) return ['hostname needs at least two labels, e.g. "bit.ly"'];
  const problems: string[] = [];
  for (const label of labels) {
    if (!HOST_LABEL.test(label)) {
      problems.push(`bad label "${label}": 1–63 of a-z, 0-9, "-", not starting or ending with "-"`);
    }
  }
  const tld = labels.at(-1) ?? '';
  if (problems.length === 0 && !TOP_LEVEL_LABEL.test(tld)) {
    problems.push(`"${tld}" is not a valid top-level domain`);
  }
  return problems;
}

/** Problems with a top-level domain written without its dot, e.g. `zip`. */
export function tldProblems(tld: string): string[] {
  if (tld.startsWith('.')) return ['write the TLD without the leading dot'];
  if (tld !== tld.toLowerCase()) return [`TLD must be lowercase: write "${tld.toLowerCase()}"`];
  return TOP_LEVEL_LABEL.test(tld) ? [] : [`"${tld}" is not a valid top-level domain`];
}

/** Problems with a sureness (or any 0–2 weight). */
export function surenessProblems(value: unknown): string[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return ['sureness must be a number'];
  return value >= 0 && value <= 2 ? [] : [`sureness ${value} is outside 0–2`];
}

/**
 * The order of phrase lists: English collation (so "élite" sits among the e's, which reads
 * naturally in every language we ship), then code units to break ties, so the order is total.
 * Node bundles its own ICU, so the same Node gives the same order everywhere.
 */
const collator = new Intl.Collator('en');

export function comparePhrases(a: string, b: string): number {
  return collator.compare(a, b) || compareOrdinal(a, b);
}

/** The order of hostname and TLD lists, which are ASCII: plain code units, as `sort()` does. */
export function compareOrdinal(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function codePoint(character: string): string {
  const value = character.codePointAt(0) ?? 0;
  return `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Problems with one host label (`click`, `e`): what a hostname's first label may be. */
export function labelProblems(label: string): string[] {
  return HOST_LABEL.test(label) ? [] : [`"${label}" is not a host label: 1–63 of a-z, 0-9, "-", not starting or ending with "-"`];
}

/** Problems with a header field name as the lists store it: lower case, e.g. `list-id`. */
export function headerNameProblems(name: string): string[] {
  if (name !== name.toLowerCase()) return [`header name must be lowercase: write "${name.toLowerCase()}"`];
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name) ? [] : [`"${name}" is not a header field name (a-z, 0-9 and inner "-")`];
}

/** Problems with the local part of an address (`no-reply`), as the role list stores it. */
export function localPartProblems(local: string): string[] {
  if (local !== local.toLowerCase()) return [`local part must be lowercase: write "${local.toLowerCase()}"`];
  return /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/.test(local) ? [] : [`"${local}" is not a plain local part (a-z, 0-9, ".", "_", "-")`];
}

/** Problems with one lowercase word of any script (`urgent`, `sécurité`, `απ`). */
export function wordProblems(word: string): string[] {
  const casing = letterCasingProblems(word, 'word');
  if (casing.length > 0) return casing;
  return /^[\p{L}\p{M}]+$/u.test(word) ? [] : [`"${word}" must be one word of letters`];
}

/** The NFC and lower-case problems of a value of letters, named as its list calls it (`word`, `salutation`). */
function letterCasingProblems(value: string, noun: string): string[] {
  if (value.normalize('NFC') !== value) return [`${noun} is not NFC-normalized (use precomposed characters)`];
  if (value.toLowerCase() !== value) return [`${noun} must be lowercase: write "${value.toLowerCase()}"`];
  return [];
}

/**
 * Problems with a mail provider's name as explain() reads it between "your" and "account" (`gmail`,
 * `office 365`, `web.de`, `t-online`, `yahoo!`): one to three words of a-z and 0-9, joined by one space,
 * "." or "-", "!" only at a word's end; read literally, so each form a reply writes is its own entry.
 */
export function mailProviderProblems(name: string): string[] {
  return /^[a-z0-9]+!?(?:[ .-][a-z0-9]+!?){0,2}$/.test(name) && name.length <= 40
    ? []
    : [`"${name}" is not a mail provider's name: one to three words of a-z and 0-9 joined by one space, "." or "-" ("!" only at a word's end), at most 40 characters`];
}

/**
 * Problems with a salutation as address-greeting compares it: one or two lowercase words of letters
 * (`dear`, `sehr geehrter`), one space between them; the rule reads at most two words before the address.
 */
export function salutationProblems(salutation: string): string[] {
  const casing = letterCasingProblems(salutation, 'salutation');
  if (casing.length > 0) return casing;
  return /^[\p{L}\p{M}]{1,24}(?: [\p{L}\p{M}]{1,24})?$/u.test(salutation)
    ? []
    : [`"${salutation}" is not a salutation: one or two words of at most 24 letters, separated by one space`];
}

/**
 * Problems with a compound of free-compounds.txt as the trigger fact compares it: two lowercase
 * words of a-z joined by one hyphen (`step-free`), the tokens on either side of a hyphen in the text.
 */
export function freeCompoundProblems(compound: string): string[] {
  if (compound !== compound.toLowerCase()) return [`compound must be lowercase: write "${compound.toLowerCase()}"`];
  return /^[a-z]{1,30}-[a-z]{1,30}$/.test(compound) ? [] : [`"${compound}" is not a compound: two words of a-z joined by one hyphen ("step-free")`];
}

/**
 * Problems with a merge tag's name as the postal-address fact compares it: lower case, words of
 * a-z, 0-9 and "_" (or "-") joined by ":" or "." (`list:addressline`, `shop.address`).
 */
export function mergeTagNameProblems(name: string): string[] {
  if (name !== name.toLowerCase()) return [`merge tag name must be lowercase: write "${name.toLowerCase()}"`];
  return /^[a-z0-9_-]+(?:[:.][a-z0-9_-]+)*$/.test(name) && name.length <= 60
    ? []
    : [`"${name}" is not a merge tag name: words of a-z, 0-9, "_" and "-" joined by ":" or ".", at most 60 characters`];
}

/**
 * Problems with a brand as the display-name check compares it: the name is read folded to ASCII
 * (`Itaú` → `itau`), so a brand is lowercase ASCII words, a dot only inside a word (`crypto.com`).
 */
export function brandProblems(brand: string): string[] {
  if (brand.toLowerCase() !== brand) return [`brand must be lowercase: write "${brand.toLowerCase()}"`];
  return /^[a-z0-9]+(?:\.[a-z0-9]+)*(?: [a-z0-9]+(?:\.[a-z0-9]+)*)*$/.test(brand)
    ? []
    : [`"${brand}" must be lowercase ASCII words (a-z, 0-9, a dot inside a word), separated by single spaces`];
}

/**
 * Problems with a word as it appears inside a domain label (`secure`, `signin`): labels are compared
 * with their hyphens removed, so a word is lowercase a-z and 0-9 only, at most 63 characters.
 */
export function domainWordProblems(word: string): string[] {
  if (word !== word.toLowerCase()) return [`word must be lowercase: write "${word.toLowerCase()}"`];
  return /^[a-z0-9]{1,63}$/.test(word) ? [] : [`"${word}" is not a domain word: 1–63 of a-z and 0-9 (labels are compared without hyphens)`];
}

/**
 * Problems with a free-hosting host, which may hold one `{region}` (a cloud region name, matched by
 * core/links/free-hosting.ts): it ends a label (`s3.{region}.…`, `s3-website-{region}.…`) and at
 * least two labels follow it, so a pattern never stands for a whole domain. The host with a region
 * put in must be a valid hostname.
 */
export function freeHostProblems(host: string): string[] {
  if (!host.includes('{') && !host.includes('}')) return hostnameProblems(host);
  const at = host.indexOf(REGION_PLACEHOLDER);
  if (at < 0 || host.split('{').length !== 2 || host.split('}').length !== 2) {
    return [`the only placeholder a host may hold is one "${REGION_PLACEHOLDER}"`];
  }
  if (at === 0) return [`"${REGION_PLACEHOLDER}" needs the service's name before it, e.g. "s3.${REGION_PLACEHOLDER}.amazonaws.com"`];
  const after = host.slice(at + REGION_PLACEHOLDER.length);
  if (!after.startsWith('.') || after.split('.').length < 3) {
    return [`"${REGION_PLACEHOLDER}" must end a label and be followed by at least two labels, e.g. "s3.${REGION_PLACEHOLDER}.amazonaws.com"`];
  }
  return hostnameProblems(host.replace(REGION_PLACEHOLDER, 'us-east-1'));
}

/**
 * Problems with a fragment matched case-insensitively inside a text or a URL path (`verif`,
 * `/ls/`): lowercase, 2–40 of a-z, 0-9, "/", ".", "_", "-". The core matches the fragments as
 * escaped literals, never as patterns.
 */
export function fragmentProblems(fragment: string): string[] {
  if (fragment !== fragment.toLowerCase()) return [`fragment must be lowercase: write "${fragment.toLowerCase()}"`];
  return /^[a-z0-9/._-]{2,40}$/.test(fragment) ? [] : [`"${fragment}" is not a fragment: 2–40 of a-z, 0-9, "/", ".", "_", "-"`];
}
