/**
 * The message facts on the rule context (core/facts/): computed on first read, once per analysis,
 * never shared between analyses, and the same values the rules used to compute for themselves.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { FACT_NAMES } from '../../core/facts/index.ts';

const NEWSLETTER = {
  subject: 'Act now: free shipping this week',
  headers: { from: '"Acme Store" <news@acme.example>', 'reply-to': 'Acme <help@gmail.com>', 'list-id': '<news.acme.example>' },
  html: `<p>Hello! Our spring sale: act now, free gift with every order.</p>
<img src="https://img.acme.example/banner.png" width="600" height="300" alt="Spring sale">
<img src="https://t.acme.example/open.gif" width="1" height="1" alt="">
<p><a href="https://acme.example/a">Shop</a> <a href="http://203.0.113.9/b">Deals</a> http://acme.example/c</p>
<p>Acme Ltd, 12 Canal Street, Leeds LS1 4AB. <a href="https://acme.example/unsubscribe">Unsubscribe</a></p>`,
};

describe('facts', () => {
  const analyzer = createAnalyzer();

  it('computes each fact once per analysis and returns the same value on every read', () => {
    const { facts } = analyzer.context(NEWSLETTER);
    for (const name of FACT_NAMES) expect(facts[name], name).toBe(facts[name]);
  });

  it('never shares a fact between two analyses, even of the same input', () => {
    const first = analyzer.context(NEWSLETTER).facts;
    const second = analyzer.context(NEWSLETTER).facts;
    for (const name of FACT_NAMES) {
      // null (no wallet wording) is a value, not state two analyses could share.
      if (typeof first[name] === 'object' && first[name] !== null) expect(first[name], name).not.toBe(second[name]);
      // Functions on a fact (triggers.word) are closures of their own analysis: compare the data.
      expect(JSON.stringify(first[name]), name).toBe(JSON.stringify(second[name]));
    }
  });

  it('is read-only', () => {
    const { facts } = analyzer.context(NEWSLETTER);
    expect(Object.isFrozen(facts)).toBe(true);
    expect(() => {
      (facts as { wholeMessage: boolean }).wholeMessage = false;
    }).toThrow(TypeError);
  });

  it('reads a whole message only from a From or Received line with something in it', () => {
    const whole = (headers: Record<string, unknown>) => analyzer.context({ html: '<p>Hello {{ name }}</p>', headers: headers as never }).facts.wholeMessage;
    expect(whole({ from: 'Acme <news@acme.example>' })).toBe(true);
    expect(whole({ Received: 'from mx.acme.example by mx.example.net' })).toBe(true);
    // An API caller's empty field is no sender: the input stays a template, its tags placeholders.
    expect(whole({ from: undefined })).toBe(false);
    expect(whole({ From: '' })).toBe(false);
    expect(whole({ from: [] })).toBe(false);
    expect(whole({ from: '   ' })).toBe(false);
    expect(whole({})).toBe(false);
  });

  it('reads the message as the rules need it', () => {
    const { facts, message } = analyzer.context(NEWSLETTER);
    expect(facts.sender.from?.name).toBe('Acme Store');
    expect(facts.sender.replyTo?.domain).toBe('gmail.com');
    expect(facts.wholeMessage).toBe(true);
    expect(facts.images.pictures.map((image) => image.src)).toEqual(['https://img.acme.example/banner.png']);
    expect(facts.images.trackingPixels.map((image) => image.src)).toEqual(['https://t.acme.example/open.gif']);
    expect(facts.links.ip.map((link) => link.href)).toEqual(['http://203.0.113.9/b']);
    expect(Array.from({ length: message.urlsInText.length }, (_, index) => message.text.slice(message.urlsInText.start(index), message.urlsInText.end(index)))).toEqual(['http://acme.example/c']);
    expect(facts.links.web).toHaveLength(4);
    expect(facts.postalAddress).toBe(true);
    expect(facts.triggers.text.map((hit) => message.text.slice(hit.start, hit.end).toLowerCase())).toEqual(['act now', 'free gift']);
    expect(facts.triggers.subject.map((hit) => hit.definition.phrase)).toEqual(['act now', 'free shipping']);
    expect(facts.optOut.found).toBe('link');
    expect(facts.bulk.bulk).toBe(true);
    expect(facts.visibleText.words).toBeGreaterThan(20);
  });

  it('counts a word half hidden once, where the reader sees a word end; a word hidden whole by touching spans not at all', () => {
    const words = (html: string) => analyzer.context({ html }).facts.visibleText.words;
    // hidden filler glued before, inside and after a visible word: one word each, read by the reader
    expect(words('<p><span style="display:none">nos</span>Verificamos que seu pedido</p>')).toBe(4);
    expect(words('<p>Veri<span style="display:none">xyz</span>ficamos que seu pedido</p>')).toBe(4);
    expect(words('<p>Verificamos<span style="display:none">rr</span> que seu pedido</p>')).toBe(4);
    // filler hiding the end of one token and the start of another shows one word, `etificamos`, counted once
    expect(words('<p>eti<span style="display:none">O cheiro de</span>ficamos que seu pedido</p>')).toBe(4);
    // `abcd` hidden in two touching spans shows nothing
    expect(words('<p><span style="display:none">ab</span><span style="font-size:0">cd</span> seen here</p>')).toBe(2);
  });

  it('reads the next character shown after a half-hidden word, not the next character: a hidden tail ending in a space', () => {
    const words = (html: string) => analyzer.context({ html }).facts.visibleText.words;
    const hide = (text: string) => `<span style="display:none">${text}</span>`;
    expect(words(`<p>Verificamos${hide('rr ')} que seu pedido</p>`)).toBe(4);
    // desktop and mobile wording side by side, one hidden: the reader sees `click here to confirm your order`
    expect(words(`<p><span>click here</span>${hide('tap here')} to confirm your order</p>`)).toBe(6);
    expect(words(`<p>${['buy', 'cheap', 'pills', 'now', 'today'].map((word) => `${word}${hide('q z')} `).join('')}</p>`)).toBe(5);
    // no space shown between them: the reader sees one word, `Verificamosque`
    expect(words(`<p>Verificamos${hide('rr ')}que seu pedido</p>`)).toBe(3);
    // nor when only zero-width characters show between them (the tokenizer reads across them in a word)
    expect(words(`<p>Verificamos${hide('rr ')}\u200c\u200cque seu pedido</p>`)).toBe(3);
    expect(words(`<p>Verificamos${hide('rr ')}\u200c${hide('x')}\u200cque seu pedido</p>`)).toBe(3);
  });

  it('counts the characters of a word the reader sees, not the hidden ones inside it', () => {
    const shown = analyzer.context({ html: '<p>visit the shop today</p>' }).facts.visibleText;
    const padded = analyzer.context({ html: `<p>visit the sh<span style="display:none">${'qwerty'.repeat(200)}</span>op today</p>` }).facts.visibleText;
    expect(padded.words).toBe(shown.words);
    expect(padded.characters).toBe(shown.characters);
    expect(padded.englishCharacters).toBe(shown.englishCharacters);
    // the same of Japanese: hidden kana inside a visible run stand for no English words
    const japanese = analyzer.context({ html: '<p>新しいサイトをご覧ください</p>' }).facts.visibleText;
    const paddedJapanese = analyzer.context({ html: `<p>新しいサイト<span style="display:none">${'あいうえお'.repeat(100)}</span>をご覧ください</p>` }).facts.visibleText;
    expect(paddedJapanese.characters).toBe(japanese.characters);
    expect(paddedJapanese.englishCharacters).toBe(japanese.englishCharacters);
  });

  it('counts visible text in English characters too: Latin text as it is, Japanese by its English words', () => {
    const latin = analyzer.context({ html: '<p>Spring sale: 50 items</p><p style="display:none">hidden words here</p>' }).facts.visibleText;
    expect(latin.characters).toBe('Springsale50items'.length);
    expect(latin.englishCharacters).toBe(latin.characters);
    // "please see our new website" (22 letters) in Japanese, and the same hidden: only the visible run counts
    const japanese = analyzer.context({ html: '<p>新しいサイトをご覧ください</p><p style="display:none">新しいサイトをご覧ください</p>' }).facts.visibleText;
    expect(japanese.characters).toBe('新しいサイトをご覧ください'.length);
    expect(japanese.englishCharacters).toBeGreaterThan(japanese.characters);
    expect(Math.abs(japanese.englishCharacters - 22)).toBeLessThanOrEqual(5);
  });

  it('lists the first web link to each distinct URL once, in the order of the web links', () => {
    const { facts } = analyzer.context({
      html: `<p><a href="https://a.example/x">one</a> <a href="mailto:me@a.example">mail</a> <a href="https://b.example/">two</a>
<a href="https://a.example/x">three</a> <a href="https://a.example/X">four</a> <a href="https://b.example/">five</a> https://c.example/y https://a.example/x</p>`,
    });
    const { web, distinct } = facts.links;
    expect(web.map((link) => link.text)).toEqual(['one', 'two', 'three', 'four', 'five', 'https://c.example/y', 'https://a.example/x']);
    expect(distinct.map((link) => link.text)).toEqual(['one', 'two', 'four', 'https://c.example/y']);
    for (const link of distinct) expect(web).toContain(link);
    expect(facts.links.distinct).toBe(distinct);
    // A derived list, not a field: a dump of the facts (Object.keys, JSON) lists what it did before.
    expect(Object.keys(facts.links)).toEqual(['web', 'ip']);
  });

  it('looks a single word up among the triggers, the user\'s own phrases included and allowed words left out', () => {
    expect(analyzer.context({ text: 'x' }).facts.triggers.word('viagra')?.phrase).toBe('viagra');
    expect(analyzer.context({ text: 'x' }).facts.triggers.word('ordernow')?.phrase).toBe('order now');
    expect(analyzer.context({ text: 'x' }).facts.triggers.word('zorblax')).toBeNull();
    const own = createAnalyzer({ phrases: { add: ['zorblax'], allow: ['viagra'] } }).context({ text: 'x' }).facts.triggers;
    expect(own.word('zorblax')?.category).toBe('custom');
    expect(own.word('viagra')).toBeNull();
  });
});
