import { describe, expect, it } from 'vitest';
import { checkRecipients, editDistance, parseRecipient, splitRecipients, suggestDomain } from '../../core/recipients/index.ts';

describe('suggestDomain', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gmail.con', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['hotmail.cm', 'hotmail.com'],
    ['yaho.com', 'yahoo.com'],
    ['yahoo.om', 'yahoo.com'],
    ['outlok.com', 'outlook.com'],
    ['iclod.com', 'icloud.com'],
  ])('%s → %s', (typo, domain) => {
    expect(suggestDomain(typo)).toBe(domain);
  });

  it.each(['gmail.com', 'mail.com', 'email.com', 'yahoo.co.jp', 'gmx.ch', 'example.com', 'me.com', 'acme-corp.de'])('leaves %s alone', (domain) => {
    expect(suggestDomain(domain)).toBeNull();
  });

  it('counts adjacent swaps as one edit', () => {
    expect(editDistance('gmial', 'gmail')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('splitRecipients and parseRecipient', () => {
  it('splits on commas and semicolons outside quotes', () => {
    expect(splitRecipients('"Doe, Jane" <jane@example.com>, bob@example.org; (a, comment) carol@example.net')).toEqual(['"Doe, Jane" <jane@example.com>', 'bob@example.org', '(a, comment) carol@example.net']);
  });
  it('parses RFC 5322 mailboxes', () => {
    expect(parseRecipient('"Doe, Jane" <Jane@Example.COM>')).toMatchObject({ address: 'Jane@Example.COM', local: 'Jane', domain: 'example.com', name: 'Doe, Jane' });
    expect(parseRecipient('"very.unusual@"@example.com').local).toBe('very.unusual@');
    expect(parseRecipient('jörg@bücher.example').domain).toBe('bücher.example');
    expect(parseRecipient('no-at-sign').address).toBeUndefined();
  });
});

describe('checkRecipients', () => {
  it('reports every kind of finding, category recipient', () => {
    const report = checkRecipients('"Doe, J" <j@gmial.com>, info@acme.example; bad@@x, x@mailinator.com, ok@example.org, user@localhost');
    expect(report.findings.map((finding) => `${finding.rule} ${finding.points} ${finding.evidence}`)).toEqual([
      'recipient-invalid 5 bad@@x',
      'recipient-invalid 5 user@localhost',
      'recipient-domain-typo 3 j@gmial.com',
      'recipient-disposable 2 x@mailinator.com',
      'recipient-role-address 1 info@acme.example',
    ]);
    expect(report.findings.every((finding) => finding.category === 'recipient')).toBe(true);
    expect(report.findings[2]?.suggestion).toBe('Did you mean j@gmail.com?');
    expect(report).toMatchObject({ version: 1, score: 16, level: 'high', threshold: 5 });
  });

  it('takes a list, options for roles and extra disposable domains', () => {
    expect(checkRecipients(['info@acme.example'], { roles: false }).findings).toEqual([]);
    expect(checkRecipients(['a@throwaway.example'], { disposable: ['throwaway.example'] }).findings.map((finding) => finding.rule)).toEqual(['recipient-disposable']);
    expect(checkRecipients('jane@example.com').level).toBe('low');
    expect(checkRecipients('list+tag@example.com').findings.map((finding) => finding.rule)).toEqual(['recipient-role-address']);
  });
});
