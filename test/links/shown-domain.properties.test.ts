/**
 * The domain a link text shows (`shownDomain`, core/links/find-urls.ts) takes short paths for
 * host-shaped text: a bare ASCII name, a name with letters beyond ASCII (parseUrl's host steps
 * alone), and a name with numbers beyond ASCII digits (no domain, without asking linkify). Each
 * must answer as the long path: linkify reads the whole text as one URL and parseUrl its href.
 * The oracle below is that long path written out, with shownDomain's own reading of the text
 * before it (brackets, look-alike dots, ignored code points, trailing punctuation).
 */
import fc from 'fast-check';
import { tokenize } from 'linkifyjs';
import { describe, expect, it } from 'vitest';
import { shownDomain, shownPath, unwrapped, type ShownPath } from '../../core/links/find-urls.ts';
import { withoutIgnored } from '../../core/links/host-mapping.ts';
import { parseUrl } from '../../core/links/url.ts';

const HOST_DOT = /(?<![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])[\u3002\uff0e\uff61](?![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])/gu;

/** shownDomain without its short paths: every text that reaches a domain goes through linkify. */
function byLinkify(text: string): string | null {
  const unwrappedText = unwrapped(text).trim();
  const readable = /^[\x00-\x7f]*$/.test(unwrappedText) ? unwrappedText : withoutIgnored(unwrappedText).replace(HOST_DOT, '.');
  const trimmed = readable.replace(/[.,;:!?)\]]+$/, '');
  if (trimmed.length < 4 || trimmed.length > 200 || !trimmed.includes('.') || /\s/.test(trimmed)) return null;
  const tokens = tokenize(trimmed);
  const link = tokens.length === 1 ? tokens[0] : undefined;
  if (!link?.isLink || link.t !== 'url') return null;
  const url = parseUrl(link.toHref('http'));
  const name = url.isIp ? url.hostname : url.icann && url.domain && url.domain !== url.suffix ? url.domain : null;
  if (!name) return null;
  const at = text.indexOf(name);
  return at >= 0 ? text.slice(at, at + name.length) : name;
}

/**
 * Characters of labels, by kind: ASCII in both cases, letters of many scripts, full-width letters
 * and digits, numbers beyond ASCII digits (Arabic-Indic, Devanagari, superscripts, Roman numerals,
 * circled, an astral digit, a fraction), letters that are also emoji (`ℹ`, `Ⓜ`) and emoji,
 * combining marks, ignored code points (soft hyphen, zero-width space, variation selector), the
 * zero-width joiner, `_` and a minus sign, compatibility letters (`ﬁ`, `𝐚`, the Kelvin sign), `İ`,
 * `ſ`, `ß`, and an Arabic ligature whose compatibility form holds spaces (a mapping that makes no
 * host). A label draws from one kind, or two.
 */
const KINDS: string[][] = [
  [...'abcxyz0129'],
  [...'abcABZ'],
  [...'üößéñıİſßK'],
  [...'примерΣσαςΑ'],
  [...'日本語カタナー'],
  [...'한국عربיעבไท'],
  [...'ａｂｗＡ'],
  [...'０１９'],
  [...'١٢३²³¹Ⅻⅻ①½', '𝟙'],
  [...'❤ℹⓂ', '😀'],
  ['\u0301', '\u00ad', '\u200b', '\u200d', '\ufe0f'],
  [...'_-−'],
  ['ﬁ', '𝐚', '\ufdfa'],
];
const DOTS = ['.', '.', '.', '\u3002', '\uff0e', '\uff61'];
/** TLDs and suffixes: known to linkify or not, ICANN's or not (`za`, `helsinki`), wildcard rules (`kawasaki.jp`), beyond ASCII. */
const TLDS = ['com', 'de', 'jp', 'ac', 'zz', 'onion', 'co.uk', 'no', 'telemark.no', 'kawasaki.jp', 'za', 'helsinki', 'рф', 'ｃｏｍ', 'COM', 'xn--p1ai', '١٢'];
/** The ASCII ones of those a short path may take (a last label of lower-case ASCII letters). */
const ASCII_TLDS = TLDS.filter((tld) => /^[a-z.]+$/.test(tld));

/** A label of one kind of characters, or two. */
function labelOf(kinds: string[][]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...kinds), fc.option(fc.constantFrom(...kinds), { freq: 2 }))
    .chain(([one, two]) => fc.array(fc.constantFrom(...one, ...(two ?? [])), { minLength: 1, maxLength: 8 }))
    .map((chars) => chars.join(''));
}
/** A name of one to three labels, look-alike dots between them, then a TLD. */
function nameOf(label: fc.Arbitrary<string>, tlds: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.tuple(label, fc.constantFrom(...DOTS)), { minLength: 1, maxLength: 3 }), fc.constantFrom(...DOTS), fc.constantFrom(...tlds))
    .map(([labels, dot, tld]) => `${labels.map(([text, sep]) => text + sep).join('').slice(0, -1)}${dot}${tld}`);
}
/** Around a name as a link text may put it: brackets, punctuation or spaces after, which shownDomain lets go of. */
const AROUND = fc.tuple(fc.constantFrom('', '', '', '.', ').', ',', '!?', ']'), fc.constantFrom(['', ''], ['', ''], ['(', ')'], ['«', '»'], [' ', ' ']));

/**
 * Texts aimed at the short paths: a bare name (maybe after `www.`) of labels of ASCII letters and
 * digits with inner hyphens, of letters of many scripts (an ignored code point or a hyphen among
 * them), or of those and numbers beyond ASCII digits, before an ASCII TLD.
 */
const ASCII_KIND = [...'abcxyz0129'];
const LETTER_KINDS: string[][] = [ASCII_KIND, [...'üößéñıİſßK'], [...'примерΣσαςΑ'], [...'日本語カタナー'], [...'한국عربיעבไท'], [...'ａｂｗＡ']];
const NUMBER_KINDS: string[][] = [[...'０１９'], [...'١٢३²³¹Ⅻⅻ①½', '𝟙']];
const hyphenated = (label: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(label, fc.option(label, { freq: 2 })).map(([one, two]) => (two === null ? one : `${one}-${two}`));
const shortText = fc
  .tuple(
    fc.constantFrom('', '', 'www.'),
    fc.oneof(
      nameOf(hyphenated(labelOf([ASCII_KIND])), ASCII_TLDS),
      nameOf(hyphenated(labelOf(LETTER_KINDS)).chain((l) => fc.constantFrom(l, l, `${l.slice(0, 1)}\u00ad${l.slice(1)}`)), ASCII_TLDS),
      nameOf(hyphenated(labelOf([...LETTER_KINDS, ...NUMBER_KINDS])), ASCII_TLDS),
    ),
    AROUND,
  )
  .map(([before, host, [after, [open, close]]]) => `${open}${before}${host}${after}${close}`);

/**
 * Texts of any kind: labels of one or two kinds of KINDS, after `www.` or a scheme or not, with a
 * path or port or not, any TLD; most go through linkify.
 */
const anyText = fc
  .tuple(fc.constantFrom('', '', '', 'www.', 'https://', 'WWW.'), nameOf(labelOf(KINDS), TLDS), fc.constantFrom('', '', '', '/', '/p?q=1', ':8080'), AROUND)
  .map(([before, host, path, [after, [open, close]]]) => `${open}${before}${host}${path}${after}${close}`);
const linkText = fc.oneof({ arbitrary: shortText, weight: 3 }, { arbitrary: anyText, weight: 2 });

describe('shownDomain: the short paths answer as linkify', () => {
  it('on generated host-shaped texts of many scripts, numbers and look-alike dots', () => {
    const tlds = new Map<string, boolean>();
    const paths = new Map<ShownPath, number>();
    const shownBy = new Map<ShownPath, number>();
    fc.assert(
      fc.property(linkText, (text) => {
        const expected = byLinkify(text);
        const path = shownPath(text);
        paths.set(path, (paths.get(path) ?? 0) + 1);
        if (expected !== null) shownBy.set(path, (shownBy.get(path) ?? 0) + 1);
        // With a TLD memo shared across texts, as the parse shares one, and without one.
        expect(shownDomain(text, tlds)).toBe(expected);
        expect(shownDomain(text)).toBe(expected);
      }),
      { seed: 20261206, numRuns: 20_000 },
    );
    // Each path is taken by many texts, and each that can show a domain shows many: the short
    // paths are what is compared with linkify's, so this fails when they stop being taken.
    // (With this seed: plain 4,108, unicode 4,006, numbered 2,190, linkify 9,474; shown by plain
    // 2,679, unicode 2,534, linkify 2,593.)
    expect(paths.get('plain')).toBeGreaterThan(3000);
    expect(paths.get('unicode')).toBeGreaterThan(3000);
    expect(paths.get('numbered')).toBeGreaterThan(1500);
    expect(paths.get('linkify')).toBeGreaterThan(6000);
    expect(shownBy.get('plain')).toBeGreaterThan(1800);
    expect(shownBy.get('unicode')).toBeGreaterThan(1800);
    expect(shownBy.get('linkify')).toBeGreaterThan(1500);
    expect(shownBy.get('numbered')).toBeUndefined();
  });

  it.each([
    ['www.paypal.com', 'plain'],
    ['(secure.paypal.co.uk).', 'plain'],
    ['my-shop1.example.com', 'plain'],
    ['münchen.de', 'unicode'],
    ['« www.日本1z。jp »', 'unicode'],
    ['x\u00adü.ålesund.no', 'unicode'],
    ['ＷＷＷ.ｓｈｏｐ.com', 'unicode'],
    ['shop١٢.com', 'numbered'],
    ['ｓｈｏｐ１２.com', 'numbered'],
    ['ab²c-d.com', 'numbered'],
    ['WWW.PayPal.com', 'linkify'],
    ['https://münchen.de', 'linkify'],
    ['münchen.de/login', 'linkify'],
    ['shop١٢.com/x', 'linkify'],
    ['a_b.com', 'linkify'],
    ['❤.com', 'linkify'],
    ['münchen.рф', 'linkify'],
    ['(x.y).', 'none'],
    ['offer 12.com', 'none'],
  ] as const)('%s takes the %s path', (text, path) => {
    expect(shownPath(text)).toBe(path);
  });

  it.each([
    ['ｗｗｗ.ｓｈｏｐ１２.com', null],
    ['ｗｗｗ.ｓｈｏｐａ.com', 'shopa.com'],
    ['shop١٢.com', null],
    ['ab²c.com', null],
    ['ⅻ.com', null],
    ['münchen1z.de', 'münchen1z.de'],
    ['日本1z。jp', '日本1z.jp'],
    ['x\u00ad1z.org', 'x1z.org'],
    ['MÜNCHEN.de', 'münchen.de'],
    ['münchen.onion', null],
  ])('%s → %s', (text, expected) => {
    expect(shownDomain(text)).toBe(expected);
    expect(byLinkify(text)).toBe(expected);
  });
});
