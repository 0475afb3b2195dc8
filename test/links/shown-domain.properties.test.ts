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
import { shownDomain, unwrapped } from '../../core/links/find-urls.ts';
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
const TLDS = ['com', 'de', 'jp', 'ac', 'zz', 'onion', 'co.uk', 'рф', 'ｃｏｍ', 'COM', 'xn--p1ai', '١٢'];

const label = fc
  .tuple(fc.constantFrom(...KINDS), fc.option(fc.constantFrom(...KINDS), { freq: 2 }))
  .chain(([one, two]) => fc.array(fc.constantFrom(...one, ...(two ?? [])), { minLength: 1, maxLength: 8 }))
  .map((chars) => chars.join(''));
/** A name of one to three labels, look-alike dots between them, then a TLD. */
const name = fc
  .tuple(fc.array(fc.tuple(label, fc.constantFrom(...DOTS)), { minLength: 1, maxLength: 3 }), fc.constantFrom(...DOTS), fc.constantFrom(...TLDS))
  .map(([labels, dot, tld]) => `${labels.map(([text, sep]) => text + sep).join('').slice(0, -1)}${dot}${tld}`);
/** The name as a link text: maybe after `www.` or a scheme, maybe in brackets, maybe with punctuation or spaces after. */
const linkText = fc
  .tuple(
    fc.constantFrom('', '', '', 'www.', 'https://', 'WWW.'),
    name,
    fc.constantFrom('', '', '', '/', '/p?q=1', ':8080'),
    fc.constantFrom('', '', '', '.', ').', ',', '!?', ']'),
    fc.constantFrom(['', ''], ['', ''], ['(', ')'], ['«', '»'], [' ', ' ']),
  )
  .map(([before, host, path, after, [open, close]]) => `${open}${before}${host}${path}${after}${close}`);

describe('shownDomain: the short paths answer as linkify', () => {
  it('on generated host-shaped texts of many scripts, numbers and look-alike dots', () => {
    const tlds = new Map<string, boolean>();
    let shown = 0;
    let shownBeyondAscii = 0;
    let numbered = 0;
    fc.assert(
      fc.property(linkText, (text) => {
        const expected = byLinkify(text);
        if (expected !== null) shown++;
        if (expected !== null && /[^\x00-\x7f]/.test(expected)) shownBeyondAscii++;
        if (/(?![0-9])\p{N}/u.test(text)) numbered++;
        // With a TLD memo shared across texts, as the parse shares one, and without one.
        expect(shownDomain(text, tlds)).toBe(expected);
        expect(shownDomain(text)).toBe(expected);
      }),
      { seed: 20261206, numRuns: 20_000 },
    );
    // The generator reaches both answers, names beyond ASCII shown, and numbers beyond ASCII digits.
    expect(shown).toBeGreaterThan(3000);
    expect(shownBeyondAscii).toBeGreaterThan(2000);
    expect(numbered).toBeGreaterThan(4000);
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
