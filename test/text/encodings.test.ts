/**
 * core/text/encodings.ts: base64, quoted-printable, UTF-8, charsets and RFC 2047 encoded words,
 * with the runtime's TextDecoder and without one (the fallback a runtime without the Encoding API gets).
 */
import { describe, expect, it } from 'vitest';
import {
  charsetLabel,
  c1AsWindows1252,
  charsetReader,
  decodeBase64,
  decodeBase64Strict,
  decodeCharset,
  decodeEncodedWords,
  decodeQuotedPrintable,
  MAX_CHARSET_LABELS,
  utf8Lenient,
  utf8OrLatin1,
  utf8Strict,
  windows1252,
} from '../../core/text/encodings.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const list = (array: Uint8Array) => [...array];
const noDecoder = charsetReader(null);

describe('base64', () => {
  it('decodes, skipping what is not base64 and stopping at padding', () => {
    expect(list(decodeBase64('SGk='))).toEqual(list(ascii('Hi')));
    expect(list(decodeBase64('SG\r\n k'))).toEqual(list(ascii('Hi')));
    expect(list(decodeBase64('S!G*k'))).toEqual(list(ascii('Hi')));
    // `=` ends the data, even mid-text: what follows is not read as more of the same bytes.
    expect(list(decodeBase64('YQ==Yg=='))).toEqual(list(ascii('a')));
    // the URL-safe alphabet: `-_` as `+/`
    expect(list(decodeBase64('-_8='))).toEqual([0xfb, 0xff]);
    expect(list(decodeBase64('+/8='))).toEqual([0xfb, 0xff]);
  });

  it('drops a truncated last group and reads nothing from nothing', () => {
    expect(list(decodeBase64('SGVsbG8'))).toEqual(list(ascii('Hello')));
    expect(list(decodeBase64('S'))).toEqual([]);
    expect(list(decodeBase64(''))).toEqual([]);
    expect(list(decodeBase64('!!!!'))).toEqual([]);
    expect(list(decodeBase64('é€SGk'))).toEqual(list(ascii('Hi')));
  });
});

describe('strict base64 (a DKIM key)', () => {
  it('reads base64 with or without padding, white space ignored', () => {
    expect(list(decodeBase64Strict('SGk=') as Uint8Array)).toEqual(list(ascii('Hi')));
    expect(list(decodeBase64Strict('SGk') as Uint8Array)).toEqual(list(ascii('Hi')));
    expect(list(decodeBase64Strict(' SG\r\n k= ') as Uint8Array)).toEqual(list(ascii('Hi')));
    expect(list(decodeBase64Strict('+/8=') as Uint8Array)).toEqual([0xfb, 0xff]);
    expect(list(decodeBase64Strict('') as Uint8Array)).toEqual([]);
  });

  it('refuses what is not exactly base64', () => {
    for (const text of ['S!Gk', '-_8=', 'YQ==Yg==', 'S', 'SGVsb', 'SG=k', 'SGk==', 'SGVsbG8==', 'é€SGk', '===']) {
      expect(decodeBase64Strict(text), text).toBeNull();
    }
  });
});

describe('quoted-printable', () => {
  it('reads =XX in either case, soft breaks, and keeps a lone =', () => {
    expect(list(decodeQuotedPrintable('caf=C3=A9'))).toEqual(list(ascii('caf\xc3\xa9')));
    expect(list(decodeQuotedPrintable('caf=c3=a9'))).toEqual(list(ascii('caf\xc3\xa9')));
    expect(list(decodeQuotedPrintable('a=\nb=  \nc'))).toEqual(list(ascii('abc')));
    expect(list(decodeQuotedPrintable('a='))).toEqual(list(ascii('a=')));
    expect(list(decodeQuotedPrintable('a=4'))).toEqual(list(ascii('a=4')));
    expect(list(decodeQuotedPrintable('=G1=1'))).toEqual(list(ascii('=G1=1')));
  });

  it('reads _ as a space only in Q encoding, and a decoded character as its UTF-8 bytes', () => {
    expect(list(decodeQuotedPrintable('a_b'))).toEqual(list(ascii('a_b')));
    expect(list(decodeQuotedPrintable('a_b', true))).toEqual(list(ascii('a b')));
    expect(list(decodeQuotedPrintable('€'))).toEqual([0xe2, 0x82, 0xac]);
    expect(list(decodeQuotedPrintable('é'))).toEqual([0xe9]);
  });
});

describe('UTF-8', () => {
  const malformed = [
    bytes(0xc0, 0x80), // overlong NUL
    bytes(0xe0, 0x80, 0x80), // overlong
    bytes(0xed, 0xa0, 0x80), // a surrogate
    bytes(0xf4, 0x90, 0x80, 0x80), // above U+10FFFF
    bytes(0xf5, 0x80),
    bytes(0xff),
    bytes(0x80, 0x41),
    bytes(0xe2, 0x82), // truncated €
    bytes(0xe2, 0x41, 0x82, 0xac),
    bytes(0xf0, 0x9f, 0x98),
  ];

  it('strict: text when well-formed, null otherwise', () => {
    expect(utf8Strict(bytes(0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x82, 0xac, 0x20, 0xf0, 0x9f, 0x98, 0x80))).toBe('café € 😀');
    expect(utf8Strict(bytes())).toBe('');
    for (const input of malformed) expect(utf8Strict(input)).toBeNull();
  });

  it('lenient: a U+FFFD for each ill-formed sequence, as TextDecoder writes them', () => {
    const decoder = new TextDecoder();
    for (const input of malformed) expect(utf8Lenient(input)).toBe(decoder.decode(input));
    expect(utf8Lenient(bytes(0xe2, 0x41, 0x82, 0xac))).toBe('\ufffdA\ufffd\ufffd');
    // a leading byte-order mark is kept, as ignoreBOM keeps it (a plain TextDecoder drops it)
    expect(utf8Lenient(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41)));
    expect(utf8Strict(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('\ufeffA');
  });

  it('agrees with TextDecoder, fatal and not, on random bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x9f, 0x8f, 0x90, 0xef, 0xbb];
    for (let round = 0; round < 2000; round++) {
      const input = Uint8Array.from({ length: next() % 12 }, () => (next() % 3 === 0 ? next() % 256 : (pool[next() % pool.length] as number)));
      let expected: string | null;
      try {
        expected = fatal.decode(input);
      } catch {
        expected = null;
      }
      expect(utf8Strict(input)).toBe(expected);
      expect(utf8Lenient(input)).toBe(lenient.decode(input));
    }
  });

  it('reads a long text whole (past the 4096-unit chunks)', () => {
    const long = 'é😀a'.repeat(5000);
    expect(utf8Strict(new TextEncoder().encode(long))).toBe(long);
    expect(utf8Lenient(new TextEncoder().encode(long))).toBe(long);
  });

  it('UTF-8 when it is UTF-8, else Latin-1 with every byte kept', () => {
    expect(utf8OrLatin1(bytes(0x63, 0xc3, 0xa9))).toBe('cé');
    expect(utf8OrLatin1(bytes(0x63, 0xe9, 0x80))).toBe('c\u00e9\u0080');
  });
});

describe('charsets', () => {
  const cases: readonly (readonly [string, number[], string])[] = [
    ['windows-1252', [0x80, 0x20, 0x93, 0x48, 0x94, 0x99, 0x96, 0x85], '€ “H”™–…'],
    ['iso-8859-1', [0x93, 0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73, 0x94], '“François”'],
    ['us-ascii', [0x92], '’'],
    ['iso-8859-15', [0xa4, 0xbd], '€œ'],
    ['iso-8859-2', [0xb1, 0xe6, 0xbf], 'ąćż'],
    ['iso-8859-5', [0xbf, 0xe0, 0xd8], 'При'],
    ['iso-8859-7', [0xc1, 0xe8, 0xde], 'Αθή'],
    ['windows-1251', [0xcf, 0xf0, 0xe8], 'При'],
    ['koi8-r', [0xf0, 0xd2, 0xc9], 'При'],
    ['shift_jis', [0x82, 0xa0, 0x83, 0x65], 'あテ'],
    ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x25, 0x46, 0x1b, 0x28, 0x42], 'テ'],
    ['gb2312', [0xc4, 0xe3, 0xba, 0xc3], '你好'],
    ['big5', [0xa4, 0xa4], '中'],
    ['euc-kr', [0xc7, 0xd1], '한'],
  ];

  it('reads each charset by its own table, not as Latin-1', () => {
    for (const [charset, input, expected] of cases) {
      expect(decodeCharset(Uint8Array.from(input), charset), charset).toBe(expected);
      expect(decodeCharset(Uint8Array.from(input), charset), charset).not.toBe(String.fromCharCode(...input));
    }
  });

  it('reads labels in any case, with blanks, and with an RFC 2231 language', () => {
    expect(charsetLabel(' ISO-8859-2*pl ')).toBe('iso-8859-2');
    expect(decodeCharset(bytes(0xb1), ' ISO-8859-2*pl ')).toBe('ą');
    expect(decodeCharset(bytes(0xc3, 0xa9), 'UTF-8')).toBe('é');
  });

  it('gives null for a charset it does not know', () => {
    expect(decodeCharset(bytes(0x41), 'x-no-such-charset')).toBeNull();
    expect(decodeCharset(bytes(0x41), '')).toBeNull();
    expect(decodeCharset(bytes(0x41), 'utf-7')).toBeNull();
  });

  it('reads the windows-1252 labels by the WHATWG table, with a TextDecoder or without (Node 20’s reads them as Latin-1)', () => {
    const every = Uint8Array.from({ length: 256 }, (_, index) => index);
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const expected = String.fromCharCode(...every.subarray(0, 0x80)) + high + String.fromCharCode(...every.subarray(0xa0));
    expect(windows1252(every)).toBe(expected);
    expect(windows1252(new Uint8Array(10_000).fill(0x80))).toBe('€'.repeat(10_000));
    for (const label of ['windows-1252', 'iso-8859-1', 'ISO_8859-1', 'latin1', 'us-ascii', 'cp1252', 'ascii', 'l1']) {
      expect(decodeCharset(every, label), label).toBe(expected);
      expect(noDecoder(every, label), label).toBe(expected);
    }
  });

  it('without a TextDecoder: UTF-8 and windows-1252 still, any other charset null', () => {
    expect(noDecoder(bytes(0xc3, 0xa9, 0xff), 'utf-8')).toBe('é\ufffd');
    for (const [charset, input] of cases) {
      if (['windows-1252', 'iso-8859-1', 'us-ascii'].includes(charset)) continue;
      expect(noDecoder(Uint8Array.from(input), charset), charset).toBeNull();
    }
  });

  it('reads the C1 controls of text as windows-1252 bytes, one character for one', () => {
    const every = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(c1AsWindows1252(String.fromCharCode(...every))).toBe(windows1252(every));
    expect(c1AsWindows1252('\u0093Hi\u0094 \u0080 5\u0099 ü 😀')).toBe('“Hi” € 5™ ü 😀');
  });

  it('fatal: null for bytes not well-formed in the charset, where lenient writes U+FFFD', () => {
    const read = charsetReader();
    expect(read(bytes(0xc3, 0xa9, 0xff), 'utf-8', true)).toBeNull();
    expect(read(bytes(0xc3, 0xa9), 'utf8', true)).toBe('é');
    expect(read(bytes(0x82), 'shift_jis', true)).toBeNull();
    expect(read(bytes(0x82), 'shift_jis')).toBe('\ufffd');
    expect(read(bytes(0x82, 0xa0), 'shift_jis', true)).toBe('あ');
    // windows-1252 has no errors
    expect(read(bytes(0x80, 0x81), 'windows-1252', true)).toBe('€\u0081');
    expect(noDecoder(bytes(0xff), 'utf-8', true)).toBeNull();
    expect(noDecoder(bytes(0x82, 0xa0), 'shift_jis', true)).toBeNull();
  });

  it('names the encoding a label reads as', () => {
    const read = charsetReader();
    expect(['utf8', 'UTF-8*en', 'unicode-1-1-utf-8'].map((label) => read.encoding(label))).toEqual(['utf-8', 'utf-8', 'utf-8']);
    expect(['latin1', 'us-ascii', 'cp1252'].map((label) => read.encoding(label))).toEqual(['windows-1252', 'windows-1252', 'windows-1252']);
    expect([read.encoding('sjis'), read.encoding('Shift_JIS'), read.encoding('x-no-such')]).toEqual(['shift_jis', 'shift_jis', 'x-no-such']);
    expect(noDecoder.encoding('sjis')).toBe('sjis');
    expect(noDecoder.encoding('utf8')).toBe('utf-8');
  });

  it('makes each label’s decoder once, and tries at most MAX_CHARSET_LABELS labels', () => {
    const made: string[] = [];
    class Counting {
      constructor(readonly label: string) {
        made.push(label);
        if (label.startsWith('bogus')) throw new RangeError('unknown');
      }
      decode(input: Uint8Array): string {
        return `${this.label}:${input.length}`;
      }
    }
    const read = charsetReader(Counting);
    expect(read(bytes(1, 2), 'koi8-r')).toBe('koi8-r:2');
    expect(read(bytes(1), 'KOI8-R')).toBe('koi8-r:1');
    expect(read(bytes(1), 'bogus')).toBeNull();
    expect(read(bytes(1), 'bogus')).toBeNull();
    expect(made).toEqual(['koi8-r', 'bogus']);
    for (let index = 0; index < 100; index++) read(bytes(1), `bogus${index}`);
    expect(made.length).toBe(MAX_CHARSET_LABELS);
    // labels it already knows still read; a new one, past the bound, is not tried
    expect(read(bytes(1), 'koi8-r')).toBe('koi8-r:1');
    expect(read(bytes(1), 'gb2312')).toBeNull();
    expect(made).not.toContain('gb2312');
  });
});

describe('RFC 2047 encoded words', () => {
  it('decodes B and Q words in any charset', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3=A9_Ana?= <a@b.example>')).toEqual({ text: 'Café Ana <a@b.example>', complete: true });
    expect(decodeEncodedWords('=?utf-8?q?caf=c3=a9?=').text).toBe('café');
    expect(decodeEncodedWords('=?windows-1252?Q?=93Sale=94_=80_5?=').text).toBe('“Sale” € 5');
    expect(decodeEncodedWords('=?iso-8859-15?Q?=A4?=').text).toBe('€');
    expect(decodeEncodedWords('=?iso-8859-2?Q?Pawe=B3?=').text).toBe('Paweł');
    expect(decodeEncodedWords('=?koi8-r?B?8NLJ?=').text).toBe('При');
    expect(decodeEncodedWords('=?shift_jis?B?gqCDZQ==?=').text).toBe('あテ');
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=').text).toBe('テスト');
    expect(decodeEncodedWords('=?UTF-8*en?Q?Hi?=').text).toBe('Hi');
  });

  it('drops white space between two words only (RFC 2047 §6.2)', () => {
    expect(decodeEncodedWords('=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?B?IE3DvGxsZXI=?=').text).toBe('Jürgen Müller');
    expect(decodeEncodedWords('=?utf-8?q?a?=\r\n\t =?iso-8859-1?q?b?=').text).toBe('ab');
    expect(decodeEncodedWords('=?utf-8?q?a?= b =?utf-8?q?c?=').text).toBe('a b c');
    expect(decodeEncodedWords('x =?utf-8?q?a?= y').text).toBe('x a y');
  });

  it('joins the bytes of adjacent words in one charset: a character split across two comes out whole', () => {
    // € is E2 82 AC, split after its first byte
    expect(decodeEncodedWords('=?utf-8?Q?=E2?= =?UTF-8?B?gqw=?=')).toEqual({ text: '€', complete: true });
    // …and not across a word in another charset, nor across text
    expect(decodeEncodedWords('=?utf-8?Q?=E2?= =?iso-8859-1?Q?=82=AC?=').text).toBe('\ufffd‚¬');
    expect(decodeEncodedWords('=?utf-8?Q?=E2?= x =?utf-8?Q?=82=AC?=').text).toBe('\ufffd x \ufffd\ufffd');
  });

  it('reads a run word by word when its joined bytes are not well-formed (ISO-2022-JP, a bad UTF-8 word)', () => {
    // each ISO-2022-JP word ends with its escape back to ASCII; joined, two escapes meet (an error)
    expect(decodeEncodedWords('=?iso-2022-jp?B?GyRCJEgbKEI=?= =?iso-2022-jp?B?GyRCJEobKEI=?=')).toEqual({ text: 'とな', complete: true });
    // lhost-domino-02.eml's subject ends in two such words; lhost-exchange2007-04.eml's splits ャ across two
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCJUclIyVsGyhC?=\r\n =?ISO-2022-JP?B?GyRCJS8lSCVqJEskTzgrJEQkKyRqJF4kOyRzISMbKEI=?=').text).toBe(
      'ディレクトリには見つかりません。',
    );
    expect(
      decodeEncodedWords('=?iso-2022-jp?B?VW5kZWxpdmVyYWJsZTogGyRCJS0lOCVIJWkhJiVVJWklQyU3JWUbKEIvGyRCJUsl=?=\r\n =?iso-2022-jp?B?YyE8JXMbKEIK=?=').text,
    ).toBe('Undeliverable: キジトラ・フラッシュ/ニャーン\n');
    // a bad word does not spoil the good one before it
    expect(decodeEncodedWords('=?utf-8?Q?=C3=A9?= =?utf-8?Q?=FF?=')).toEqual({ text: 'é\ufffd', complete: true });
    expect(decodeEncodedWords('=?utf-8?Q?=E2=82?= =?utf-8?Q?=AC?=').text).toBe('€');
  });

  it('joins words by encoding, not by how the label is spelt', () => {
    expect(decodeEncodedWords('=?utf8?Q?=E2=82?= =?UTF-8?Q?=AC?=').text).toBe('€');
    expect(decodeEncodedWords('=?unicode-1-1-utf-8?Q?=E2?= =?utf-8*en?Q?=82=AC?=').text).toBe('€');
    // Shift_JIS あ (82 A0) split across `sjis` and `shift_jis`
    expect(decodeEncodedWords('=?sjis?Q?=82?= =?shift_jis?Q?=A0?=').text).toBe('あ');
  });

  it('drops only blanks (space, tab, CR, LF) between words: other white space is text', () => {
    for (const space of ['\u00a0', '\u2028', '\ufeff', '\u3000']) {
      expect(decodeEncodedWords(`=?utf-8?Q?a?=${space}=?utf-8?Q?b?=`).text, space.codePointAt(0)?.toString(16)).toBe(`a${space}b`);
    }
    expect(decodeEncodedWords('=?utf-8?Q?a?= \t\r\n =?utf-8?Q?b?=').text).toBe('ab');
  });

  it('leaves out a word in an unknown charset, and says so', () => {
    expect(decodeEncodedWords('=?x-no-such?Q?abc?= Ana')).toEqual({ text: ' Ana', complete: false });
    expect(decodeEncodedWords('=?koi8-r?B?8NLJ?=', noDecoder)).toEqual({ text: '', complete: false });
    expect(decodeEncodedWords('=?windows-1252?Q?=80?=', noDecoder)).toEqual({ text: '€', complete: true });
  });

  it('reads an empty word as nothing, and leaves what is not a word as written', () => {
    expect(decodeEncodedWords('a=?utf-8?q??=b')).toEqual({ text: 'ab', complete: true });
    expect(decodeEncodedWords('=?utf-8?b?=?=')).toEqual({ text: '', complete: true });
    for (const text of ['=?utf-8?x?abc?=', '=?utf-8?q?a b?=', '=??q?abc?=', '=?utf-8?q?abc', '=?utf-8?q?a?b?=', '=?', '=?utf-8', 'a ?= =? b']) {
      expect(decodeEncodedWords(text), text).toEqual({ text, complete: true });
    }
  });

  it('bad base64 and a lone = in Q words read as far as they go', () => {
    expect(decodeEncodedWords('=?utf-8?b?S!G*k?=').text).toBe('Hi');
    expect(decodeEncodedWords('=?utf-8?q?a=?=').text).toBe('a=');
    expect(decodeEncodedWords('=?utf-8?q?=ZZ?=').text).toBe('=ZZ');
  });

  it('reads words up to the bounds, and leaves longer ones as written', () => {
    const label = 'x'.repeat(41);
    expect(decodeEncodedWords(`=?${label}?q?a?=`).text).toBe(`=?${label}?q?a?=`);
    const long = `=?utf-8?q?${'a'.repeat(2000)}?=`;
    expect(decodeEncodedWords(long).text).toBe('a'.repeat(2000));
    const tooLong = `=?utf-8?q?${'a'.repeat(2001)}?=`;
    expect(decodeEncodedWords(tooLong).text).toBe(tooLong);
  });

  it('1 MB of `=?`, of half-words and of words in made-up charsets: read to the end', () => {
    const opens = '=?'.repeat(500_000);
    expect(decodeEncodedWords(opens).text).toBe(opens);
    const halves = '=?utf-8?q?'.repeat(100_000);
    expect(decodeEncodedWords(halves).text).toBe(halves);
    const words = Array.from({ length: 100_000 }, (_, index) => `=?x-${index}?q?a?=`).join(' ');
    expect(decodeEncodedWords(words)).toEqual({ text: '', complete: false });
    expect(decodeEncodedWords('=?utf-8?q?a?= '.repeat(100_000)).text).toBe('a'.repeat(100_000) + ' ');
  });
});
