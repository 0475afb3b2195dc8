// The message's links are views over column storage (core/message/links.ts): each must read as the
// plain link it stands for, through its getters and when serialised.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../core/message/parse.ts';
import { hrefSlots, LinkTable } from '../../core/message/links.ts';
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
