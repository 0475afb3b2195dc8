/**
 * How strongly a link whose text shows one registrable domain and whose target is another reads as
 * phishing, 0–1: a port of the weight rspamd's phishing plugin gives its `PHISHING` symbol
 * (src/plugins/lua/phishing.lua 3.4, lines 245–291; the symbol scores 4.0 × this weight, once a
 * message). A target that nearly spells the shown domain, or that mixes ASCII and non-ASCII where
 * the other does not, weighs 1; a wholly different name 0.5; names in between tanh(3 (1.1 − d)),
 * 0.29–0.98, where d is rspamd's normalised edit distance. rspamd's confusable-character check
 * (ICU uspoof) is not ported: lookalike-domain scores that signal. Names are compared in UTF-16
 * units (rspamd: UTF-8 bytes) and punycode as written (rspamd 3.4 does not decode it either).
 *
 * rspamd master differs (commit 716bc3913, 2026-07-08; phishing.lua master 305–357): it compares
 * only the registrable labels (`brand` of `brand.co.uk`) rather than the names less a shared last
 * label, and gives the same label under another suffix weight 0 (3.4 weighs it by distance, often
 * 1). link-text-mismatch sets that case aside before this weight, at 1.0 point.
 */
import { isAscii } from '../text/characters.ts';

/** Longest name compared, in UTF-16 units; longer pairs count as different names (DNS names are ≤ 253, real ones far shorter). */
const MAX_COMPARED = 64;

/** Rows of the distance table and letter counts, made once for a message's pairs rather than per pair. */
interface Scratch {
  /** three rows of MAX_COMPARED + 1 cells: two rows back, the last row, this row */
  readonly rows: Int32Array;
  /** per UTF-16 unit below 128, how many of the first name's are left; always all 0 between calls */
  readonly ascii: Int32Array;
}

function newScratch(): Scratch {
  return { rows: new Int32Array(3 * (MAX_COMPARED + 1)), ascii: new Int32Array(128) };
}

/**
 * rspamd's edit distance (src/libutil/str_util.c, rspamd_strings_levenshtein_distance) with its
 * replace cost 2 as the phishing plugin calls it: insert and delete cost 1, a changed character 2,
 * two swapped neighbours 2. Names of at most MAX_COMPARED units.
 */
function rspamdDistance(first: string, second: string, scratch: Scratch): number {
  const [s1, s2] = first.length > second.length ? [second, first] : [first, second];
  const width = MAX_COMPARED + 1;
  const { rows } = scratch;
  // Row offsets in `rows`, rotated after each row as the three arrays were.
  let transposed = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= s1.length; j++) {
    rows[transposed + j] = 0;
    rows[previous + j] = j;
    rows[current + j] = 0;
  }
  let lastC2 = -1;
  for (let i = 1; i <= s2.length; i++) {
    const c2 = s2.charCodeAt(i - 1);
    rows[current] = i;
    let lastC1 = -1;
    for (let j = 1; j <= s1.length; j++) {
      const c1 = s1.charCodeAt(j - 1);
      const replace = c1 === c2 ? 0 : 2;
      let value = Math.min((rows[current + j - 1] as number) + 1, (rows[previous + j] as number) + 1, (rows[previous + j - 1] as number) + replace);
      if (j >= 2 && c1 === lastC2 && c2 === lastC1) value = Math.min(value, (rows[transposed + j - 2] as number) + replace);
      rows[current + j] = value;
      lastC1 = c1;
    }
    lastC2 = c2;
    const oldTransposed = transposed;
    transposed = previous;
    previous = current;
    current = oldTransposed;
  }
  return rows[previous + s1.length] as number;
}

/** `first.slice(firstAt) === second.slice(secondAt)`, without the two copies. */
function sameFrom(first: string, firstAt: number, second: string, secondAt: number): boolean {
  const length = first.length - firstAt;
  if (length !== second.length - secondAt) return false;
  for (let i = 0; i < length; i++) if (first.charCodeAt(firstAt + i) !== second.charCodeAt(secondAt + i)) return false;
  return true;
}

/**
 * With replace and swap costing 2, one delete and one insert, rspamd's distance is the length of
 * both names less twice their longest common subsequence, and that subsequence holds at most the
 * letters both names share (counted with repeats). So this is a lower bound of the distance, found
 * in one pass over the names.
 */
function distanceAtLeast(first: string, second: string, scratch: Scratch): number {
  if (!isAscii(first)) return distanceAtLeastAnyUnits(first, second);
  const { ascii } = scratch;
  for (let i = 0; i < first.length; i++) {
    const code = first.charCodeAt(i);
    ascii[code] = (ascii[code] as number) + 1;
  }
  let shared = 0;
  for (let i = 0; i < second.length; i++) {
    const code = second.charCodeAt(i);
    if (code < 128 && (ascii[code] as number) > 0) {
      shared++;
      ascii[code] = (ascii[code] as number) - 1;
    }
  }
  for (let i = 0; i < first.length; i++) ascii[first.charCodeAt(i)] = 0;
  return first.length + second.length - 2 * shared;
}

/** distanceAtLeast for a first name with units past ASCII, counted in a Map. */
function distanceAtLeastAnyUnits(first: string, second: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < first.length; i++) {
    const code = first.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < second.length; i++) {
    const code = second.charCodeAt(i);
    const left = counts.get(code) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(code, left - 1);
    }
  }
  return first.length + second.length - 2 * shared;
}

/**
 * Edit-distance table cells a caller lets phishedWeight fill; it takes what it fills, and a cell a
 * letter for the pass over both names. Made by `distanceBudget`, it also carries the table's rows,
 * reused from pair to pair.
 */
export interface DistanceBudget {
  cells: number;
  readonly scratch?: Scratch;
}

/** A budget of `cells` for one message's pairs. */
export function distanceBudget(cells: number): DistanceBudget {
  return { cells, scratch: newScratch() };
}

/**
 * The weight rspamd gives a link that shows `shown` and goes to `target` (both registrable domains,
 * different). With a budget, a pair whose table would not fit in what is left counts as different
 * names, as a pair of over-long names does, and costs nothing more.
 */
export function phishedWeight(shown: string, target: string, budget?: DistanceBudget): number {
  if (shown === target) return 0;
  // rspamd drops the last label when both end in the same one (`paypal.com` / `paypa1.com` → `paypal` / `paypa1`).
  // The lengths decide first; the names are cut only for a pair that is compared (past the budget, none is).
  const lastA = target.lastIndexOf('.');
  const lastB = shown.lastIndexOf('.');
  const cut = lastA > 0 && lastB > 0 && sameFrom(target, lastA, shown, lastB);
  const lengthA = cut ? lastA : target.length;
  const lengthB = cut ? lastB : shown.length;
  const differentScripts = isAscii(target) !== isAscii(shown);
  const unrelated = differentScripts ? 1 : 0.5;
  if (lengthA + lengthB === 0 || lengthA > MAX_COMPARED || lengthB > MAX_COMPARED) return unrelated;
  const cells = lengthA * lengthB;
  if (budget && cells > budget.cells) return unrelated;
  const a = cut ? target.slice(0, lastA) : target;
  const b = cut ? shown.slice(0, lastB) : shown;
  // Names that share too few letters are different names (d > 1) whatever their order: a pass over
  // them (charged as one cell a letter) instead of the table.
  if (budget) budget.cells -= a.length + b.length;
  const scratch = budget?.scratch ?? newScratch();
  if (2 * distanceAtLeast(a, b, scratch) > a.length + b.length) return unrelated;
  if (budget) budget.cells = Math.max(0, budget.cells - cells);
  const distance = (2 * rspamdDistance(a, b, scratch)) / (a.length + b.length);
  if (distance <= 0.3) return 1;
  if (distance <= 1) return Math.tanh(3 * (1 - distance + 0.1));
  return unrelated;
}
