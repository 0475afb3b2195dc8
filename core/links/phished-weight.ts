/**
 * How strongly a link whose text shows one registrable domain and whose target is another reads as
 * phishing, 0–1: a port of the weight rspamd's phishing plugin gives its `PHISHING` symbol
 * (src/plugins/lua/phishing.lua, 3.4 and master; the symbol scores 4.0 × this weight, once a
 * message). A target that nearly spells the shown domain, or that mixes ASCII and non-ASCII where
 * the other does not, weighs 1; a wholly different name 0.5; names in between tanh(3 (1.1 − d)),
 * 0.29–0.98, where d is rspamd's normalised edit distance. rspamd's confusable-character check
 * (ICU uspoof) is not ported: lookalike-domain scores that signal.
 */

/** Longest name compared, in UTF-16 units; longer pairs count as different names (DNS names are ≤ 253, real ones far shorter). */
const MAX_COMPARED = 64;

/**
 * rspamd's edit distance (src/libutil/str_util.c, rspamd_strings_levenshtein_distance) with its
 * replace cost 2 as the phishing plugin calls it: insert and delete cost 1, a changed character 2,
 * two swapped neighbours 2.
 */
function rspamdDistance(first: string, second: string): number {
  const [s1, s2] = first.length > second.length ? [second, first] : [first, second];
  let transposed: number[] = new Array<number>(s1.length + 1).fill(0);
  let previous: number[] = Array.from({ length: s1.length + 1 }, (_, index) => index);
  let current: number[] = new Array<number>(s1.length + 1).fill(0);
  let lastC2 = '';
  for (let i = 1; i <= s2.length; i++) {
    const c2 = s2[i - 1] as string;
    current[0] = i;
    let lastC1 = '';
    for (let j = 1; j <= s1.length; j++) {
      const c1 = s1[j - 1] as string;
      const replace = c1 === c2 ? 0 : 2;
      let value = Math.min((current[j - 1] as number) + 1, (previous[j] as number) + 1, (previous[j - 1] as number) + replace);
      if (j >= 2 && c1 === lastC2 && c2 === lastC1) value = Math.min(value, (transposed[j - 2] as number) + replace);
      current[j] = value;
      lastC1 = c1;
    }
    lastC2 = c2;
    [transposed, previous, current] = [previous, current, transposed];
  }
  return previous[s1.length] as number;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The weight rspamd gives a link that shows `shown` and goes to `target` (both registrable domains, different). */
export function phishedWeight(shown: string, target: string): number {
  if (shown === target) return 0;
  let a = target;
  let b = shown;
  // rspamd drops the last label when both end in the same one (`paypal.com` / `paypa1.com` → `paypal` / `paypa1`).
  const lastA = a.lastIndexOf('.');
  const lastB = b.lastIndexOf('.');
  if (lastA > 0 && lastB > 0 && a.slice(lastA) === b.slice(lastB)) {
    a = a.slice(0, lastA);
    b = b.slice(0, lastB);
  }
  const differentScripts = isAscii(target) !== isAscii(shown);
  if (a.length + b.length === 0 || a.length > MAX_COMPARED || b.length > MAX_COMPARED) return differentScripts ? 1 : 0.5;
  const distance = (2 * rspamdDistance(a, b)) / (a.length + b.length);
  if (distance <= 0.3) return 1;
  if (distance <= 1) return Math.tanh(3 * (1 - distance + 0.1));
  return differentScripts ? 1 : 0.5;
}
