// URLs written in text (core/links/find-urls.ts): with a scheme, with `www.`, and scheme-less with a
// path (`tinyurl.com/y7k2m4pq`), which mail apps make clickable and spam uses to dodge filters that
// only read `http://` (issue #11); and never on dotted words that are not addresses.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { tokenize } from 'linkifyjs';
import { findUrls, shownDomain, unspacedLength } from '../../core/links/find-urls.ts';
import { parseUrl } from '../../core/links/url.ts';
import { parseMessage } from '../../core/message/parse.ts';
import { ruleById } from '../rules/test-rule.ts';

/** Each URL found as `text → href`. */
const analyzer = createAnalyzer();
const found = (text: string) => findUrls(text).map((url) => `${text.slice(url.start, url.end)} → ${url.href}`);

describe('findUrls: scheme-less addresses with a path are links', () => {
  it.each([
    ['See tinyurl.com/y7k2m4pq now', 'tinyurl.com/y7k2m4pq → http://tinyurl.com/y7k2m4pq'],
    ['bit.ly/x', 'bit.ly/x → http://bit.ly/x'],
    ['Order at (letters.cn/buy).', 'letters.cn/buy → http://letters.cn/buy'],
    ['Visit shop.example.co.uk/deals?id=7 today', 'shop.example.co.uk/deals?id=7 → http://shop.example.co.uk/deals?id=7'],
    ['«mail.google.com/mail/u/0»', 'mail.google.com/mail/u/0 → http://mail.google.com/mail/u/0'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('keeps finding addresses with a scheme or www., each once', () => {
    expect(found('Go to example.com/path, www.a.com/b and http://c.com/d/e')).toEqual([
      'example.com/path → http://example.com/path',
      'www.a.com/b → http://www.a.com/b',
      'http://c.com/d/e → http://c.com/d/e',
    ]);
  });
});

describe('findUrls reads markers in any case', () => {
  it('finds `www.` in capitals or mixed case, where it was written', () => {
    expect(found('Visit WWW.EXAMPLE.COM today, or wWw.example.org/a, ww.x.com/y and w.ww.z.com')).toEqual([
      'WWW.EXAMPLE.COM → http://WWW.EXAMPLE.COM',
      'wWw.example.org/a → http://wWw.example.org/a',
      'ww.x.com/y → http://ww.x.com/y', // scheme-less with a path
    ]);
  });

  it('finds the same URLs at the same places in a text and in its lower case', () => {
    const text = 'ÀB WWW.Shop.COM/Deals É HTTP://A.B.COM/x, Bit.LY/Y and (WWW.X.ORG)';
    const lower = text.toLowerCase();
    expect(findUrls(text).map((url) => [url.start, url.end])).toEqual(findUrls(lower).map((url) => [url.start, url.end]));
    expect(findUrls(text)).toHaveLength(4);
  });
});

describe('findUrls: dotted words that are not addresses are not links', () => {
  it.each([
    'e.g. and i.e./etc.',
    'node.js/express and socket.io',
    'version 1.2.3/4.5.6 or v2.0/docs',
    'report.pdf, file.tar.gz/x and docs/readme.md',
    'and/or 12/05/2020 or 1.5/2',
    'write to user@example.com/team',
    'example.com/ and example.com and bit.ly',
    'a.b/c where b is no TLD, foo.notatld/x',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findUrls on hostile input', () => {
  it('reads a long slash-and-dot word without finding a link in it', () => {
    const text = `${'a.b/'.repeat(50_000)} end`;
    expect(findUrls(text)).toEqual([]);
  });
});

describe('the parse makes scheme-less URLs bare links, outside link text only', () => {
  it('in plain text', () => {
    const [link] = parseMessage({ text: 'Cheap meds: tinyurl.com/y7k2m4pq' }).links;
    expect(link).toMatchObject({ bare: true, href: 'http://tinyurl.com/y7k2m4pq', text: 'tinyurl.com/y7k2m4pq' });
    expect(link?.url.domain).toBe('tinyurl.com');
  });

  it('in HTML text, but not inside an <a> that already links', () => {
    const links = parseMessage({ html: '<p>See bit.ly/abc or <a href="https://example.org/x">example.org/x</a></p>' }).links;
    expect(links.map((link) => [link.href, link.bare])).toEqual([
      ['https://example.org/x', false],
      ['http://bit.ly/abc', true],
    ]);
  });
});

describe('findUrls: offsets stay the text’s after an İ', () => {
  // `İ` (U+0130) is the one character whose lower case is two (`i̇`): markers searched in a
  // lower-case copy landed past their word in the text, so URLs after one were cut wrong or lost.
  it.each([
    ['İSTANBUL İndirim: http://example.com/a bit.ly/x WWW.Shop.example.org/sale', [
      'http://example.com/a → http://example.com/a',
      'bit.ly/x → http://bit.ly/x',
      'WWW.Shop.example.org/sale → http://WWW.Shop.example.org/sale',
    ]],
    ['İİİİİİİİ go to tinyurl.com/y7k2m4pq now', ['tinyurl.com/y7k2m4pq → http://tinyurl.com/y7k2m4pq']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('places a bare URL after an İ at its own characters in the message', () => {
    const text = `${'İNDİRİM '.repeat(10)}http://example.com/kampanya`;
    const [link] = parseMessage({ text }).links;
    expect(link && text.slice(link.start, link.end)).toBe('http://example.com/kampanya');
    expect(link?.url.hostname).toBe('example.com');
  });
});

describe('shownDomain: the registrable domain a link text shows', () => {
  // Bare lower-case host names take a short path (the TLD asked of linkify, the name of tldts);
  // the others go through linkify's scan of the whole text. Both must answer alike.
  it.each([
    ['www.paypal.com', 'paypal.com'],
    ['secure.paypal.co.uk', 'paypal.co.uk'],
    ['WWW.PayPal.com', 'paypal.com'],
    ['https://www.paypal.com/login', 'paypal.com'],
    ['www.paypal.com.', 'paypal.com'],
    ['my-shop.example-store.com', 'example-store.com'],
    ['123.com', '123.com'],
    // tldts lists `onion` as an ICANN suffix, linkify does not read it as a TLD: no address shown
    ['www.hidden.onion', null],
    ['www.example.local', null],
    // A public suffix whole shows no domain, on the short path and through linkify
    ['co.uk', null],
    ['https://co.uk/', null],
    ['co.uk/login', null],
    ['https://shop.co.uk/', 'shop.co.uk'],
    // `za` is no ICANN suffix (only `co.za` and its kin are): a name under it shows no domain
    ['www.example.za', null],
    ['https://www.example.za/', null],
    ['www.example.co.za', 'example.co.za'],
    ['https://www.example.co.za/', 'example.co.za'],
    ['a-.example.com', null],
    ['Professional ASP.NET', null],
    ['offer 12', null],
  ])('%s → %s', (text, expected) => {
    expect(shownDomain(text)).toBe(expected);
  });

  it('answers alike with a TLD memo shared across texts', () => {
    const tlds = new Map<string, boolean>();
    const texts = ['www.a.com', 'b.onion', 'www.c.com', 'd.onion', 'shop.e.co.uk', 'x.zz'];
    expect(texts.map((text) => shownDomain(text, tlds))).toEqual(['a.com', null, 'c.com', null, 'e.co.uk', null]);
    expect(tlds.get('onion')).toBe(false);
    expect(tlds.get('com')).toBe(true);
  });
});

describe('shownDomain: host names with letters beyond ASCII', () => {
  // They take a short path too (the TLD asked of linkify, the name parsed as `http://` and it). The
  // oracle is the long path written out: linkify reads the whole text as one URL, parseUrl its href.
  function byLinkify(text: string): string | null {
    const readable = text.replace(/[\u00ad\u200b]/g, '').replace(/(?<![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])[\u3002\uff0e\uff61](?![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])/gu, '.');
    const tokens = tokenize(readable);
    const link = tokens.length === 1 ? tokens[0] : undefined;
    if (!link?.isLink || link.t !== 'url') return null;
    const url = parseUrl(link.toHref('http'));
    if (url.isIp) return url.hostname;
    return url.icann && url.domain && url.domain !== url.suffix ? url.domain : null;
  }

  it.each([
    ['münchen.de', 'münchen.de'],
    ['www.bücher-shop.de', 'bücher-shop.de'],
    ['пример.рф.com', 'рф.com'],
    ['日本1z。jp', '日本1z.jp'],
    ['x\u00ad1z.org', 'x1z.org'],
    ['ℹinfo.com', 'iinfo.com'],
    ['münchen.zz', null],
    ['bücher.onion', null],
    // Public suffixes whole show no domain (`ålesund.no`, `岐阜.jp`, `bø.telemark.no`, and
    // `ü.kawasaki.jp` under the rule `*.kawasaki.jp`); a name under one shows itself
    ['ålesund.no', null],
    ['x.ålesund.no', 'x.ålesund.no'],
    ['岐阜.jp', null],
    ['bø.telemark.no', null],
    ['x.ü.kawasaki.jp', 'x.ü.kawasaki.jp'],
    ['https://ålesund.no/', null],
    ['https://x.ålesund.no/', 'x.ålesund.no'],
    ['https://岐阜.jp/', null],
    // Nor does a name under a suffix that is not ICANN's (`za` and `helsinki` are TLDs linkify knows)
    ['münchen.za', null],
    ['münchen.co.za', 'münchen.co.za'],
    ['bücher.helsinki', null],
    ['https://münchen.za/', null],
    ['MÜNCHEN.de', 'münchen.de'],
  ])('%s → %s, as linkify reads it', (text, expected) => {
    expect(shownDomain(text)).toBe(expected);
    expect(byLinkify(text)).toBe(expected);
  });

  it('answers as linkify on generated names of many scripts', () => {
    const letters = ['abz09', 'üößéñ', 'ıİſß', 'пример', 'ΣΑσας', 'αβγ', '日本語', 'カタカナー', '한국', 'عربي', 'עברית', 'ไทย', 'ａｂｗ', '１２', 'ℹⓂ', '\u0301', '-', 'ﬁ𝐚'];
    const tlds = ['com', 'de', 'jp', 'zz', 'onion', 'co.uk', 'рф', 'ｃｏｍ'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const memo = new Map<string, boolean>();
    const names: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const labels = Array.from({ length: 1 + next(2) }, () => {
        // Half the labels in one script (most reach the short path), half mixing two.
        const pool = [...(letters[next(letters.length)] as string), ...(next(2) ? '' : (letters[next(letters.length)] as string))];
        return Array.from({ length: 1 + next(6) }, () => pool[next(pool.length)]).join('');
      });
      names.push(`${labels.join('.')}.${tlds[next(tlds.length)]}`);
    }
    const differ = names.filter((name) => shownDomain(name, memo) !== byLinkify(name));
    expect(differ).toEqual([]);
    // The generator reaches both answers (and the short path: plain letters before an ASCII TLD).
    expect(names.filter((name) => byLinkify(name) !== null).length).toBeGreaterThan(300);
  });
});

describe('findUrls: prose without spaces runs into an address', () => {
  it.each([
    ['詳しくはwww.example.co.jpをご覧ください。', 'www.example.co.jp → http://www.example.co.jp'],
    ['详情请访问www.example.cn', 'www.example.cn → http://www.example.cn'],
    ['비밀번호는www.example.com에서 바꾸세요', 'www.example.com → http://www.example.com'],
    ['รายละเอียดwww.example.com', 'www.example.com → http://www.example.com'],
    ['𠮷野家www.example.co.jp', 'www.example.co.jp → http://www.example.co.jp'],
    ['サポートセンターwww.example.co.jp', 'www.example.co.jp → http://www.example.co.jp'],
    ['ｻﾎﾟｰﾄｾﾝﾀｰwww.example.co.jp', 'www.example.co.jp → http://www.example.co.jp'],
    ['3.5%の割引。詳しくはwww.abc.co.jp', 'www.abc.co.jp → http://www.abc.co.jp'],
  ])('%s', (text, url) => {
    expect(found(text)).toEqual([url]);
  });

  it('but a letter of a spaced script stays part of the host, as a browser reads it', () => {
    expect(found('Visit bücherwww.example.de today')).toEqual(['bücherwww.example.de → http://bücherwww.example.de']);
  });

  it('but labels of one host before it stay in the host: a look-alike is not hidden by a kana glued to `www.`', () => {
    expect(found('Login: pаypal.com.ロwww.evil.com')).toEqual(['pаypal.com.ロwww.evil.com → http://pаypal.com.ロwww.evil.com']);
    const context = analyzer.context({ text: 'Login: pаypal.com.ロwww.evil.com' });
    expect(ruleById('lookalike-domain').check(context).length).toBeGreaterThan(0);
  });

  it('and the prose before it raises no look-alike host', () => {
    const context = analyzer.context({ text: '詳しくはwww.example.co.jpをご覧ください。' });
    expect(ruleById('lookalike-domain').check(context)).toEqual([]);
  });
});

describe('findUrls: a Japanese or Chinese full stop ends a URL', () => {
  it.each([
    ['詳しくは https://www.example.co.jp。またのご利用をお待ちしております。', 'https://www.example.co.jp → https://www.example.co.jp'],
    ['サイト https://例え.jp。ご確認ください', 'https://例え.jp → https://例え.jp'],
    ['お知らせ https://example.jp/お知らせ。詳しくは', 'https://example.jp/お知らせ → https://example.jp/お知らせ'],
    ['見てください https://example.jp/sale。', 'https://example.jp/sale → https://example.jp/sale'],
    ['详情请见 https://example.cn．谢谢', 'https://example.cn → https://example.cn'],
  ])('%s', (text, url) => {
    expect(found(text)).toEqual([url]);
  });

  it('but not a look-alike dot between names, which a browser reads as `.`', () => {
    expect(found('Sign in: https://paypal。com/login')).toEqual(['https://paypal。com/login → https://paypal。com/login']);
    expect(found('Sign in: https://ｐａｙｐａｌ．ｃｏｍ/login')).toEqual(['https://ｐａｙｐａｌ．ｃｏｍ/login → https://ｐａｙｐａｌ．ｃｏｍ/login']);
  });
});

describe('findUrls: an address written in ASCII ends where prose without spaces begins', () => {
  // Twitter's extractor reads hosts so (twitter/twitter-text conformance/extract.yml, "Extract URLs
  // with and without protocol surrounded by CJK characters").
  it.each([
    ['詳しくはwww.example.comまたはwww.evil.com', ['www.example.com → http://www.example.com', 'www.evil.com → http://www.evil.com']],
    ['こちらhttps://evil.example/loginからログイン', ['https://evil.example/loginからログイン → https://evil.example/loginからログイン']],
    ['请访问www.example.cn或者www.evil.cn登录', ['www.example.cn → http://www.example.cn', 'www.evil.cn → http://www.evil.cn']],
    ['ไปที่www.example.comเพื่อนๆ', ['www.example.com → http://www.example.com']],
    ['www.example.com𠮷野家でhttps://evil.example/xを', ['www.example.com → http://www.example.com', 'https://evil.example/xを → https://evil.example/xを']],
    ['中国語t.co/abcde', ['t.co/abcde → http://t.co/abcde']],
    // A word `://` claims, whose `www.` piece has prose before it.
    ['ご案内。詳しくはwww.example.co.jpまたはhttps://evil.example/x', ['www.example.co.jp → http://www.example.co.jp', 'https://evil.example/x → https://evil.example/x']],
    // A piece that starts with CJK punctuation is read after it, as one after `(` is.
    ['詳しくはwww.example.co.jpをご覧ください。bit.ly/abc123', ['www.example.co.jp → http://www.example.co.jp', 'bit.ly/abc123 → http://bit.ly/abc123']],
    ['www.example.jpをご覧ください。sub.example.top/x', ['www.example.jp → http://www.example.jp', 'sub.example.top/x → http://sub.example.top/x']],
    ['user@www.example.comダ。sub.example.top:8080/x', ['sub.example.top:8080/x → http://sub.example.top:8080/x']],
    ['www.example.jpまたは「https://evil.example/x」', ['www.example.jp → http://www.example.jp', 'https://evil.example/x → https://evil.example/x']],
  ])('%s', (text, urls) => {
    expect(found(text)).toEqual(urls);
  });

  it('a piece of the word between runs of prose is read only when it holds a marker, as a word is', () => {
    // `evil.com` alone is no link in `or evil.com`, nor in `example.com日本語`.
    expect(found('example.com日本語https://evil.com')).toEqual(['https://evil.com → https://evil.com']);
  });

  it.each([
    ['https://例え.jp/path', 'https://例え.jp/path → https://例え.jp/path'],
    ['www.例え.jp', 'www.例え.jp → http://www.例え.jp'],
    ['https://ドメイン名例.jp/', 'https://ドメイン名例.jp/ → https://ドメイン名例.jp/'],
    // A label that mixes ASCII and Han, then another label: one IDN host.
    ['https://ibm日本.jp/', 'https://ibm日本.jp/ → https://ibm日本.jp/'],
    ['www.sony製品.jp', 'www.sony製品.jp → http://www.sony製品.jp'],
    ['www.abc日本def.jp', 'www.abc日本def.jp → http://www.abc日本def.jp'],
    ['https://tokyo電力x.co.jp/', 'https://tokyo電力x.co.jp/ → https://tokyo電力x.co.jp/'],
  ])('but an IDN host stays whole: %s', (text, url) => {
    expect(found(text)).toEqual([url]);
  });

  it.each([
    // What stands before the run is no registrable host (`paypal`, `tokyo`), or `www.paypal`,
    // a registrable name under no ICANN suffix.
    ['https://paypal日本secure.com/login', 'https://paypal日本secure.com/login → https://paypal日本secure.com/login'],
    ['www.paypal日本login.com', 'www.paypal日本login.com → http://www.paypal日本login.com'],
    // A registrable host, but a label goes on after the run to a `.`: the shape of the two above,
    // so it stays one host rather than hide a look-alike.
    ['詳しくはwww.example.comまたはevil.com', 'www.example.comまたはevil.com → http://www.example.comまたはevil.com'],
  ])('and a run inside a host cuts only after a registrable host: %s', (text, url) => {
    expect(found(text)).toEqual([url]);
  });

  it.each([
    // The prose stands in the user information: the host is what follows the `@`.
    'https://www.paypal.com認証@evil.top/login',
    'http://paypal.com認証@evil.top/',
    'https://www.paypal.com認証:pw@evil.top/login',
    // A label goes on after the run to a dot, as a host reads them: full-width letters and dot,
    // `%2e`, `_`, and `。` or `｡` with no Chinese or Japanese character beside it.
    'https://www.paypal.com認証ｅｖｉｌ．ｔｏｐ/x',
    'https://www.paypal.com認証%2eevil.top/x',
    'https://www.paypal.com認証%2Eevil.top/x',
    'https://www.paypal.com認証%65vil.top/x',
    'https://www.paypal.com認証_evil.top/x',
    'https://www.paypal.com認証evil。top/x',
    'https://www.paypal.com認証evil｡top/x',
  ])('and not after a registrable host when the run is no end of the host: %s', (text) => {
    expect(found(text)).toEqual([`${text} → ${text}`]);
  });

  it.each([
    // A full stop after prose (a Japanese character before it) is a sentence's, not a host's dot.
    ['詳しくはwww.example.co.jpをご覧ください。ABC社', ['www.example.co.jp → http://www.example.co.jp']],
    // An `@` after the next `/` is in the path, no user information.
    ['詳しくはwww.example.comまたはwww.evil.com/a@b', ['www.example.com → http://www.example.com', 'www.evil.com/a@b → http://www.evil.com/a@b']],
  ])('but a full stop after prose or an `@` in a path still lets it cut: %s', (text, urls) => {
    expect(found(text)).toEqual(urls);
  });

  it.each([
    ['https://ja.wikipedia.org/wiki/日本', 'https://ja.wikipedia.org/wiki/日本 → https://ja.wikipedia.org/wiki/日本'],
    ['https://example.com/search?q=東京', 'https://example.com/search?q=東京 → https://example.com/search?q=東京'],
    ['https://ja.wikipedia.org/wiki/JR東日本', 'https://ja.wikipedia.org/wiki/JR東日本 → https://ja.wikipedia.org/wiki/JR東日本'],
    ['https://example.jp/news/2024年度', 'https://example.jp/news/2024年度 → https://example.jp/news/2024年度'],
    ['https://example.jp/s?q=tokyo東京', 'https://example.jp/s?q=tokyo東京 → https://example.jp/s?q=tokyo東京'],
    ['https://example.jp/a#sec1日本', 'https://example.jp/a#sec1日本 → https://example.jp/a#sec1日本'],
    ['詳細はbit.ly/xyzをクリック', 'bit.ly/xyzをクリック → http://bit.ly/xyzをクリック'],
    ['詳細は t.co/abcde한국twitter.com', 't.co/abcde한국twitter.com → http://t.co/abcde한국twitter.com'],
  ])('a path keeps its letters, as browsers and linkify keep them: %s', (text, url) => {
    expect(found(text)).toEqual([url]);
  });

  it.each([
    ['https://a.example/xからwww.evil.com', ['https://a.example/x → https://a.example/x', 'www.evil.com → http://www.evil.com']],
    ['https://a.example/xまたはbit.ly/abc', ['https://a.example/x → https://a.example/x', 'bit.ly/abc → http://bit.ly/abc']],
    // CJK punctuation before the next address ends the path, which keeps its letters before it.
    ['https://a.example/xから、https://b.example/y', ['https://a.example/xから → https://a.example/xから', 'https://b.example/y → https://b.example/y']],
    ['https://ja.wikipedia.org/wiki/JR東日本「https://b.example/y」', ['https://ja.wikipedia.org/wiki/JR東日本 → https://ja.wikipedia.org/wiki/JR東日本', 'https://b.example/y → https://b.example/y']],
  ])('unless another address starts after the prose: %s', (text, urls) => {
    expect(found(text)).toEqual(urls);
  });

  it('so the rules read the second host, and the prose makes no mixed-script host', () => {
    const rules = (text: string) => analyzer.analyze({ text }).findings.map((finding) => finding.rule);
    expect(rules('詳しくはwww.rewards-center.topまたはwww.example.co.jpをご覧ください。')).toContain('suspicious-tld');
    expect(rules('詳しくはwww.example.co.jpまたはwww.example.comをご覧ください。')).not.toContain('lookalike-domain');
    expect(rules('詳しくはwww.example.co.jpをご覧ください。bit.ly/abc123')).toContain('link-shortener');
  });

  it('so a host after prose in user information, or a label after the prose, is read as main reads it', () => {
    const rules = (text: string) => analyzer.analyze({ text }).findings.map((finding) => finding.rule);
    expect(rules('https://www.paypal.com認証@evil.top/login')).toEqual(expect.arrayContaining(['userinfo-link', 'suspicious-tld']));
    expect(rules('https://www.paypal.com認証ｅｖｉｌ．ｔｏｐ/x')).toContain('lookalike-domain');
    expect(rules('https://www.paypal.com認証%2eevil.top/x')).toContain('lookalike-domain');
  });
});

describe('findUrls: a word glued of many addresses and prose', () => {
  it('is cut at most 32 times, the rest read as one word is', () => {
    const text = 'x.co/a日'.repeat(100);
    const urls = findUrls(text);
    expect(urls).toHaveLength(33);
    // The last piece runs on to the end of the word, as linkify reads a word without prose.
    expect(urls.at(-1)?.end).toBe(text.length);
    expect(urls.slice(0, 32).every((url) => text.slice(url.start, url.end) === 'x.co/a')).toBe(true);
  });
});

describe('unspacedLength', () => {
  // The letters of the scripts written without spaces, as core/links/find-urls.ts reads them.
  const letter = /^(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
  const never = /^$/;

  it('answers without the regex only for code points the regex takes as letters', () => {
    const blocks = [[0x4e00, 0x9fff], [0xac00, 0xd7a3], [0x3041, 0x3096], [0x30a1, 0x30fa]] as const;
    for (const [from, to] of blocks) {
      for (let code = from; code <= to; code++) {
        const character = String.fromCharCode(code);
        if (unspacedLength(character, 0, never) === 1) expect(letter.test(character), code.toString(16)).toBe(true);
      }
    }
    // Outside them the regex decides: the kana voicing sign ゛ (U+309B) and the middle dot ・ are no letters.
    expect(unspacedLength('゛', 0, letter)).toBe(0);
    expect(unspacedLength('・', 0, letter)).toBe(0);
    expect(unspacedLength('𠮷', 0, letter)).toBe(2);
    expect(unspacedLength('ไ', 0, letter)).toBe(1);
  });

  it('reads a long run of prose after an address one character at a time', () => {
    // A regex over the whole run overflowed the stack on 10 MB of Thai.
    const text = 'https://x.th/a' + 'เพื่อนๆ'.repeat(1_500_000);
    expect(findUrls(text)).toHaveLength(1);
  });
});
