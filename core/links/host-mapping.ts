/**
 * A link host read as a browser reads it: the UTS #46 mapping the WHATWG URL parser applies before
 * it looks a host up (issue #11). `http://ｐａｙｐａｌ.com` (full-width letters), `http://paypal。com`
 * (ideographic full stop), `http://pay\u200bpal.com` (zero-width space) and `http://pay\u00adpal.com`
 * (soft hyphen) all open paypal.com, so a rule that read the host as written was blind to them.
 *
 * No mapping table (tr46's table and regexes are 210 kB unminified, and it needs `punycode`): UTS #46's mapping
 * is, for the code points a browser accepts in a host, NFKC with case folding, the three dots
 * below and the ignored code points removed. `String.prototype.normalize('NFKC')` and `toLowerCase`
 * do all but a few case foldings that lower-casing does not (Cherokee, Greek iota subscripts, some
 * sigmas, U+1C80–U+1C88, U+1E9E), done here by hand. Checked against Node's `new URL().hostname`
 * for every code point (scripts/check-host-mapping.ts) and on generated hosts
 * (test/links/host-mapping.test.ts). Hosts a
 * browser refuses (unassigned or disallowed code points) are mapped too where NFKC says how;
 * such a link opens nothing, so what the rules read for it matters little.
 */

/** UTS #46 "ignored": removed from a host (soft hyphen, zero-width space, word joiner, variation selectors, BOM…). */
function isIgnored(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x34f ||
    (code >= 0x180b && code <= 0x180d) ||
    code === 0x180f ||
    code === 0x200b ||
    code === 0x2060 ||
    code === 0x2064 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    (code >= 0x1bca0 && code <= 0x1bca3) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

/** Forbidden in a host once mapped (WHATWG "forbidden domain code point"): such a mapping makes no host. */
const FORBIDDEN = /[\0-\x20#%/:<>?@[\\\]^|\x7f]/;
/** Sigmas that NFKC makes a final ς (lunate ϲ, the mathematical final sigmas) but UTS #46 maps to σ. */
const SIGMAS_BEFORE_NFKC = /[\u03f2\u{1d6d3}\u{1d70d}\u{1d747}\u{1d781}\u{1d7bb}]/gu;
/** Lower-cased characters whose case folding is another character (Cherokee, U+1C80–U+1C88, iota subscripts). */
const NEEDS_FOLD = /[\u0345\u13f8-\u13fd\u1c80-\u1c88\u1f80-\u1fff\uab70-\uabbf]/;
const CYRILLIC_FOLDS = ['в', 'д', 'о', 'с', 'т', 'т', 'ъ', 'ѣ', 'ꙋ'];
const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g;

/** Case folding where lower-casing falls short; `text` is already lower-cased and NFKC. */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xab70 && code <= 0xabbf) out += String.fromCharCode(code - 0xab70 + 0x13a0);
    else if (code >= 0x13f8 && code <= 0x13fd) out += String.fromCharCode(code - 8);
    else if (code >= 0x1c80 && code <= 0x1c88) out += CYRILLIC_FOLDS[code - 0x1c80];
    else out += char;
  }
  // An iota subscript (alone, or in a precomposed Greek letter) folds to a full iota after its letter.
  return out.normalize('NFD').replace(/\u0345/g, 'ι').normalize('NFKC');
}

/** `host` less the code points UTS #46 ignores (U+00AD, U+200B, U+FEFF, variation selectors…). */
export function withoutIgnored(host: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < host.length; i++) {
    const code = host.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isIgnored(code)) {
      kept += host.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? host : kept + host.slice(from);
}

/** The host has a code point UTS #46 ignores: invisible in the address bar, dropped from the name. */
export function hasIgnored(host: string): boolean {
  return withoutIgnored(host) !== host;
}

/**
 * The host holds a zero-width character a browser drops and nothing renders: rspamd's set for
 * ZERO_WIDTH_SPACE_URL (IS_ZERO_WIDTH_SPACE, str_util.h, 3.4: U+00AD, U+200B, U+FEFF; its U+200C
 * and U+200D a browser keeps or refuses, never drops), plus the word joiner U+2060 and invisible
 * plus U+2064, as invisible and as dropped. Not the variation selectors, U+034F or the Mongolian
 * selectors: an emoji host (`i❤️.ws`) holds them honestly.
 */
export function hasZeroWidth(host: string): boolean {
  return /[\u00ad\u200b\u2060\u2064\ufeff]/.test(host);
}

/** The host has one of the dots UTS #46 reads as `.`, which NFKC alone does not (U+3002). */
export function hasIdeographicDot(host: string): boolean {
  return /[\u3002\uff0e\uff61]/.test(host);
}

/**
 * `host` (percent-decoded, ignored code points removed, cut at its first space, any case) as UTS
 * #46 maps it, lower-cased; null when the mapping gives a character no host may hold (`／`, `：`,
 * `＠` map to `/`, `:`, `@`, which a browser refuses rather than reads as a delimiter).
 */
export function mapHost(host: string): string | null {
  // Σ lowers to ς at the end of a word, ẞ to ß; UTS #46 folds every sigma to σ and ẞ to ss.
  let mapped = host.replace(SIGMAS_BEFORE_NFKC, 'σ').normalize('NFKC').replace(/\u03a3/g, 'σ').replace(/\u1e9e/g, 'ss').toLowerCase();
  if (NEEDS_FOLD.test(mapped)) mapped = fold(mapped);
  mapped = mapped.replace(IDEOGRAPHIC_DOTS, '.');
  return FORBIDDEN.test(mapped) ? null : mapped;
}
