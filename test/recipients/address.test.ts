/**
 * The address parser on the RFC 5322 forms people type, on RFC 5321's length limits, and on
 * pathological input (issue 10): the answers are checked, never the time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADDRESS_LIMITS, checkRecipients, parseAddress, parseRecipient } from '../../core/recipients/index.ts';

const SEED = 20261205;
const invalid = (text: string) => parseAddress(text).kind === 'invalid';
const reason = (text: string) => {
  const parsed = parseAddress(text);
  return parsed.kind === 'invalid' ? parsed.reason : '';
};

describe('RFC 5322 forms', () => {
  it.each([
    ['jane@example.com', 'jane@example.com', undefined],
    ['Jane Doe <jane@example.com>', 'jane@example.com', 'Jane Doe'],
    ['"Doe, Jane" <jane@example.com>', 'jane@example.com', 'Doe, Jane'],
    ['John Q. Public <john.q.public@example.com>', 'john.q.public@example.com', 'John Q. Public'],
    ['(comment) jane(another)@(third)example.com (last)', 'jane@example.com', undefined],
    ['<jane@example.com>', 'jane@example.com', undefined],
    ['"john..doe"@example.org', '"john..doe"@example.org', undefined],
    ['"a\\"b"@example.org', '"a\\"b"@example.org', undefined],
    ['user+tag@sub.example.co.uk', 'user+tag@sub.example.co.uk', undefined],
    ["o'brien@example.ie", "o'brien@example.ie", undefined],
    ['jörg@bücher.example', 'jörg@bücher.example', undefined],
    ['admin@[192.0.2.1]', 'admin@[192.0.2.1]', undefined],
    ['=?utf-8?q?J=C3=B6rg?= <j@example.de>', 'j@example.de', '=?utf-8?q?J=C3=B6rg?='],
  ])('%s → %s', (text, address, name) => {
    const parsed = parseAddress(text);
    expect(parsed.kind).toBe('mailbox');
    if (parsed.kind !== 'mailbox') return;
    expect(parsed.address).toBe(address);
    expect(parsed.name).toBe(name);
  });

  it.each([
    ['no-at-sign', /no @/],
    ['a@@example.com', /more than one @/],
    ['a@b@example.com', /more than one @/],
    ['a..b@example.com', /two dots in a row/],
    ['.a@example.com', /dot at its start/],
    ['a.@example.com', /ends with a dot/],
    ['a b@example.com', /two words without a dot/],
    ['a@example..com', /empty label/],
    ['a@example.com.', /ends with a dot/],
    ['a@localhost', /no dot/],
    ['a@-x.example', /label "-x"/],
    ['a@x_y.example', /label "x_y"/],
    ['@example.com', /nothing comes before the @/],
    ['a@', /nothing comes after the @/],
    ['Jane <jane@example.com', /never closed by ">"/],
    ['Jane <jane@example.com> x', /follows the ">"/],
    ['Doe, Jane <jane@example.com>', /name before "<" holds characters that must be quoted/],
    ['"unclosed@example.com', /quoted string is never closed/],
    ['(unclosed a@example.com', /comment "\(" is never closed/],
    ['a\u0000b@example.com', /U\+0000 may not appear/],
    ['a\\b@example.com', /"\\" may not appear/],
    ['', /empty/],
  ])('%s is not an address (%s)', (text, why) => {
    expect(reason(text)).toMatch(why);
  });

  it('recognises a group', () => {
    expect(parseAddress('Team: a@example.com, b@example.com;')).toEqual({ kind: 'group', name: 'Team' });
    expect(checkRecipients(['Team: a@example.com;']).findings[0]?.message).toMatch(/is a group, not an address/);
  });
});

describe('RFC 5321 limits', () => {
  const label = (n: number) => 'a'.repeat(n);
  it('local part: 64 octets', () => {
    expect(invalid(`${label(64)}@example.com`)).toBe(false);
    expect(reason(`${label(65)}@example.com`)).toMatch(/longer than 64/);
    // octets, not characters: 32 two-byte letters fill it, 33 overflow it
    expect(invalid(`${'é'.repeat(32)}@example.com`)).toBe(false);
    expect(reason(`${'é'.repeat(33)}@example.com`)).toMatch(/longer than 64/);
    // a quoted local part counts its quotes
    expect(reason(`"${label(62)} "@example.com`)).toMatch(/longer than 64/);
  });
  it('label: 63 octets; domain: 255; address: 254', () => {
    expect(invalid(`a@${label(63)}.com`)).toBe(false);
    expect(reason(`a@${label(64)}.com`)).toMatch(/label of the domain is longer than 63/);
    const domain255 = [label(63), label(63), label(63), label(62)].join('.');
    expect(domain255.length).toBe(254);
    expect(reason(`a@${domain255}`)).toMatch(/address is longer than 254/);
    expect(invalid(`a@${[label(63), label(63), label(63), label(60)].join('.')}`)).toBe(false);
    expect(reason(`a@${[label(63), label(63), label(63), label(63), 'a'].join('.')}`)).toMatch(/domain is longer than 255/);
    expect(ADDRESS_LIMITS).toEqual({ localPart: 64, domain: 255, label: 63, address: 254 });
  });
});

describe('pathological input gets an answer', () => {
  it('1,857 or 100,000 open parentheses: an unclosed comment, not a stack overflow', () => {
    for (const count of [1857, 100_000]) {
      const report = checkRecipients('('.repeat(count) + 'a@b.c');
      expect(report.findings.map((f) => f.rule)).toEqual(['recipient-invalid']);
      expect(report.findings[0]?.message).toMatch(/comment "\(" is never closed/);
      expect(report.findings[0]?.evidence.length).toBeLessThanOrEqual(ADDRESS_LIMITS.address + 40);
    }
  });

  it('deeply nested but closed comments are comments', () => {
    const depth = 50_000;
    expect(parseRecipient(`${'('.repeat(depth)}${')'.repeat(depth)}jane@example.com`).address).toBe('jane@example.com');
  });

  it('40,000 double quotes, 20,000 backslashes, 100,000 dots, brackets, at signs', () => {
    expect(checkRecipients('"'.repeat(40_000)).findings[0]?.rule).toBe('recipient-invalid');
    expect(reason('"'.repeat(40_001))).toMatch(/never closed/);
    expect(reason('"'.repeat(40_000))).toMatch(/no @/);
    expect(reason(`"${'\\'.repeat(20_000)}`)).toMatch(/never closed/);
    expect(reason(`a${'.'.repeat(100_000)}@example.com`)).toMatch(/two dots in a row/);
    expect(reason('<'.repeat(50_000))).toMatch(/never closed/);
    expect(reason('['.repeat(50_000))).toMatch(/never closed/);
    expect(reason('@'.repeat(50_000))).toMatch(/before the @/);
    expect(reason(`${'a'.repeat(1_000_000)}@example.com`)).toMatch(/longer than 64/);
  });

  it('a field of 20,000 addresses is 20,000 answers', () => {
    const field = Array.from({ length: 20_000 }, (_, index) => `u${index}@example.com`).join(', ');
    expect(checkRecipients(field).findings).toEqual([]);
    const bad = Array.from({ length: 20_000 }, () => 'x@@y').join(';');
    expect(checkRecipients(bad).findings).toHaveLength(20_000);
  });
});

/** Text from the characters that matter to the grammar. */
const grammarText = fc.array(fc.constantFrom('(', ')', '"', '\\', '<', '>', '@', '.', ',', ';', ':', '[', ']', ' ', 'a', 'é', '\u0000', '\n'), { maxLength: 200 }).map((chars) => chars.join(''));
const atom = fc.stringMatching(/^[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,10}$/);
const hostLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);

describe('properties', () => {
  it('any text of the grammar’s characters gets one of the three answers, and checkRecipients reports on it', () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const parsed = parseAddress(text);
        expect(['mailbox', 'group', 'invalid']).toContain(parsed.kind);
        if (parsed.kind === 'mailbox') {
          expect(parsed.address).toContain('@');
          expect(parseAddress(parsed.address)).toMatchObject({ kind: 'mailbox', address: parsed.address });
        }
        expect(checkRecipients(text).version).toBe(1);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a dot-atom local part at a host name is read back as itself, with or without a display name', () => {
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.array(hostLabel, { minLength: 2, maxLength: 4 }), (locals, labels) => {
        const address = `${locals.join('.')}@${labels.join('.')}`;
        const expected = address.length <= ADDRESS_LIMITS.address && locals.join('.').length <= ADDRESS_LIMITS.localPart;
        expect(parseAddress(address)).toEqual(expected ? { kind: 'mailbox', address, local: locals.join('.'), domain: labels.join('.') } : expect.objectContaining({ kind: 'invalid' }));
        expect(parseAddress(`"Some Body" <${address}>`).kind).toBe(expected ? 'mailbox' : 'invalid');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
