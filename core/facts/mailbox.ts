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
/** Characters without a vowel in a row from which a letters-and-digits token may not be said (`59tl`), unless they are a word's clusters (`ckstr`). */
const MIN_CONSONANT_RUN = 4;
/** Case segments (`v|PQ|Xadn`) of a letters-only token from which it may read as random, with a lone small letter beside capitals… */
const MIN_SEGMENTS = 3;
/** …or without one (`k|Rt|Qz|Pw`); names in syllables (`Xu|Yi|Qi`, `Le|Van|An`) have three… */
const MIN_RANDOM_SEGMENTS = 4;
/** …when they are this short on average: words in TitleCase (`TopSpecialOffers`) are longer. */
const MAX_MEAN_SEGMENT = 2.5;

/** A title or a brand's small letter at the start, before a capital: `Dr|JKim`, `Mrs|Lee`, `i|OSDevUK`, `e|Bay`. */
const WORD_PREFIX = /^(?:Dr|Mr|Mrs|Ms|Prof|[ie])(?=[A-Z])/;

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
 * `CopyMyDVDcom` → Copy|My|DV|Dcom, `vPQXadn` → v|PQ|Xadn.
 */
function caseSegments(token: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let i = 1; i < token.length; i++) {
    if (!isUpper(token[i]!)) continue;
    const afterLower = isLower(token[i - 1]!);
    const startsWord = isUpper(token[i - 1]!) && i + 1 < token.length && isLower(token[i + 1]!);
    if (afterLower || startsWord) {
      segments.push(token.slice(start, i));
      start = i;
    }
  }
  segments.push(token.slice(start));
  return segments;
}

/** Whether case segments read as names and initials: each one capitals only (`J`, `OS`, `MD`) or with a vowel (`Kim`, `Dev`), not `Qz|Rt|Pw`. */
const readAsNames = (segments: readonly string[]): boolean => segments.every((segment) => /^[A-Z]+$/.test(segment) || /[aeiouy]/i.test(segment));

/**
 * Digits that stand for a vowel sound in handles people choose (`m1ke`, `t3chn1c1an`, `r2d2`,
 * `gr8m8s`, `h4ck3r`): they break a consonant run. The others stand for the consonant they look
 * like in leetspeak (`n1ck5ter`: s, `rx7`: t) and are read as that letter.
 */
const VOWEL_DIGITS = '012348';
const CONSONANT_DIGITS: Readonly<Record<string, string>> = { '5': 's', '6': 'b', '7': 't', '9': 'g' };
const isVowel = (c: string): boolean => 'aeiouyAEIOUY'.includes(c) || VOWEL_DIGITS.includes(c);
const isLetterVowel = (c: string): boolean => 'aeiouyAEIOUY'.includes(c);

/**
 * Consonant clusters English spelling starts a syllable with (`str` in backstreet, `st` in
 * nickster) and ends one with (`ck`, `ght`, `rld`). A run between vowels can be said when it is a
 * syllable's end followed by the next one's start (`ck|str`); single consonants are both.
 */
const ONSETS: ReadonlySet<string> = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr ph pl pr ps sc sh sk sl sm sn sp st sv sw th tr tw wh wr sch scr shr sph spl spr str thr chr phr'.split(' '),
);
const CODAS: ReadonlySet<string> = new Set(
  ('ch ck sh th ng nk nd nt nc ns nch nth ld lt lk lf lm lp ls lb lch lth rd rt rk rm rn rp rs rb rg rl rf rth rch rsh rst rld rts rks rds rns rms rls ' +
    'ft pt ct xt st sk sp ss ll ff zz tz mp mb mn ms ps ts ks ds gs bs ght gh ph tch hn cks nks nds nts lds lts sts sks mps pts cts fts ngs ngth wn wl wd wk ws').split(' '),
);
const isOnset = (s: string): boolean => s.length <= 1 || ONSETS.has(s);
const isCoda = (s: string): boolean => s.length <= 1 || CODAS.has(s);

/** Whether a run of consonants can be said where it stands: a syllable's end, then the next one's start. */
function sayable(run: string, atStart: boolean, atEnd: boolean): boolean {
  for (let split = 0; split <= run.length; split++) {
    const coda = run.slice(0, split);
    const onset = run.slice(split);
    if (atStart && coda !== '') continue;
    if (atEnd && onset !== '') continue;
    if (isCoda(coda) && isOnset(onset)) return true;
  }
  return false;
}

/**
 * Whether a letters-and-digits token holds a run without a vowel that no one could say, trailing
 * digits (`k8lyn99`, `m1ke2010`: a year or a number added to a handle) left out: digits jumbled in
 * among consonants (`km59w5v` in `eon4ukm59w5v`, `59tl`, `xk7q` in `xk7q2z`). A run counts from
 * MIN_CONSONANT_RUN characters, a digit read as the letter it stands for, unless it is a word's
 * own clusters (`ckstr` in `b4ckstr33t`, `ck5t` = ckst in `n1ck5ter`). A consonant digit between
 * a code or a word's end and a word (`rx7fan99`, a model and a word) separates rather than joins.
 */
function hasUnsayableRun(token: string): boolean {
  let end = token.length;
  while (end > 0 && isDigit(token[end - 1]!)) end--;
  let run = '';
  let runStart = 0;
  const unsayable = (at: number): boolean => run.length >= MIN_CONSONANT_RUN && !sayable(run, runStart === 0, at === end);
  for (let i = 0; i < end; i++) {
    const c = token[i]!;
    if (isVowel(c)) {
      if (unsayable(i)) return true;
      run = '';
      runStart = i + 1;
      continue;
    }
    // The run before is a code at the start (`rx`) or a word's end (`ck` in `n1ck5ter`), not random letters (`qq` in `giqq9do`).
    if (isDigit(c) && (runStart === 0 || isCoda(run)) && startsWord(token, i + 1, end)) {
      if (unsayable(end)) return true;
      run = '';
      runStart = i + 1;
      continue;
    }
    run += isDigit(c) ? CONSONANT_DIGITS[c]! : c.toLowerCase();
  }
  return unsayable(end);
}

/** Whether the letters from `start` begin a word: a cluster a syllable can start with, then a vowel letter (`fan` after `rx7`). */
function startsWord(token: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && !isDigit(token[i]!) && !isLetterVowel(token[i]!)) i++;
  return i > start && i < end && isLetterVowel(token[i]!) && isOnset(token.slice(start, i).toLowerCase());
}

/**
 * Whether one letter stands between two digit runs, one of them of three or more digits
 * (`jennifer3530t76`, `va7keji8d0682`): the serial-and-check-letter shape of generated senders.
 * Handles put single digits for sounds around a letter (`r2d2fan`, `gr8m8s`) or a short year
 * (`mike2k19`) and are left out.
 */
function letterBetweenNumbers(token: string): boolean {
  const digitsFrom = (start: number, step: 1 | -1): number => {
    let count = 0;
    for (let j = start; j >= 0 && j < token.length && isDigit(token[j]!); j += step) count++;
    return count;
  };
  for (let i = 1; i + 1 < token.length; i++) {
    if (isDigit(token[i]!) || !isDigit(token[i - 1]!) || !isDigit(token[i + 1]!)) continue;
    if (digitsFrom(i - 1, -1) >= 3 || digitsFrom(i + 1, 1) >= 3) return true;
  }
  return false;
}

/** Whether a lone small letter stands beside a run of two or more capitals (`vPQXadn`, `kRTqz`). */
function loneLowerBesideCapitals(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    if (!isLower(token[i]!)) continue;
    const before = i > 0 ? token[i - 1]! : '';
    const after = i + 1 < token.length ? token[i + 1]! : '';
    if (isLower(before) || isLower(after)) continue;
    const capitalsBefore = i >= 2 && isUpper(before) && isUpper(token[i - 2]!);
    const capitalsAfter = i + 2 < token.length && isUpper(after) && isUpper(token[i + 2]!);
    if (capitalsBefore || capitalsAfter) return true;
  }
  return false;
}

/** How the local part looks machine-made, or null when it reads as a name, a word or a code. */
export function machineMadeMailbox(localPart: string): MachineMade | null {
  const token = localPart;
  if (token.length < MIN_LENGTH || token.length > MAX_LENGTH || !/^[A-Za-z0-9]+$/.test(token)) return null;
  const chars = [...token];
  if (chars.some(isDigit)) {
    if (chars.every(isHexDigit) || !chars.some((c) => !isDigit(c)) || letterDigitSwitches(token) < MIN_SWITCHES) return null;
    // Handles mix letters and digits too (`k8lyn99`, `me2you4ever`): random only with a run no one could say or a serial.
    return hasUnsayableRun(token) || letterBetweenNumbers(token) ? 'letters-and-digits' : null;
  }
  // A title (`DrJKim`) or a brand's small i/e (`iOSDevUK`, `eBay`) in front of names and initials is a word, not a stray
  // letter: a title is a segment of its own, a brand's letter part of the word after it. In front of a jumble (`iQzRtPw`,
  // `DrXqKzW`) it is not, and the whole token is judged.
  const prefix = WORD_PREFIX.exec(token)?.[0] ?? '';
  const rest = token.slice(prefix.length);
  const restSegments = caseSegments(rest);
  const prefixed = prefix !== '' && readAsNames(restSegments);
  const segments = prefixed ? restSegments.length + (prefix.length > 1 ? 1 : 0) : caseSegments(token).length;
  if (token.length / segments >= MAX_MEAN_SEGMENT) return null;
  // A title is no sign of randomness: after one, the names alone are counted (`DrXuYiQi` is `XuYiQi`).
  if (prefixed) return restSegments.length >= MIN_RANDOM_SEGMENTS || (restSegments.length >= MIN_SEGMENTS && loneLowerBesideCapitals(rest)) ? 'mixed-case' : null;
  // Names in short syllables (`XuYiQi`, `AnnaMcK`, `HRinUSA`) have three segments; random tokens more, or a stray small letter.
  return segments >= MIN_RANDOM_SEGMENTS || (segments >= MIN_SEGMENTS && loneLowerBesideCapitals(prefixed ? rest : token)) ? 'mixed-case' : null;
}

/** The local part of an address (`a.b@example.com` → `a.b`); the whole string when it has no `@`. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at);
}
