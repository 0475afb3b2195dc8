/**
 * URLs written in text: bare links in a plain-text mail, and the domain a link's text shows
 * (`<a href="http://evil.example">www.paypal.com</a>`). linkifyjs knows the TLD list and URL
 * grammar; it is called only from here because it keeps a global plugin registry.
 *
 * linkify scans about 1.5 MB/s, too slow for every pause in typing on a long draft, so it only
 * sees the whitespace-delimited words that can hold a URL, found in one pass: words with `://`
 * or `www.`, and scheme-less addresses with a path (`tinyurl.com/y7k2m4pq`, `bit.ly/x`). Mail
 * apps make those clickable too, and spam writes them so to slip past filters that only read
 * `http://` (issue #11). A scheme-less word counts only when its host ends in a real ICANN
 * suffix and a path follows, so "e.g.", "node.js", "v1.2.3" and "report.pdf" are never links.
 */
import { find, tokenize } from 'linkifyjs';
import { parse as parseDomain } from 'tldts';
import { isAscii, isAsciiLetterOrDigit, isHexDigit, isRegExpSpace } from '../text/characters.ts';
import { hostDomainShown, parseUrl, registrableShown, shownNameDomain, type ParsedUrl } from './url.ts';
import { withoutIgnored } from './host-mapping.ts';

export interface FoundUrl {
  readonly href: string;
  readonly start: number;
  readonly end: number;
}

/** Most cuts in one word where prose runs on from an address (`proseRuns`). */
const MAX_CUTS = 32;
/** Longest stretch read either side of a marker: real URLs are far shorter. */
const MAX_BEFORE = 2048;
const MAX_AFTER = 4096;

/** End of text, `<`, `>`, `"` or white space (as `\s` reads it): what ends a word that may hold a URL. */
function isBoundaryAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return code === 0x3c || code === 0x3e || code === 0x22 || isRegExpSpace(code);
}

/** Punctuation that may open a word before an address: `(bit.ly/x)`, `'example.com/a'`, `«…»`. */
const OPENING = /^[([{'‘“«¿¡*_]+/;
/**
 * CJK punctuation that may stand before an address in unspaced prose (`ください。bit.ly/x`,
 * `「www.example.jp」`, `：https://…`): the ideographic full stop and comma, corner brackets,
 * full-width brackets, colon, marks, the katakana middle dot.
 */
const CJK_OPENING = /^(?:(?=\p{P})[\u3000-\u303f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65])+/u;
/** Closing quotes linkify leaves on the end of a URL. */
const CLOSING = /[»”’›]+$/;
/**
 * A look-alike dot (`。`, `．`, `｡`) that ends a sentence in a URL linkify found: at the end, or
 * before anything but an ASCII or full-width letter, digit or hyphen (`paypal。com` and
 * `ｐａｙｐａｌ．ｃｏｍ` go on).
 */
const SENTENCE_STOP = /[\u3002\uff0e\uff61](?![0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a-])/;
/** One DNS label of a host written in text: letters, digits, inner hyphens. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** The last label, the TLD: letters (or an `xn--` IDN TLD), never digits alone. */
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/**
 * A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar)
 * or whose particles attach to the word before (Hangul): prose in these runs straight into an
 * address (`詳しくはwww.example.co.jp`), which linkify would read as one host name. Tested on the
 * two code units before a position, so a letter beyond the BMP (a surrogate pair) counts too.
 * `UNSPACED_SCRIPTS` is the class of those scripts, which the regexes below share.
 */
const UNSPACED_SCRIPTS = String.raw`[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]`;
const UNSPACED_LETTER_BEFORE = new RegExp(String.raw`(?=\p{L})${UNSPACED_SCRIPTS}$`, 'u');

/** A character linkify keeps in a host name it reads: a letter, digit, mark, either half of a surrogate pair, `-`. */
const HOST_CHARACTER = /[\p{L}\p{N}\p{M}\p{Cs}-]/u;

/** One code point (tested alone): a letter of a script written without spaces, as `UNSPACED_LETTER_BEFORE` reads one. */
const UNSPACED_LETTER = new RegExp(String.raw`^(?=\p{L})${UNSPACED_SCRIPTS}$`, 'u');
/** One code point (tested alone): a letter or mark of those scripts (Thai vowel signs, the kana voicing marks), what their prose is made of. */
const UNSPACED_CHARACTER = new RegExp(String.raw`^(?=[\p{L}\p{M}])${UNSPACED_SCRIPTS}$`, 'u');

/**
 * Where prose without spaces runs on from an address in the word [start, end): the ends and starts
 * of the pieces around each such run, `[end of piece 1, start of piece 2, …]`, or null when there
 * is none. A run of Han, kana, Hangul or Thai letters straight after an ASCII letter or digit
 * (`www.example.comまたはwww.evil.com`) may be prose: the address ends where it begins and another
 * may start after it, as Twitter's extractor reads them (twitter/twitter-text conformance/extract.yml,
 * "Extract URLs with and without protocol surrounded by CJK characters": `http://twitter.com/これは
 * 日本語です。example.com中国語…` gives `http://twitter.com/` and `example.com`). Where it stands
 * decides (`cutsHost`, `cutsPath`); names written in Han from their first letter (`例え.jp`,
 * `www.例え.jp`, `https://example.jp/お知らせ`), which no ASCII letter precedes, are never cut.
 * One pass over the word; each run is read once, and what is read either side of it is bounded.
 */
function proseRuns(text: string, start: number, end: number): number[] | null {
  let runs: number[] | null = null;
  // Where the host of the address being read starts (after `://`, or the piece), and whether a
  // `/`, `?` or `#` after it has begun its path.
  let host = start;
  let inPath = false;
  let userinfo: UserinfoAhead | undefined;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) {
      host = i + 3;
      inPath = false;
      i += 2;
      continue;
    }
    if (code === 0x2f || code === 0x3f || code === 0x23) {
      inPath = true;
      continue;
    }
    // Thai is the first of the scripts in code point order (U+0E00).
    if (i === start || code < 0x0e00 || !isAsciiLetterOrDigit(text.charCodeAt(i - 1))) continue;
    let after = i + unspacedLength(text, i, UNSPACED_LETTER);
    if (after === i) continue;
    for (let length = 1; after < end && length > 0; after += length) length = unspacedLength(text, after, UNSPACED_CHARACTER);
    // In a path, prose and then CJK punctuation before the next address (`/wiki/JR東日本「https://…`)
    // may be the path's own letters: the punctuation ends it.
    // The user information ahead is looked for only once a run would cut a host (UserinfoAhead).
    const cut = inPath ? cutsPath(text, after, end) : (cutsHost(text, host, i, after, end) && !(userinfo ??= new UserinfoAhead(text, end)).before(after) ? 0 : -1);
    if (cut >= 0) {
      (runs ??= []).push(cut > 0 ? after : i, after);
      // Each piece is one more linkify call: a word glued of thousands (`x.co/a日x.co/a日…`) is
      // no prose, and the rest of it is read as one piece, as a word without prose is.
      if (runs.length >= 2 * MAX_CUTS) break;
      host = after;
      inPath = false;
    }
    i = after - 1;
  }
  return runs;
}

/**
 * The length (0, 1 or 2 units) of the code point at `at` when `test` (`UNSPACED_LETTER` or
 * `UNSPACED_CHARACTER`) takes it, else 0. The common blocks answer without a regex: CJK
 * ideographs U+4E00–U+9FFF, Hangul syllables U+AC00–U+D7A3, hiragana U+3041–U+3096 and katakana
 * U+30A1–U+30FA are all letters of their scripts (a test checks each against the regex).
 */
export function unspacedLength(text: string, at: number, test: RegExp): number {
  const code = text.charCodeAt(at);
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa)) return 1;
  if (code < 0x0e00 || Number.isNaN(code)) return 0;
  const character = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return test.test(character) ? character.length : 0;
}

/** An ASCII letter, digit, `.` or `-`: what a host name written in ASCII is made of. */
function isAsciiHostUnit(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 0x2e || code === 0x2d;
}

/**
 * Whether an `@` follows a position before the next `/`, `?` or `#` (or the end of the word): the
 * prose then stands in a URL's user information (`https://www.paypal.com認証@evil.top/login`,
 * `…認証:pw@evil.top/`), whose host is what follows the `@`, and a cut would hide it. Asked at
 * positions that never decrease, each index is found once and kept until passed: linear in the word.
 */
class UserinfoAhead {
  /** The first `@`, `/`, `?` or `#` at or after the last position asked, or the end of the word. */
  private next = -1;

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  before(from: number): boolean {
    const { text, end } = this;
    if (this.next < from) {
      let next = from;
      while (next < end && !isAuthorityEnd(text.charCodeAt(next))) next++;
      this.next = next;
    }
    return this.next < end && text.charCodeAt(this.next) === 0x40;
  }
}

/** `@`, `/`, `?` or `#`: what ends a URL's user information or its authority. */
function isAuthorityEnd(code: number): boolean {
  return code === 0x40 || code === 0x2f || code === 0x3f || code === 0x23;
}

/** A full-width ASCII letter or digit (U+FF10–FF19, FF21–FF3A, FF41–FF5A), which a host maps to ASCII. */
function isFullWidthLetterOrDigit(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** A Chinese or Japanese character (Han, Hiragana, Katakana): the class `HOST_DOT` and the two below share. */
const CJK_SCRIPTS = String.raw`[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]`;
/** A Chinese or Japanese character at the end of (`CJK_LAST`) or opening (`CJK_FIRST`) a short string: `HOST_DOT`'s test. */
const CJK_LAST = new RegExp(String.raw`${CJK_SCRIPTS}$`, 'u');
const CJK_FIRST = new RegExp(String.raw`^${CJK_SCRIPTS}`, 'u');

/**
 * The length of the dot of a host name at `at`, else 0: `.`, `%2e` (which a URL's host decodes),
 * or a look-alike dot (`．`, `｡`, `。`) read as `shownDomain` reads one (`HOST_DOT`), with no
 * Chinese or Japanese character either side (`evil。top`, `ｅｖｉｌ．ｔｏｐ`; not the full stop
 * of `ご覧ください。ABC`).
 */
function hostDotLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x2e) return 1;
  if (code === 0x25) return text.charCodeAt(at + 1) === 0x32 && (text.charCodeAt(at + 2) | 0x20) === 0x65 ? 3 : 0;
  if (code !== 0x3002 && code !== 0xff0e && code !== 0xff61) return 0;
  return CJK_LAST.test(text.slice(Math.max(0, at - 2), at)) || CJK_FIRST.test(text.slice(at + 1, at + 3)) ? 0 : 1;
}

/**
 * The length of the label character at `at` (0 when there is none): an ASCII or full-width letter
 * or digit, `-`, `_`, a `%XX` escape (not `%2e`, a dot), or a letter or mark of unspaced prose.
 * What a host linkify reads goes on with after a run of prose (`認証ｅｖｉｌ`, `認証_evil`, `認証%65vil`).
 */
function labelLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isAsciiLetterOrDigit(code) || code === 0x2d || code === 0x5f || isFullWidthLetterOrDigit(code)) return 1;
  if (code === 0x25) return isHexDigit(text.charCodeAt(at + 1)) && isHexDigit(text.charCodeAt(at + 2)) && hostDotLength(text, at) === 0 ? 3 : 0;
  return unspacedLength(text, at, UNSPACED_CHARACTER);
}

/**
 * Whether a run of prose [at, after) inside a host name (which starts at `host`) ends it: only
 * when what stands before the run is a registrable host already (`www.example.com|または`,
 * `www.example.cn|或者`, under an ICANN suffix), and after it no label goes on to a `.` (a label
 * of an IDN host: `ibm日本.jp`, `www.abc日本def.jp`; labels and dots as `labelLength` and
 * `hostDotLength` read them, so `認証ｅｖｉｌ．ｔｏｐ`, `認証%2eevil.top` and `認証_evil.top` go on)
 * unless that is a new `www.`. So
 * `https://paypal日本secure.com/login`, `www.paypal日本login.com` and `https://tokyo電力x.co.jp/`
 * stay one (mixed-script) host, which lookalike-domain reads; cutting them would hide the look-alike
 * behind a host that is no link (`paypal`) and a harmless one (`secure.com`).
 */
function cutsHost(text: string, host: number, at: number, after: number, end: number): boolean {
  let from = at;
  while (from > host && from > at - 254 && isAsciiHostUnit(text.charCodeAt(from - 1))) from--;
  while (text[from] === '.' || text[from] === '-') from++;
  if (from >= at || at - from > 253) return false;
  const name = text.slice(from, at);
  // Cheap first: a registrable name has a dot and a TLD of letters (or `xn--`) last.
  if (!TLD.test(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) || !name.includes('.')) return false;
  const info = parseDomain(name, { allowPrivateDomains: false });
  if (!info.isIcann || !info.domain || info.domain === info.publicSuffix) return false;
  if (indexOfWww(text.slice(after, after + 4), 0) === 0) return true;
  let next = after;
  while (next < end && next < after + 253) {
    const length = labelLength(text, next);
    if (length === 0) break;
    next += length;
  }
  const dot = next < end ? hostDotLength(text, next) : 0;
  return !(dot > 0 && next + dot < end && (labelLength(text, next + dot) > 0 || HOST_CHARACTER.test(text[next + dot] ?? '')));
}

/**
 * Whether a run of prose ending at `after` inside a URL's path, query or fragment ends the URL:
 * only when another address starts after it (and any CJK punctuation): `scheme://`, `www.` or a
 * scheme-less `host/path`. The answer is -1 when it does not, else how much CJK punctuation
 * stands between (0: the run itself ends the URL). Otherwise the path keeps its letters (`/wiki/JR東日本`,
 * `/news/2024年度`, `?q=tokyo東京`), as browsers, linkify and GitHub's autolinker keep them and
 * Wikipedia and search pages write them; twitter-text alone ends a path at the first Han letter.
 */
function cutsPath(text: string, after: number, end: number): number {
  const from = CJK_OPENING.exec(text.slice(after, Math.min(end, after + 16)))?.[0].length ?? 0;
  // Every address starts with an ASCII letter or digit (`(` may open a scheme-less one).
  const first = text.charCodeAt(after + from);
  if (after + from >= end || !(isAsciiLetterOrDigit(first) || first === 0x28)) return -1;
  const rest = text.slice(after, Math.min(end, after + 320));
  if (indexOfWww(rest.slice(from, from + 4), 0) === 0 || /^[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//.test(rest.slice(from, from + 36))) return from;
  return schemelessStart(rest.slice(from), true) === 0 ? from : -1;
}

/**
 * The URLs in the piece [start, end) of a word that prose cut (`proseRuns`), read as a word of its
 * own after any CJK punctuation that opens it (`。bit.ly/abc`, `「www.example.jp`): when it holds
 * `://`, `www.` (after any prose before it) or is a scheme-less address; never when it holds no
 * marker, as a word without one is never read (`または` + `evil.com` shows no link, as
 * `or evil.com` does not).
 */
function readPiece(text: string, pieceStart: number, end: number, found: FoundUrl[]): void {
  const start = pieceStart + (CJK_OPENING.exec(text.slice(pieceStart, Math.min(end, pieceStart + 64)))?.[0].length ?? 0);
  if (start >= end) return;
  const piece = text.slice(start, end);
  if (piece.includes('://')) return readUrls(text, start, end, -1, found);
  const www = indexOfWww(piece, 0);
  if (www >= 0) return readUrls(text, wwwStart(text, start, start + www), end, -1, found);
  const from = piece.includes('/') ? schemelessStart(piece, true) : -1;
  if (from >= 0) readUrls(text, start, end, start + from, found);
}

/**
 * A `.` in the run of letters, digits, marks, `-` and `.` that ends at `at`: linkify's host before
 * `www.`. Then the prose is no prose but labels of one host (`pаypal.com.ロwww.evil.com`, a look-alike
 * a client that links the whole word opens), and the address keeps them. Bounded by the word.
 */
function dottedHostBefore(text: string, start: number, at: number): boolean {
  for (let i = at - 1; i >= start; i--) {
    const c = text[i] ?? '';
    if (c === '.') return true;
    if (!HOST_CHARACTER.test(c)) return false;
  }
  return false;
}

/**
 * Where a scheme-less address starts in `word` (after opening punctuation), or -1: the word is
 * `host/path` (`host:port/path` when `port`: a piece of a word cut by prose, which linkify read
 * whole before) whose host has at least two labels under an ICANN suffix, with a registrable
 * domain, and whose path holds a letter or digit. Hosts are at most 253 characters, so the
 * label checks stay small.
 */
function schemelessStart(word: string, port = false): number {
  const start = afterProse(word, OPENING.exec(word)?.[0].length ?? 0);
  const slash = word.indexOf('/', start);
  if (slash <= start || slash - start > 259) return -1;
  if (!/[\p{L}\p{N}]/u.test(word.slice(slash + 1, slash + 65))) return -1;
  const written = word.slice(start, slash).toLowerCase();
  const host = port ? written.replace(/:[0-9]{1,5}$/, '') : written;
  if (host.length > 253) return -1;
  const labels = host.split('.');
  if (labels.length < 2 || !TLD.test(labels[labels.length - 1] ?? '')) return -1;
  if (!labels.every((label) => LABEL.test(label))) return -1;
  const info = parseDomain(host, { allowPrivateDomains: false });
  if (!info.isIcann || !info.domain || info.domain === info.publicSuffix) return -1;
  return start;
}

/**
 * Where the prose without spaces that opens `word` at `start` ends (`詳細はbit.ly/xyz`: the address
 * starts after it, as `詳しくはwww.` does), or `start` when none does. The host's labels are ASCII
 * (`LABEL`), so a name written in Han (`例え.jp/x`) is no scheme-less address either way.
 */
function afterProse(word: string, start: number): number {
  let at = start;
  while (at < word.length) {
    const length = unspacedLength(word, at, at === start ? UNSPACED_LETTER : UNSPACED_CHARACTER);
    if (length === 0) break;
    at += length;
  }
  return at;
}

/** The start of the whitespace-delimited word around `at`, bounded. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && start > at - MAX_BEFORE && !isBoundaryAt(text, start - 1)) start--;
  return start;
}

/** The end of the whitespace-delimited word whose marker (of `length`) is at `at`, bounded. */
function wordEnd(text: string, at: number, length: number): number {
  let end = at + length;
  while (end < text.length && end < at + MAX_AFTER && !isBoundaryAt(text, end)) end++;
  return end;
}

/**
 * Where `www.` starts in `text`, in any case (`WWW.`, `Www.`), at or after `from`; -1 if nowhere.
 * What `text.toLowerCase().indexOf('www.', from)` answers, without the copy: only `W` lowers to `w`.
 */
function indexOfWww(text: string, from: number): number {
  for (let dot = text.indexOf('.', from + 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const at = dot - 3;
    if ((text.charCodeAt(at) | 0x20) === 0x77 && (text.charCodeAt(at + 1) | 0x20) === 0x77 && (text.charCodeAt(at + 2) | 0x20) === 0x77) return at;
  }
  return -1;
}

/**
 * Where an address whose `www.` is at `at` starts in the word that starts at `start`:
 * `詳しくはwww.example.co.jp` at `www.`, as a reader (and SpamAssassin's URI parser, which reads
 * ASCII hosts only) takes it; the prose before it is no part of its host.
 */
function wwwStart(text: string, start: number, at: number): number {
  return at > start && UNSPACED_LETTER_BEFORE.test(text.slice(Math.max(start, at - 2), at)) && !dottedHostBefore(text, start, at) ? at : start;
}

/**
 * The words of one marker that can hold a URL, found with indexOf: linear, no backtracking. A word
 * is reported once, under the first marker that claims it (`://`, then `www.`, then a scheme-less
 * `/`): each scan skips what an earlier marker claims. `advance()` moves to the next word (false
 * when there is none); `start`, `end` and, for scheme-less ones, `from`, where in the word the URL
 * must start (linkify may find others), else -1.
 *
 * One word at a time rather than lists: a page of 230,000 links has as many candidate words, all
 * inside `<a>` text and skipped, and their lists (with their growth copies) were a tenth of its
 * peak memory. A scan's words come with starts that never decrease (a word after a cut-off one
 * reaches back no further than its start), so merging the three by start, ties to the earlier
 * marker, visits them in the order a stable sort of the three lists did.
 */
class MarkerWords {
  start = 0;
  end = 0;
  from = -1;
  private at = -1;
  private coveredUntil = 0;

  constructor(
    private readonly text: string,
    private readonly marker: '://' | 'www.' | '/',
  ) {}

  private next(from: number): number {
    const { text, marker } = this;
    return marker === 'www.' ? indexOfWww(text, from) : text.indexOf(marker, from);
  }

  advance(): boolean {
    const { text, marker } = this;
    for (let at = this.next(this.at < 0 ? 0 : this.at + marker.length); at >= 0; at = this.next(at + marker.length)) {
      if (at < this.coveredUntil) continue;
      const start = wordStart(text, at);
      const end = wordEnd(text, at, marker.length);
      this.coveredUntil = end;
      let from = -1;
      if (marker !== '://') {
        // The word as written: `schemelessStart` lowers the host itself, and its answer must be
        // an offset into the text (lowering `İ` lengthens a word).
        const word = text.slice(start, end);
        if (word.includes('://')) continue;
        if (marker === '/') {
          if (indexOfWww(word, 0) >= 0) continue;
          from = schemelessStart(word);
          if (from < 0) continue;
        }
      }
      this.at = at;
      this.start = marker === 'www.' ? wwwStart(text, start, at) : start;
      this.end = end;
      this.from = from;
      return true;
    }
    this.at = text.length;
    return false;
  }
}

/**
 * URLs written in `text`. `skip(start, end)` is asked about each candidate word, in text order,
 * before linkify reads it: the parse skips words inside `<a>` text, whose link it already has.
 */
export function findUrls(text: string, skip: (start: number, end: number) => boolean = () => false): FoundUrl[] {
  const found: FoundUrl[] = [];
  // The markers are searched in the text itself, never in a lower-case copy: `://` and `/` have no
  // case and `indexOfWww` reads `W` as `w`, so every offset is the text's. A copy cost a tenth of
  // a 10 MB paste's peak memory, and its offsets slid after an `İ` (U+0130, whose lower case is
  // two characters), so URLs after one were cut at the wrong places.
  const scans = [new MarkerWords(text, '://'), new MarkerWords(text, 'www.'), new MarkerWords(text, '/')].filter((scan) => scan.advance());
  for (;;) {
    let next: MarkerWords | undefined;
    for (const scan of scans) if (!next || scan.start < next.start) next = scan;
    if (!next) break;
    const offset = next.start;
    const end = next.end;
    const at = next.from;
    if (!next.advance()) scans.splice(scans.indexOf(next), 1);
    if (skip(offset, end)) continue;
    const runs = proseRuns(text, offset, end);
    if (runs === null) {
      readUrls(text, offset, end, at >= 0 ? offset + at : -1, found);
      continue;
    }
    // Each piece between runs of prose is read as a word of its own, if it holds a marker.
    for (let piece = 0; piece <= runs.length; piece += 2) {
      const start = piece === 0 ? offset : (runs[piece - 1] as number);
      const stop = piece === runs.length ? end : (runs[piece] as number);
      if (start < stop) readPiece(text, start, stop, found);
    }
  }
  return found;
}

/** The URLs linkify finds in text [begin, end), added to `found`; only the one starting at `from` when it is not -1. */
function readUrls(text: string, begin: number, end: number, from: number, found: FoundUrl[]): void {
  // A scheme-less address after prose (`詳細はbit.ly/xyz`) is read from where it starts: linkify
  // would read the prose as part of its host.
  const start = from > begin && UNSPACED_LETTER_BEFORE.test(text.slice(Math.max(begin, from - 2), from)) ? from : begin;
  for (const link of find(text.slice(start, end), 'url')) {
    if (from >= 0 && start + link.start !== from) continue;
    // linkify keeps closing quotes (`«bit.ly/x»`); a URL in mail would have them percent-encoded.
    let cut = CLOSING.exec(link.value)?.[0].length ?? 0;
    // linkify runs a URL on through a Japanese or Chinese sentence's full stop and the prose after
    // it (`https://www.example.co.jp。またのご利用を…`): the URL ends there.
    const stop = SENTENCE_STOP.exec(link.value)?.index ?? 0;
    if (stop > 0) cut = link.value.length - stop;
    const href = cut && link.href.endsWith(link.value.slice(-cut)) ? link.href.slice(0, -cut) : link.href;
    found.push({
      href,
      start: start + link.start,
      end: start + link.end - cut,
    });
  }
}

/** Brackets and quotes an address shown may stand in, openers and their closers at the same index. */
const OPENERS = '([<«"\'“‘「„»‚『';
const CLOSERS = ')]>»"\'”’」“«‘』';
/** Sentence punctuation that may follow a closer: `(https://www.paypal.com/).` */
const AFTER_CLOSER = '.,;:!?';

/**
 * Link text without the brackets or quotes it wraps an address in (`(https://www.paypal.com/)`,
 * `« www.paypal.com »`, German `„www.paypal.com“` and `»www.paypal.com«`): up to three pairs, each
 * opener with its own closer, sentence punctuation after a closer and spaces inside let go
 * (`(https://www.paypal.com/).`); otherwise `text` itself (nothing copied, nothing trimmed).
 */
export function unwrapped(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegExpSpace(text.charCodeAt(end - 1))) end--;
  let pairs = 0;
  while (pairs < 3 && end - start >= 2) {
    const opener = OPENERS.indexOf(text.charAt(start));
    if (opener < 0) break;
    let close = end;
    while (close - start > 2 && AFTER_CLOSER.includes(text.charAt(close - 1))) close--;
    if (text.charAt(close - 1) !== CLOSERS.charAt(opener)) break;
    start++;
    end = close - 1;
    while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
    while (end > start && isRegExpSpace(text.charCodeAt(end - 1))) end--;
    pairs++;
  }
  return pairs === 0 ? text : text.slice(start, end);
}

/**
 * The registrable domain a piece of link text shows, or null when it shows none. Only text that
 * is itself an address counts (`www.paypal.com`, `https://example.com/login`): a sentence that
 * merely contains a dotted word ("Professional ASP.NET") shows no domain.
 */
export function shownDomain(text: string, tlds: Map<string, boolean> = new Map()): string | null {
  const trimmed = shownCandidate(text);
  if (trimmed === null) return null;
  const path = shownPathOf(trimmed);
  if (path === 'plain' || path === 'unicode') {
    // A bare host name (`www.example.com`), the usual address shown: linkify reads it as one URL
    // exactly when its last label is a TLD it knows (its labels are words and numbers joined by
    // dots and single hyphens), and parseUrl of `http://` + it takes it whole as the host name, so
    // only the TLD is asked of linkify (once a label for the caller's `tlds`) and only tldts reads
    // the name: the same answer at about half the cost. The same for a host name with letters
    // beyond ASCII (`münchen.de`, `пример.com`, `日本.jp` once its `。` reads as `.`), read by
    // parseUrl's host steps alone: linkify's scan was most of the cost (217,732 such texts were
    // 0.6 s and 300 MB of linkify's tokens).
    if (!knownTld(trimmed, tlds)) return null;
    const domain = path === 'plain' ? hostDomainShown(trimmed) : shownNameDomain(trimmed);
    return domain === null ? null : inText(text, domain);
  }
  // Such a name with numbers beyond ASCII digits in its labels (full-width `１`, `١`, `²`, `Ⅻ`):
  // linkify scans each as a symbol, which no domain holds, and the name has nothing after which a
  // URL may hold one (a path, query or port), so it never reads the text as one URL.
  if (path === 'numbered') return null;
  // What `find(trimmed, 'url')` answers when its first link is the whole text, without its options
  // object and formatted copies (a page of 100,000 addresses shown asks 100,000 times): the text is
  // one token, a URL, and its href is linkify's default one (`http://` before a scheme-less text).
  const tokens = tokenize(trimmed);
  const link = tokens.length === 1 ? tokens[0] : undefined;
  if (!link?.isLink || link.t !== 'url') return null;
  return domainOfUrl(text, parseUrl(link.toHref('http')));
}

/**
 * Which way `shownDomain` reads `text`: `none` (too short or long, no dot, a space inside),
 * `plain` (a bare ASCII host name: tldts alone), `unicode` (a host name with letters beyond ASCII:
 * parseUrl's host steps alone), `numbered` (such a name with numbers beyond ASCII digits: none
 * shown) or `linkify` (the rest: linkify's scan and parseUrl). What shownDomain branches on,
 * exported so tests see which texts take the short paths.
 */
export type ShownPath = 'none' | 'plain' | 'unicode' | 'numbered' | 'linkify';

export function shownPath(text: string): ShownPath {
  const trimmed = shownCandidate(text);
  return trimmed === null ? 'none' : shownPathOf(trimmed);
}

/** The text shownDomain reads (brackets, look-alike dots, ignored code points and trailing punctuation gone), or null when it can be no address. */
function shownCandidate(text: string): string | null {
  const trimmed = readable(unwrapped(text).trim()).replace(/[.,;:!?)\]]+$/, '');
  return trimmed.length < 4 || trimmed.length > 200 || !trimmed.includes('.') || /\s/.test(trimmed) ? null : trimmed;
}

function shownPathOf(trimmed: string): Exclude<ShownPath, 'none'> {
  if (PLAIN_HOST.test(trimmed)) return 'plain';
  if (UNICODE_HOST.test(trimmed)) return 'unicode';
  if (NUMBERED_HOST.test(trimmed)) return 'numbered';
  return 'linkify';
}

/** The domain `text` shows once linkify has read it as the URL `url`: its IP, or its registrable ICANN domain. */
function domainOfUrl(text: string, url: ParsedUrl): string | null {
  if (url.isIp) return url.hostname && inText(text, url.hostname);
  const domain = registrableShown(url.icann, url.domain, url.suffix);
  return domain === null ? null : inText(text, domain);
}

/** A host name in lower-case ASCII: labels of letters and digits, inner single hyphens, the last label letters only. */
const PLAIN_HOST = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z]{2,63}$/;
/**
 * A host name with letters beyond ASCII, as linkify reads one whole: labels of letters (any
 * script, but no letter that is also an emoji, which linkify scans apart) and ASCII digits with
 * single inner hyphens, the ASCII in lower case, and a last label of ASCII letters (whether it is
 * a TLD linkify knows is asked of it). Equal answers to linkify's path on generated names of Latin,
 * Cyrillic, Greek, Han, kana, Hangul, Arabic, Hebrew and full-width letters (test/links).
 */
const UNICODE_HOST = /^(?:(?:[0-9]|(?![\p{Emoji}A-Z])\p{L})+(?:-(?:[0-9]|(?![\p{Emoji}A-Z])\p{L})+)*\.)+[a-z]{2,63}$/u;
/**
 * UNICODE_HOST with numbers beyond ASCII digits allowed in its labels (`\p{N}`: full-width, Arabic-Indic,
 * superscript and Roman numerals; of all numbers only ASCII digits are emoji). A name it matches and
 * UNICODE_HOST does not holds one, which linkify scans as a symbol (its digits are ASCII digits): no
 * address shown, as linkify's path answers (test/links/shown-domain.properties.test.ts).
 */
const NUMBERED_HOST = /^(?:(?:[0-9]|(?![\p{Emoji}A-Z])[\p{L}\p{N}])+(?:-(?:[0-9]|(?![\p{Emoji}A-Z])[\p{L}\p{N}])+)*\.)+[a-z]{2,63}$/u;

/** linkify knows the last label of `host` as a TLD: asked of it once a label, remembered in `tlds`. */
function knownTld(host: string, tlds: Map<string, boolean>): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  let known = tlds.get(tld);
  if (known === undefined) tlds.set(tld, (known = isOneUrl(`a.${tld}`)));
  return known;
}

/** linkify reads `text` as one URL, whole. */
function isOneUrl(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.length === 1 && tokens[0]?.isLink === true && tokens[0].t === 'url';
}

/**
 * A look-alike dot (`。`, `．`, `｡`) with no Chinese or Japanese character either side: where it
 * reads as a host's dot (`paypal。com`, `ｐａｙｐａｌ．ｃｏｍ`), not as a sentence's or a phrase's full
 * stop (`夏のビッグ。セール`, which would show the domain `夏のビッグ.セール`, a real IDN TLD).
 * One character looked at either side: linear.
 */
const HOST_DOT = new RegExp(String.raw`(?<!${CJK_SCRIPTS})[\u3002\uff0e\uff61](?!${CJK_SCRIPTS})`, 'gu');

/**
 * Link text as a browser would read it as an address (issue #11): without the code points UTS #46
 * drops (`pay\u200bpal.com`) and with its look-alike dots between names as `.` (`paypal。com`),
 * which linkify would not take for one address. Full-width letters linkify reads, and parseUrl maps.
 */
function readable(text: string): string {
  return isAscii(text) ? text : withoutIgnored(text).replace(HOST_DOT, '.');
}

/**
 * `name` itself, taken from `text` when it is written there as it is: a piece of a parsed copy of
 * the text keeps the whole copy alive (for 100,000 different addresses shown, a string each the
 * analysis holds to its end), a piece of the text only the text, which the message keeps anyway.
 */
function inText(text: string, name: string): string {
  const at = text.indexOf(name);
  return at >= 0 ? text.slice(at, at + name.length) : name;
}
