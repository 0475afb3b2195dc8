// Link hosts read as a browser reads them (UTS #46, core/links/host-mapping.ts; issue #11): a host
// written with full-width letters, ideographic dots or invisible code points opens the ASCII name,
// and every rule that reads a link's domain must see that name. Node's WHATWG `new URL()` is the
// reference (scripts/check-host-mapping.ts compares every code point).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { shownDomain } from '../../core/links/find-urls.ts';
import { unicodeHostname } from '../../core/links/punycode.ts';
import { parseUrl } from '../../core/links/url.ts';
import { ruleById } from '../rules/test-rule.ts';

/** The four spellings of paypal.com a browser opens as paypal.com. */
const DISGUISED = [
  ['ideographic full stop', 'paypal\u3002com'],
  ['full-width letters', 'ｐａｙｐａｌ.com'],
  ['zero-width space', 'pay\u200bpal.com'],
  ['soft hyphen', 'pay\u00adpal.com'],
] as const;

describe('parseUrl reads a host as a browser does', () => {
  it.each(DISGUISED)('%s: `http://%s/x` goes to paypal.com', (_, host) => {
    const url = parseUrl(`http://${host}/x`);
    expect(new URL(`http://${host}/x`).hostname).toBe('paypal.com');
    expect([url.hostname, url.domain, url.suffix, url.icann]).toEqual(['paypal.com', 'paypal.com', 'com', true]);
    expect(url.mappedFrom).toBe(host.toLowerCase());
  });

  it('reads a byte-order mark inside a host as a browser does (dropped), not as the end of the host', () => {
    const url = parseUrl('http://pay\ufeffpal.com/x');
    expect([url.hostname, url.mappedFrom]).toEqual(['paypal.com', 'pay\ufeffpal.com']);
  });

  it('drops one trailing dot of any form, as written too: `www.example.co.jp。` is no other name', () => {
    for (const href of ['https://www.example.co.jp\u3002/', 'https://www.example.co.jp\uff0e', 'https://www.example.co.jp\uff61']) {
      const url = parseUrl(href);
      expect([url.hostname, url.mappedFrom]).toEqual(['www.example.co.jp', undefined]);
    }
    expect(parseUrl('https://paypal\u3002com\u3002/').mappedFrom).toBe('paypal\u3002com');
  });

  it('reads full-width digits as an IP address', () => {
    const url = parseUrl('http://１２７.０.０.１/admin');
    expect([url.hostname, url.isIp, url.mappedFrom]).toEqual(['127.0.0.1', true, '１２７.０.０.１']);
  });

  it('keeps a real internationalised name as today: Unicode, not mapped', () => {
    for (const href of ['http://bücher.de/', 'http://Bücher.DE/', 'http://bu\u0308cher.de/']) {
      const url = parseUrl(href);
      expect([url.hostname, url.domain, url.mappedFrom]).toEqual(['bücher.de', 'bücher.de', undefined]);
    }
    expect(parseUrl('http://xn--bcher-kva.de/').hostname).toBe('xn--bcher-kva.de');
  });

  it('does not map a host into one a browser refuses (a full-width slash or @ is no delimiter)', () => {
    expect(parseUrl('http://evil.example／paypal.com/').hostname).toBe('evil.example／paypal.com');
    expect(parseUrl('http://paypal.com＠evil.example/').hostname).toBe('paypal.com＠evil.example');
  });

  it('agrees with new URL() on generated hosts', () => {
    // Pieces a spammer or an IDN may hold: ASCII, full-width and compatibility letters, the dots
    // UTS #46 reads as `.`, ignored code points, Greek (final sigma), German ß/ẞ, Cherokee, Cyrillic.
    const piece = fc.constantFrom(
      'a', 'p', 'Y', '0', '7', '-', '.', 'ｐ', 'Ａ', '１', 'ⓟ', 'ﬁ', '𝐩', '\u3002', '\uff0e', '\uff61', '\u00ad', '\u200b',
      '\u2060', '\ufeff', '\ufe0f', 'ü', 'u\u0308', 'Σ', 'σ', 'ς', 'ß', 'ẞ', 'Ꭰ', 'ꭰ', 'ᲀ', 'ᾳ', 'я', 'Ж', 'ı', 'İ', '中', 'ｶ',
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom('.com', '.de', '.co.uk', ''), (pieces, tail) => {
        const host = pieces.join('') + tail;
        let browser: string;
        try {
          browser = unicodeHostname(new URL(`http://${host}/`).hostname);
        } catch {
          return; // a host the browser refuses opens nothing
        }
        const ours = parseUrl(`http://${host}/`).hostname ?? '';
        // A number a browser reads as IPv4 (`7` is 0.0.0.7) parseUrl keeps as written (isObfuscatedIp).
        if (/^\d+(?:\.\d+){3}$/.test(browser) && /^[\d.]+$/.test(ours)) return;
        accepted++;
        expect(ours).toBe(browser.replace(/\.$/, ''));
      }),
      { numRuns: 600, seed: 11 },
    );
    expect(accepted).toBeGreaterThan(200);
  });
});

describe('shownDomain reads link text as a browser would read the address', () => {
  it.each(DISGUISED)('%s: `%s` shows paypal.com', (_, text) => {
    expect(shownDomain(text)).toBe('paypal.com');
    expect(shownDomain(`https://www.${text}/login`)).toBe('paypal.com');
  });

  it('keeps a real internationalised name as today', () => {
    expect(shownDomain('bücher.de')).toBe('bücher.de');
  });

  it('reads a full stop beside Chinese or Japanese as a full stop, not a dot: no domain shown', () => {
    // `夏のビッグ.セール` would be a name under the real IDN TLD .セール.
    for (const text of ['夏のビッグ。セール', 'ようこそ。世界', '欢迎光临。中国', '今すぐ購入．コム', 'ご確認ください｡ポイント', 'サンプル。example。jp']) {
      expect(shownDomain(text)).toBeNull();
    }
    // The same dot between Latin names is a host's: the test can fail.
    expect(shownDomain('paypal。com')).toBe('paypal.com');
    expect(shownDomain('ｐａｙｐａｌ。com')).toBe('paypal.com');
    expect(shownDomain('www.example.co.jp。')).toBe('example.co.jp');
  });
});

describe('the link rules see the name a browser opens', () => {
  const analyzer = createAnalyzer();
  const hits = (rule: string, html: string) => ruleById(rule).check(analyzer.context({ html }));

  it.each(DISGUISED)('link-text-mismatch: text `%s` shows paypal.com, the href goes elsewhere', (_, text) => {
    const found = hits('link-text-mismatch', `<p>Sign in: <a href="http://evil.example/login">${text}</a></p>`);
    expect(found.length).toBe(1);
    expect(found[0]?.message).toContain('`paypal.com`');
  });

  it.each(DISGUISED)('link-text-mismatch: text `%s` over an href to paypal.com is no mismatch', (_, text) => {
    expect(hits('link-text-mismatch', `<p>Sign in: <a href="https://www.paypal.com/signin">${text}</a></p>`)).toEqual([]);
  });

  it.each(DISGUISED)('brand-link-mismatch: an href to `%s` is a link to PayPal', (_, host) => {
    const html = (href: string) =>
      `<p>PayPal: your account has been suspended. Verify your password now.</p><p><a href="${href}">Restore access</a></p>`;
    // The same mail linking elsewhere fires: the test can fail.
    expect(hits('brand-link-mismatch', html('http://evil.example/login')).length).toBe(1);
    expect(hits('brand-link-mismatch', html(`http://${host}/signin`))).toEqual([]);
  });

  it('link-shortener, suspicious-tld and free-hosting-link see a host written with ideographic dots', () => {
    expect(hits('link-shortener', '<p><a href="http://bit\u3002ly/3xYz">Open</a></p>').length).toBe(1);
    expect(hits('suspicious-tld', '<p><a href="http://prize-claim\uff0eaccountant/win">Claim</a></p>').length).toBe(1);
    expect(hits('free-hosting-link', '<p><a href="http://login-secure\uff61weebly\uff61com/">Log in</a></p>').length).toBe(1);
  });

  it('ip-address-link sees an IP written with full-width digits', () => {
    const found = hits('ip-address-link', '<p><a href="http://２０３.０.１１３.７/login">Log in</a></p>');
    expect(found.length).toBe(1);
    expect(found[0]?.message).toContain('(`203.0.113.7`)');
  });

  it('lookalike-domain reports a host that needed mapping, as written, at full strength', () => {
    for (const [, host] of DISGUISED) {
      const found = hits('lookalike-domain', `<p><a href="http://${host}/x">Account</a></p>`);
      expect(found.map((hit) => hit.strength)).toEqual([2]);
      expect(found[0]?.message).toContain(`\`${host.toLowerCase()}\``);
    }
    // A real link to paypal.com beside it does not hide the disguised one.
    const both = hits('lookalike-domain', '<p><a href="https://paypal.com/">PayPal</a> <a href="http://pay\u200bpal.com/x">Account</a></p>');
    expect(both.length).toBe(1);
    expect(both[0]?.message).toContain('`pay\u200bpal.com`');
  });

  it('lookalike-domain still judges a plain internationalised name lightly', () => {
    expect(hits('lookalike-domain', '<p><a href="http://bücher.de/">Bücher</a></p>').map((hit) => hit.strength)).toEqual([0.3]);
  });

  it('link-text-mismatch: Japanese link text with a full stop shows no domain', () => {
    const html = (text: string) => `<p>ご注文ありがとうございます。<a href="https://shop.example.co.jp/sale">${text}</a></p>`;
    expect(hits('link-text-mismatch', html('夏のビッグ。セール'))).toEqual([]);
    expect(hits('link-text-mismatch', html('paypal。com')).length).toBe(1);
  });

  it('lookalike-domain: emoji hosts keep their light verdict (a variation selector is no disguise)', () => {
    for (const host of ['i\u2764\ufe0f.ws', '\u263a\ufe0f.ws', '\u2603.net', 'i\u2764.ws']) {
      const found = hits('lookalike-domain', `<p><a href="http://${host}/">Hi</a></p>`);
      expect(found.map((hit) => [hit.strength, hit.message.includes('internationalised')])).toEqual([[0.3, true]]);
    }
  });

  it('lookalike-domain: the zero-width characters rspamd counts, and the word joiner, are a disguise in any host', () => {
    for (const host of ['bücher\u00ad.de', 'bü\u200bcher.de', 'bü\u2060cher.de', 'bü\ufeffcher.de', 'bü\u2064cher.de']) {
      expect(hits('lookalike-domain', `<p><a href="http://${host}/">Bücher</a></p>`).map((hit) => hit.strength)).toEqual([2]);
    }
  });

  it('lookalike-domain: other dropped code points are a disguise only where the name opened is ASCII', () => {
    // A variation selector or U+034F inside paypal.com hides it; inside an emoji host it does not.
    for (const host of ['pay\ufe0fpal.com', 'pay\u034fpal.com']) {
      expect(hits('lookalike-domain', `<p><a href="http://${host}/">Account</a></p>`).map((hit) => hit.strength)).toEqual([2]);
    }
  });

  it('lookalike-domain: a full stop after a Japanese address or inside a Japanese name is no disguise', () => {
    const strengths = (html: string) => hits('lookalike-domain', html).map((hit) => hit.strength);
    // The sentence's full stop after the address, in the href or in plain text: nothing.
    expect(strengths('<p>詳しくは<a href="https://www.example.co.jp。">こちら</a></p>')).toEqual([]);
    expect(ruleById('lookalike-domain').check(analyzer.context({ text: '詳しくは https://www.example.co.jp。またのご利用をお待ちしております。' }))).toEqual([]);
    // A dot a browser reads as `.` in a name that is not ASCII: judged label by label, lightly.
    expect(strengths('<p><a href="https://例え。jp/">例え</a></p>')).toEqual([0.3]);
    expect(strengths('<p><a href="https://例え．jp/">例え</a></p>')).toEqual([0.3]);
    // The same dots in an ASCII name: the disguise, at full strength.
    expect(strengths('<p><a href="https://www.example。co。jp/">Shop</a></p>')).toEqual([2]);
    expect(strengths('<p><a href="https://paypal。com。/">Shop</a></p>')).toEqual([2]);
  });
});
