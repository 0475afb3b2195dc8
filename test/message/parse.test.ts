import { describe, expect, it } from 'vitest';
import { textToSource } from '../../core/message/locate.ts';
import { parseMessage } from '../../core/message/parse.ts';
import { countVisibleText } from '../../core/facts/visible-text.ts';
import type { FactSources } from '../../core/facts/index.ts';
import type { Message } from '../../core/message/message.ts';
import { GMAIL_CLIP_BYTES, measureBytes } from '../../core/message/parse-html.ts';

/** The words the visible-text fact counts in a parsed message (it reads the message alone). */
const visibleWords = (message: Message): number => countVisibleText({ message } as FactSources).words;

describe('parseMessage', () => {
  it('builds the visible text, separating block elements and skipping head, script and style', () => {
    const m = parseMessage({
      html: '<html><head><title>T</title><style>p{color:red}</style></head><body><p>Hello</p><p>world <b>again</b></p><script>x()</script></body></html>',
    });
    expect(m.text.trim().split(/\s+/)).toEqual(['Hello', 'world', 'again']);
    expect(m.styleSheets).toEqual(['p{color:red}']);
    expect(m.elements.map((e) => e.name)).toEqual(['script']);
  });

  it('maps text offsets back to the HTML source, through entities and inline tags', () => {
    const html = '<p>Caf&eacute; <b>ACT</b> NOW</p>';
    const m = parseMessage({ html });
    const at = m.text.indexOf('ACT');
    const source = textToSource(m.segments, at, at + 3);
    expect(source && html.slice(source.start, source.end)).toBe('ACT');
    const cafe = textToSource(m.segments, m.text.indexOf('Café'), m.text.indexOf('Café') + 4);
    expect(cafe && html.slice(cafe.start, cafe.end)).toBe('Caf&eacute;');
  });

  it('records each way of hiding text with its reason', () => {
    const cases: [string, string][] = [
      ['<div style="display:none">x</div>', 'display-none'],
      ['<div style="visibility:hidden">x</div>', 'visibility-hidden'],
      ['<span style="font-size:0px">x</span>', 'zero-font-size'],
      ['<span style="font-size:1px">x</span>', 'tiny-font-size'],
      ['<font color="#ffffff">x</font>', 'same-color-as-background'],
      ['<div style="background:#000"><span style="color:#010101">x</span></div>', 'same-color-as-background'],
      ['<div style="position:absolute;left:-9999px">x</div>', 'off-page'],
      ['<div style="max-height:0;overflow:hidden">x</div>', 'zero-size-box'],
      ['<div style="opacity:0">x</div>', 'transparent'],
      ['<div hidden>x</div>', 'hidden-attribute'],
    ];
    for (const [html, reason] of cases) {
      const m = parseMessage({ html: `<p>seen</p>${html}` });
      expect(m.hidden.map((span) => span.reason), html).toEqual([reason]);
      const [span] = m.hidden;
      expect(span && m.text.slice(span.start, span.end)).toBe('x');
    }
  });

  it('does not call white text on a dark or image background hidden', () => {
    expect([...parseMessage({ html: '<table bgcolor="#000000"><tr><td><font color="#ffffff">x</font></td></tr></table>' }).hidden]).toEqual([]);
    expect([...parseMessage({ html: '<td background="hero.jpg"><span style="color:#fff">x</span></td>' }).hidden]).toEqual([]);
  });

  it('un-hides text that sets a readable size inside a font-size:0 layout cell, and never hides images by font size', () => {
    const m = parseMessage({ html: '<td style="font-size:0"><div style="font-size:14px">Visible copy</div><img src="a.png"></td>' });
    expect([...m.hidden]).toEqual([]);
    expect(visibleWords(m)).toBe(2);
    expect(m.images[0]?.hidden).toBe(false);
  });

  it('says a link text shows a domain only when the text is itself an address', () => {
    const [address, sentence, placeholder] = parseMessage({
      html: '<a href="https://x.example.net">www.PayPal.com/login.</a><a href="https://y.example.net">Professional ASP.NET in a week</a><a href="https://z.example.net">same-link-as-button.url</a>',
    }).links;
    expect(address?.shownDomain).toBe('paypal.com');
    expect(sentence?.shownDomain).toBeNull();
    expect(placeholder?.shownDomain).toBeNull();
  });

  it('collects links with the domain they point to and the domain their text shows', () => {
    const m = parseMessage({ html: '<a href="http://login.evil.example.zip/a">www.PayPal.com</a> <a href="https://bit.ly/x"><img src="a.png" width="10" height="10"></a>' });
    const [mismatch, imageLink] = m.links;
    expect(mismatch?.url.domain).toBe('example.zip');
    expect(mismatch?.shownDomain).toBe('paypal.com');
    expect(mismatch?.text).toBe('www.PayPal.com');
    expect(imageLink?.hasImage).toBe(true);
    expect(m.images[0]).toMatchObject({ src: 'a.png', width: 10, height: 10, linked: true, alt: null });
  });

  it('points a bare URL in HTML text at its own characters in the source', () => {
    const html = '<p>Caf&eacute; menu: <b>see</b> http://example.com/menu today</p>';
    const [link] = parseMessage({ html }).links;
    expect(link && html.slice(link.sourceStart, link.sourceEnd)).toBe('http://example.com/menu');
  });

  it('finds bare URLs in plain text', () => {
    const m = parseMessage({ text: 'Go to http://192.168.0.1:8080/login now or www.example.com' });
    expect(m.links.map((l) => [l.url.hostname, l.url.isIp, l.url.port, l.bare])).toEqual([
      ['192.168.0.1', true, 8080, true],
      ['www.example.com', false, null, true],
    ]);
  });

  it('notes forms, iframes, meta refresh, external CSS, event handlers, ASCII entities and unclosed tags', () => {
    const m = parseMessage({
      html: '<meta http-equiv="refresh" content="0;url=x"><link rel="stylesheet" href="http://x/a.css"><form><input name=p></form><iframe src=x></iframe><img src=x onerror="alert(1)"><p>&#70;&#82;EE<div><span>open',
    });
    expect(m.elements.map((e) => e.name)).toEqual(['meta-refresh', 'stylesheet', 'form', 'input', 'iframe']);
    expect(m.eventHandlers.map((e) => e.name)).toEqual(['onerror']);
    expect(m.asciiEntities.map((e) => e.value)).toEqual(['F', 'R']);
    expect(m.unclosed.map((e) => e.name).sort()).toEqual(['div', 'span']);
  });

  it('finds huge fonts and the colours used', () => {
    const m = parseMessage({ html: '<p>a</p><font size="7" color="red">BIG</font><span style="font-size:40px;color:#00f">huge</span>' });
    expect(m.hugeFonts.map((f) => m.text.slice(f.start, f.end))).toEqual(['BIG', 'huge']);
    expect(m.colors).toEqual(['#00f', 'red']);
  });

  it('measures UTF-8 bytes and where Gmail would clip', () => {
    const small = parseMessage({ html: '<p>é</p>' });
    expect(small.htmlBytes).toBe(9);
    expect(small.clip).toBeNull();
    const big = parseMessage({ html: `<p>${'a'.repeat(GMAIL_CLIP_BYTES + 10)}</p>` });
    expect(big.clip).toEqual({ byte: GMAIL_CLIP_BYTES, sourceIndex: GMAIL_CLIP_BYTES });
  });

  it('measures non-ASCII text as UTF-8 does, and cuts at the first character past the limit', () => {
    // The first unit of the character whose bytes first pass `limit`, counted the slow way, by code
    // point (an astral character is cut whole, at its high half).
    const firstPast = (text: string, limit: number): number | null => {
      let bytes = 0;
      let index = 0;
      for (const character of text) {
        bytes += Buffer.byteLength(character);
        if (bytes > limit) return index;
        index += character.length;
      }
      return null;
    };
    for (const text of ['é', 'a\u00a0b “quoted” ✓ €5', 'x🙂y'.repeat(3), `${'ü'.repeat(40)}${'a'.repeat(30)}ß`, `${'a'.repeat(50)}é${'b'.repeat(10)}`, `<p>${'a'.repeat(20)}</p>🙂`]) {
      const bytes = Buffer.byteLength(text);
      expect(measureBytes(text, 10_000)).toEqual({ bytes, cutIndex: null });
      expect(measureBytes(text, bytes)).toEqual({ bytes, cutIndex: null });
      expect(measureBytes(text, bytes - 1).cutIndex).toBe(firstPast(text, bytes - 1));
      expect(measureBytes(text, 5)).toEqual({ bytes, cutIndex: firstPast(text, 5) });
    }
  });

  it('detects the language of the text', () => {
    expect(parseMessage({ text: 'Bonjour, nous avons bien reçu votre commande et nous vous remercions de votre confiance.' }).language).toBe('fr');
    expect(parseMessage({ text: 'Vielen Dank für Ihre Bestellung, wir haben Ihre Zahlung erhalten und versenden bald.' }).language).toBe('de');
    expect(parseMessage({ text: 'hi' }).language).toBe('und');
  });

  it('counts only visible words', () => {
    const m = parseMessage({ html: '<p>one two three</p><div style="display:none">four five</div>' });
    expect(visibleWords(m)).toBe(3);
  });

  it('reads hiding from <style> rules applied to classes, and keeps low-contrast text apart from hidden text', () => {
    const m = parseMessage({ html: '<style>.h{display:none}.f{color:#f0f0f0}</style><p>seen</p><p class="h">gone</p><p class="f">faint</p>' });
    expect(m.hidden.map((span) => [span.reason, m.text.slice(span.start, span.end)])).toEqual([['display-none', 'gone']]);
    expect(m.lowContrast.map((span) => [span.reason, m.text.slice(span.start, span.end)])).toEqual([['low-contrast', 'faint']]);
    expect(visibleWords(m)).toBe(2);
  });

  it('takes the background from table and cell bgcolor and from styles, and treats an unreadable one as unknown', () => {
    expect(parseMessage({ html: '<table bgcolor="#003366"><tr><td><font color="#013466">x</font></td></tr></table>' }).hidden.map((s) => s.reason)).toEqual(['same-color-as-background']);
    expect(parseMessage({ html: '<body text="#ffffff"><p>x</p></body>' }).hidden.map((s) => s.reason)).toEqual(['same-color-as-background']);
    expect([...parseMessage({ html: '<td bgcolor="{{brand}}"><font color="#ffffff">x</font></td>' }).hidden]).toEqual([]);
    expect(parseMessage({ html: '<p style="color:rgba(0,0,0,0)">x</p>' }).hidden.map((s) => s.reason)).toEqual(['transparent']);
  });

  it('paints links in the link colour unless the message colours them, and never hides pictures by colour', () => {
    const m = parseMessage({ html: '<font color="#ffffff"><a href="https://example.com">link</a> <a href="https://example.com" style="color:#fff">white</a><img src="a.png"></font>' });
    expect(m.hidden.map((span) => m.text.slice(span.start, span.end))).toEqual(['white']);
    expect(m.links.map((link) => link.hidden)).toEqual([false, true]);
    expect(m.images[0]?.hidden).toBe(false);
  });

  it('finds template syntax and Lorem ipsum, and never lets them decide the language', () => {
    const m = parseMessage({ text: '{% if customer %}{{ customer.first_name }}{% endif %} Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vielen Dank für Ihre Bestellung, wir haben Ihre Zahlung erhalten.' });
    expect(m.placeholders.map((range) => m.text.slice(range.start, range.end))).toEqual([
      '{% if customer %}',
      '{{ customer.first_name }}',
      '{% endif %}',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit',
    ]);
    expect(m.language).toBe('de');
  });
});
