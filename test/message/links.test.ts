// The message's links are views over column storage (core/message/links.ts): each must read as the
// plain link it stands for, through its getters and when serialised.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../core/message/parse.ts';
import { hrefSlots, LINK_ADDRESS_LIMIT, LinkFlag, LinkTable } from '../../core/message/links.ts';
import { firstPerUrl } from '../../core/facts/links.ts';
import type { Link } from '../../core/message/message.ts';
import { parseUrl } from '../../core/links/url.ts';

describe('links as views over the link table', () => {
  it('serialise as the plain link, field by field', () => {
    const html = '<p>Hi <a href=" https://bit.ly/x "><img src="a.png">www.PayPal.com</a> and http://example.org/a</p>';
    const [anchor, bare] = parseMessage({ html }).links.map((link) => JSON.parse(JSON.stringify(link)) as Record<string, unknown>);
    expect(Object.keys(anchor ?? {})).toEqual(['href', 'url', 'text', 'start', 'end', 'sourceStart', 'sourceEnd', 'shownDomain', 'hasImage', 'hidden', 'bare']);
    expect(anchor).toMatchObject({ href: 'https://bit.ly/x', text: 'www.PayPal.com', shownDomain: 'paypal.com', hasImage: true, hidden: false, bare: false });
    expect(anchor?.url).toMatchObject({ hostname: 'bit.ly', domain: 'bit.ly' });
    expect(bare).toMatchObject({ href: 'http://example.org/a', text: 'http://example.org/a', shownDomain: null, hasImage: false, bare: true });
  });

  it('share one parsed URL between links to one href, and keep each link its own offsets', () => {
    const m = parseMessage({ html: '<a href="http://a.example/x">one</a> <a href="http://a.example/x" style="display:none">two</a> <a href="http://b.example/">three</a>' });
    const [first, second, third] = m.links;
    expect(first?.url).toBe(second?.url);
    expect(third?.url.hostname).toBe('b.example');
    expect(m.links.map((link) => [m.text.slice(link.start, link.end), link.text, link.hidden])).toEqual([
      ['one', 'one', false],
      ['two', 'two', true],
      ['three', 'three', false],
    ]);
  });
});

describe('the link table once resolved', () => {
  it('refuses a link added after resolveUrls, whose href index is gone (it would count one href twice)', () => {
    const table = new LinkTable();
    table.add('http://a.example/', 0, 1, 0, 1, 0);
    table.resolveUrls(parseUrl);
    expect(table.urls).toHaveLength(1);
    expect(() => table.add('http://a.example/', 2, 3, 2, 3, 0)).toThrow(/after resolveUrls/);
  });
});

describe('href slots', () => {
  it('give links to one href one slot, and others their own, in first-seen order', () => {
    const m = parseMessage({ html: '<a href="http://a.example/x">one</a> <a href="http://b.example/">two</a> <a href="http://a.example/x">three</a> see http://c.example/y' });
    const table = hrefSlots(m.links);
    expect(table?.slots).toBe(3);
    expect(m.links.map((link) => table?.slot(link))).toEqual([0, 1, 0, 2]);
  });

  it('are refused for links that are not all views of one table, which are counted by URL instead', () => {
    const [a, b] = parseMessage({ html: '<a href="http://a.example/">a</a><a href="http://a.example/">b</a>' }).links as [Link, Link];
    const [c] = parseMessage({ html: '<a href="http://a.example/">c</a>' }).links as [Link];
    const plain = (link: Link): Link => (link as Link & { toJSON(): Link }).toJSON();
    expect(hrefSlots([a, c])).toBeNull();
    expect(hrefSlots([plain(a), plain(b)] as Link[])).toBeNull();
    // plain copies share their parsed URL, so the fallback still sees one URL
    expect(firstPerUrl([a, b])).toEqual([a]);
    expect(firstPerUrl([plain(a), plain(b), c])).toHaveLength(2);
  });
});

describe('the bound on addresses checked one by one (LINK_ADDRESS_LIMIT)', () => {
  /** A table of anchors (in text order) then bare URLs (in text order), as the parse fills it: [href, start, flags]. */
  function tableOf(rows: readonly (readonly [string, number, number?])[]): LinkTable {
    const table = new LinkTable();
    for (const [href, start, flags = 0] of rows) table.add(href, start, start + 1, start * 10, start * 10 + 5, flags);
    return table;
  }

  it('is no bound up to the limit: every address counts, not every link', () => {
    const table = tableOf([['http://a.example/', 0], ['http://b.example/', 2], ['http://a.example/', 4], ['http://b.example/', 6]]);
    expect(table.bound(2)).toBeNull();
    expect(table.bound(1)).not.toBeNull();
  });

  it('checks the first addresses in text order, anchors and URLs written in the text merged by start', () => {
    // anchors at 0, 10, 20, 30; bare URLs at 5 and 25 (added after the anchors, as the parse does)
    const table = tableOf([
      ['http://a.example/', 0],
      ['http://b.example/', 10],
      ['http://a.example/', 20],
      ['http://c.example/', 30],
      ['http://bare1.example/', 5, LinkFlag.Bare],
      ['http://bare2.example/', 25, LinkFlag.Bare],
    ]);
    const bound = table.bound(3);
    // in text order: a (0), bare1 (5), b (10), a again (20), bare2 (25), c (30): a, bare1 and b are the first three
    expect(table.hrefs.filter((_, slot) => bound?.checked[slot] === 1)).toEqual(['http://a.example/', 'http://b.example/', 'http://bare1.example/']);
    expect(bound?.scan).toMatchObject({ checked: 3, addresses: 5, firstUnchecked: { href: 'http://bare2.example/', start: 25, end: 26, sourceStart: 250, sourceEnd: 255, bare: true } });
  });

  it('puts an anchor before a URL written in the text that starts where it does', () => {
    const table = tableOf([['http://anchor.example/', 7], ['http://bare.example/', 7, LinkFlag.Bare]]);
    expect(table.bound(1)?.scan.firstUnchecked.href).toBe('http://bare.example/');
  });

  it('counts the addresses the reader sees among all links, checked or not, as link-density does', () => {
    const table = tableOf([
      ['http://a.example/', 0],
      ['http://hidden.example/', 1, LinkFlag.Hidden],
      ['#top', 2],
      ['', 3],
      ['http://b.example/', 4, LinkFlag.Hidden],
      ['http://b.example/', 5],
      ['http://c.example/', 6],
      ['http://d.example/', 7, LinkFlag.Bare],
    ]);
    // `#top` and the empty href go nowhere, so five addresses; the reader sees a, b (one of its links is seen), c and d
    expect(table.bound(1)?.scan).toMatchObject({ addresses: 5, shownAddresses: 4 });
  });

  it('parses and views only the links to checked addresses, and keeps every URL written in the text as a range', () => {
    const table = tableOf([['http://a.example/', 0], ['http://b.example/', 2], ['http://a.example/', 4], ['http://c.example/', 1, LinkFlag.Bare], ['http://d.example/', 3, LinkFlag.Bare]]);
    const bound = table.bound(2);
    const parsed: string[] = [];
    table.resolveUrls((href) => (parsed.push(href), parseUrl(href)), bound?.checked ?? null);
    expect(parsed).toEqual(['http://a.example/', 'http://c.example/']);
    expect(table.urls).toHaveLength(4);
    expect(table.views(bound?.checked ?? null).map((link) => [link.href, link.start, link.url.hostname])).toEqual([
      ['http://a.example/', 0, 'a.example'],
      ['http://a.example/', 4, 'a.example'],
      ['http://c.example/', 1, 'c.example'],
    ]);
    const ranges = table.bareRanges();
    expect(Array.from({ length: ranges.length }, (_, index) => [ranges.start(index), ranges.end(index)])).toEqual([[1, 2], [3, 4]]);
  });
});

describe('a message past the bound', () => {
  const anchors = (from: number, to: number, host = 'a'): string =>
    Array.from({ length: to - from }, (_, index) => `<a href="http://${host}.example/${from + index}">item ${from + index}</a>`).join(' ');

  it('holds the links to the first LINK_ADDRESS_LIMIT addresses, and says how many there are and where checking stopped', () => {
    // one URL written in the text before the anchors, then LINK_ADDRESS_LIMIT + 1 different anchors, then a link to the first address again
    const html = `<p>See http://bare.example/ first.</p><p>${anchors(0, LINK_ADDRESS_LIMIT + 1)}</p><p><a href="http://a.example/0">again</a></p>`;
    const m = parseMessage({ html });
    expect(m.linkScan).toMatchObject({ checked: LINK_ADDRESS_LIMIT, addresses: LINK_ADDRESS_LIMIT + 2, shownAddresses: LINK_ADDRESS_LIMIT + 2 });
    // the bare URL comes first in the text, so the last two anchors' addresses are the ones left
    expect(m.linkScan?.firstUnchecked).toMatchObject({ href: `http://a.example/${LINK_ADDRESS_LIMIT - 1}`, bare: false });
    expect(m.links).toHaveLength(LINK_ADDRESS_LIMIT + 1);
    expect(m.links.at(-2)?.text).toBe('again');
    expect(m.links.at(-1)).toMatchObject({ href: 'http://bare.example/', bare: true });
    expect(m.links.some((link) => link.href === `http://a.example/${LINK_ADDRESS_LIMIT}`)).toBe(false);
  });

  it('is not set at the limit, and the links are all there', () => {
    const m = parseMessage({ html: `${anchors(0, LINK_ADDRESS_LIMIT)} ${anchors(0, LINK_ADDRESS_LIMIT)}` });
    expect(m.linkScan).toBeNull();
    expect(m.links).toHaveLength(2 * LINK_ADDRESS_LIMIT);
  });

  it('keeps every URL written in the text as a range, checked or not', () => {
    const text = Array.from({ length: LINK_ADDRESS_LIMIT + 3 }, (_, index) => `http://a.example/${index}`).join('\n');
    const m = parseMessage({ text });
    expect(m.links).toHaveLength(LINK_ADDRESS_LIMIT);
    expect(m.urlsInText.length).toBe(LINK_ADDRESS_LIMIT + 3);
    const last = m.urlsInText.length - 1;
    expect(text.slice(m.urlsInText.start(last), m.urlsInText.end(last))).toBe(`http://a.example/${LINK_ADDRESS_LIMIT + 2}`);
  });
});
