// parseUrl returns a Url whose fields are mostly getters over private state (core/links/url.ts):
// its JSON must keep the field order parsed URLs had as plain objects (reports and dumps of facts
// are compared byte for byte), each getter must read what the old field held, and a copy must come
// from toJSON(), since the private state is no own field.
import { describe, expect, it } from 'vitest';
import { parseUrl, type ParsedUrl } from '../../core/links/url.ts';

/** The order of a parsed URL's fields as plain objects had them. */
const FIELDS = ['scheme', 'hostname', 'domain', 'suffix', 'icann', 'isIp', 'isObfuscatedIp', 'port', 'userinfo', 'path', 'query', 'punycode'];
/** A URL with no host spread an empty URL first, so its scheme came last. */
const HOSTLESS_FIELDS = ['hostname', 'domain', 'suffix', 'icann', 'isIp', 'isObfuscatedIp', 'port', 'userinfo', 'path', 'query', 'punycode', 'scheme'];

/** The keys of the JSON text, in the order they are written. */
const keysOf = (href: string): string[] => Object.keys(JSON.parse(JSON.stringify(parseUrl(href))) as object);

describe('parseUrl as JSON', () => {
  it.each([
    ['common', 'https://www.example.com/a/b', FIELDS],
    ['with a port', 'http://example.com:8080/x', FIELDS],
    ['with user info', 'http://user:pw@example.com/x', FIELDS],
    ['with a query', 'http://example.com/x?a=1#top', FIELDS],
    ['an IP', 'http://192.168.1.1/', FIELDS],
    ['a mapped host (mappedFrom last)', 'http://ｐａｙｐａｌ.com/x', [...FIELDS, 'mappedFrom']],
    ['hostless: mailto', 'mailto:someone@example.com', HOSTLESS_FIELDS],
    ['hostless: relative', '/path/only', HOSTLESS_FIELDS],
  ])('%s: the fields in the old order', (_, href, expected) => {
    expect(keysOf(href)).toEqual(expected);
  });

  it('writes each value as the plain objects did', () => {
    expect(JSON.parse(JSON.stringify(parseUrl('HTTP://me@Shop.Example.co.uk:81/p?q=1#f')))).toStrictEqual({
      scheme: 'http',
      hostname: 'shop.example.co.uk',
      domain: 'example.co.uk',
      suffix: 'co.uk',
      icann: true,
      isIp: false,
      isObfuscatedIp: false,
      port: 81,
      userinfo: 'me',
      path: '/p',
      query: 'q=1',
      punycode: false,
    });
    expect(JSON.parse(JSON.stringify(parseUrl('mailto:a@b.example')))).toStrictEqual({
      hostname: null,
      domain: null,
      suffix: null,
      icann: false,
      isIp: false,
      isObfuscatedIp: false,
      port: null,
      userinfo: null,
      path: 'a@b.example',
      query: '',
      punycode: false,
      scheme: 'mailto',
    });
  });
});

describe('parseUrl getters', () => {
  const read = (href: string) => {
    const url = parseUrl(href);
    return { hostname: url.hostname, domain: url.domain, suffix: url.suffix, icann: url.icann, isIp: url.isIp, port: url.port, userinfo: url.userinfo, query: url.query };
  };
  const plain = { icann: true, isIp: false, port: null, userinfo: null, query: '' };

  it('reads the ICANN suffix, not a private one: foo.github.io is under github.io', () => {
    expect(read('https://foo.github.io/')).toEqual({ ...plain, hostname: 'foo.github.io', domain: 'github.io', suffix: 'io' });
  });

  it('reads a two-label suffix: a.b.co.uk is under b.co.uk', () => {
    expect(read('http://a.b.co.uk/x')).toEqual({ ...plain, hostname: 'a.b.co.uk', domain: 'b.co.uk', suffix: 'co.uk' });
  });

  it('reads a one-label host as its own domain and suffix: localhost, not an ICANN suffix', () => {
    expect(read('http://localhost:3000/')).toEqual({ ...plain, hostname: 'localhost', domain: 'localhost', suffix: 'localhost', icann: false, port: 3000 });
    expect(read('http://localhost/')).toEqual({ ...plain, hostname: 'localhost', domain: 'localhost', suffix: 'localhost', icann: false });
  });

  it('reads a bare public suffix as its own domain and suffix: com, co.uk', () => {
    expect(read('http://com/')).toEqual({ ...plain, hostname: 'com', domain: 'com', suffix: 'com' });
    expect(read('http://co.uk/')).toEqual({ ...plain, hostname: 'co.uk', domain: 'co.uk', suffix: 'co.uk' });
    expect(read('http://co.uk/?x')).toEqual({ ...plain, hostname: 'co.uk', domain: 'co.uk', suffix: 'co.uk', query: 'x' });
  });

  it('reads an IPv4 host as an IP with no suffix', () => {
    expect(read('http://10.0.0.1/')).toEqual({ ...plain, hostname: '10.0.0.1', domain: '10.0.0.1', suffix: null, icann: false, isIp: true });
    expect(read('http://u@10.0.0.1:8080/?q')).toEqual({ hostname: '10.0.0.1', domain: '10.0.0.1', suffix: null, icann: false, isIp: true, port: 8080, userinfo: 'u', query: 'q' });
  });
});

describe('a parsed URL copied', () => {
  it('shows only its plain fields to Object.keys, never its private flags', () => {
    const keys = Object.keys(parseUrl('http://user@example.com:81/?q'));
    expect(keys).not.toContain('bits');
    expect(keys).not.toContain('uncommon');
    expect(keys.every((key) => FIELDS.includes(key) || key === 'mappedFrom')).toBe(true);
  });

  it('is whole through toJSON(), not through structuredClone (the getters stay behind)', () => {
    const url = parseUrl('http://user@example.com:81/?q') as ParsedUrl & { toJSON(): ParsedUrl };
    const copy = url.toJSON();
    expect([copy.port, copy.userinfo, copy.query, copy.suffix, copy.icann]).toEqual([81, 'user', 'q', 'com', true]);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    const cloned = structuredClone(url) as unknown as Partial<Record<string, unknown>>;
    expect(cloned.port).toBeUndefined();
    expect(Object.keys(cloned)).not.toContain('bits');
  });
});
