/**
 * Whether the mailbox name of an address (the local part, before `@`) looks machine-made: a random
 * token such as `vPQXadn` or `eon4ukm59w5v` rather than a word, a name or a role (`news`,
 * `jane.doe`, `support`). Snowshoe spam and phishing runs send from mailboxes generated for the
 * run on throwaway domains; a sender that stands behind its mail writes from a stable mailbox a
 * reader could write back to. SpamAssassin tests the same idea with FROM_LOCAL_NOVOWEL (a run of
 * consonants) and FROM_LOCAL_HEX.
 *
 * Only a mailbox name that is one such token counts. Per-recipient codes are not machine-made in
 * this sense: ESPs of every era put VERP tokens and subscriber numbers in the From of real
 * newsletters (`Online#3.19578.34-UgGTgZFN19NAr9RR.1@newsletter.example`,
 * `list-ED20D7B9A49E402C@…`); they are long, made of several parts, or hexadecimal, and are left out.
 *
 * Pure and linear: one scan of at most MAX_LENGTH characters.
 */

/** Shorter names (`jo`, `eBay`) carry too little to judge… */
const MIN_LENGTH = 6;
/** …and longer ones are codes, not names. */
const MAX_LENGTH = 16;
/** Letter↔digit switches inside one token from which it reads as random (`eon4ukm59w5v`: 6). */
const MIN_SWITCHES = 3;
/** Case segments (`v|PQ|Xadn`) of a letters-only token from which it may read as random… */
const MIN_SEGMENTS = 3;
/** …when they are this short on average: words in TitleCase (`TopSpecialOffers`) are longer. */
const MAX_MEAN_SEGMENT = 2.5;

export type MachineMade = 'mixed-case' | 'letters-and-digits';

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const isLower = (c: string): boolean => c >= 'a' && c <= 'z';
const isHexDigit = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

/** Letter↔digit switches of an ASCII letters-and-digits token (`ab1c` → 2). */
function letterDigitSwitches(token: string): number {
  let switches = 0;
  for (let i = 1; i < token.length; i++) if (isDigit(token[i]!) !== isDigit(token[i - 1]!)) switches++;
  return switches;
}

/**
 * Case segments of a letters-only token, each a word of TitleCase, lower case or capitals:
 * `CopyMyDVDcom` → Copy|My|DV|Dcom (4), `vPQXadn` → v|PQ|Xadn (3).
 */
function caseSegments(token: string): number {
  let segments = 1;
  for (let i = 1; i < token.length; i++) {
    if (!isUpper(token[i]!)) continue;
    const afterLower = isLower(token[i - 1]!);
    const startsWord = isUpper(token[i - 1]!) && i + 1 < token.length && isLower(token[i + 1]!);
    if (afterLower || startsWord) segments++;
  }
  return segments;
}

/** How the local part looks machine-made, or null when it reads as a name, a word or a code. */
export function machineMadeMailbox(localPart: string): MachineMade | null {
  const token = localPart;
  if (token.length < MIN_LENGTH || token.length > MAX_LENGTH || !/^[A-Za-z0-9]+$/.test(token)) return null;
  const chars = [...token];
  if (chars.some(isDigit)) {
    const code = chars.every(isHexDigit);
    return !code && chars.some((c) => !isDigit(c)) && letterDigitSwitches(token) >= MIN_SWITCHES ? 'letters-and-digits' : null;
  }
  const segments = caseSegments(token);
  return segments >= MIN_SEGMENTS && token.length / segments < MAX_MEAN_SEGMENT ? 'mixed-case' : null;
}

/** The local part of an address (`a.b@example.com` → `a.b`); the whole string when it has no `@`. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at);
}
