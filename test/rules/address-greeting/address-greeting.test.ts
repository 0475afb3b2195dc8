import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import rule from '../../../core/rules/phrases/address-greeting.ts';
import { testRule } from '../test-rule.ts';

testRule('address-greeting', import.meta.dirname);

const analyzer = createAnalyzer();
const hits = (text: string) => rule.check(analyzer.context({ text }));
const evidence = (text: string) => hits(text).map((hit) => hit.evidence);

describe('address-greeting on hostile input', () => {
  it('reads only the opening of the text: a greeting after it is not found', () => {
    expect(hits(`${'word '.repeat(500)}\nDear jane@example.org,\nhello`)).toEqual([]);
    expect(hits(`${'word '.repeat(10)}\nDear jane@example.org,\nhello`)).toHaveLength(1);
  });

  it('finds no greeting in long hostile lines, and still finds one after them', () => {
    // Every part of the pattern is bounded, so an address too long for it is not an address.
    expect(hits(`Dear ${'a'.repeat(200_000)}@example.org`)).toEqual([]);
    expect(hits(`Dear ${'a.'.repeat(100_000)}@x`)).toEqual([]);
    expect(hits(`Dear ${'a@'.repeat(100_000)}`)).toEqual([]);
    expect(hits(`${'Dear\n@\n'.repeat(50_000)}`)).toEqual([]);
    expect(hits(`${'Dear a@b '.repeat(50_000)}`)).toEqual([]);
    expect(hits(`${'x\n'.repeat(50)}Dear a@b\n${'Dear a@b '.repeat(50_000)}`)).toHaveLength(1);
  });

  it('never ends a match at the end of the opening either, when the text goes on', () => {
    // `Dear` starts near the end of the 2,000 characters read: the address runs past them, and the line goes on (a reply's attribution)
    const filler = 'Thanks for the update.\n'.repeat(86) + 'aaaaaaa\n';
    expect(filler.length).toBe(1986);
    expect(hits(`${filler}Dear jane@x.com wrote:\n> see below`)).toEqual([]);
    const exact = `${'x'.repeat(1983)}\nDear jane@ex.org`;
    expect(exact).toHaveLength(2000);
    expect(hits(`${exact} has shared a folder with you`)).toEqual([]);
    expect(hits(exact)).toHaveLength(1);
  });

  it('reads a CRLF line as it reads an LF one', () => {
    expect(evidence('Dear jane@x.com\r\nYour mailbox is full.')).toEqual(['Dear jane@x.com']);
    expect(hits('Dear jane@x.com wrote:\r\n> hello')).toEqual([]);
  });

  it('leaves a person whose first name is a salutation word, with her own address, alone', () => {
    expect(hits('Attendees:\nCara <cara.lee@acme.com>\nTom <tom@acme.com>')).toEqual([]);
    expect(hits('Hallo zusammen,\nbis morgen!\n\nCaro <caro.meyer@firma.de>')).toEqual([]);
    expect(hits('Cara <joao.silva@acme.com>,\nsua conta')).toHaveLength(1);
  });

  it('never takes a stump of a long address for the whole one', () => {
    const labels = ['b', 'c', 'd', 'e'].map((letter) => letter.repeat(60)).join('.');
    // 300 characters in, the fourth label is not over: the whole address is read, and what follows it ends no greeting.
    const long = `Dear ${'a'.repeat(60)}@${labels} has shared a folder with you`;
    expect(hits(long)).toEqual([]);
    // 300 characters in, a dot that the next label follows: the dot is no full stop.
    const atDot = `Dear ${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(37)}.`;
    expect(atDot).toHaveLength(300);
    expect(hits(`${atDot}com has shared a folder with you`)).toEqual([]);
    expect(hits(`${atDot}\nhas shared a folder with you`)).toHaveLength(1);
    // A greeting on a long line is still read.
    expect(evidence(`Dear jane@example.org, ${'x'.repeat(400)}`)).toEqual(['Dear jane@example.org']);
  });

  it('needs the salutation to be a whole entry of the list, with no word before it', () => {
    expect(hits('Dearest jane@example.org,')).toEqual([]);
    expect(hits('Hello dear jane@example.org,')).toEqual([]);
    expect(hits('Sehr geehrter jane@example.de,')).toHaveLength(1);
    expect(hits('Sehr  geehrter\tjane@example.de,')).toHaveLength(1);
    expect(hits('Ganz sehr geehrter jane@example.de,')).toEqual([]);
  });

  it('reads a salutation written with a combining accent as the listed word', () => {
    expect(hits('Che\u0300re jane@example.fr,')).toHaveLength(1);
  });

  it('reads zero-width spacing as spacing', () => {
    expect(hits('Dear\u200bjane@example.org\u200b,')).toHaveLength(1);
  });

  it('quotes the address with its brackets or quotes only when they pair', () => {
    expect(evidence('Dear <jane@example.org>,')).toEqual(['Dear <jane@example.org>']);
    expect(evidence('Dear «jane@example.org»,')).toEqual(['Dear «jane@example.org»']);
    expect(evidence('Dear <jane@example.org],')).toEqual(['Dear <jane@example.org']);
  });

  it('leaves a contact line alone: a colon after the salutation, or a mailbox named after it', () => {
    expect(hits('Beste: info@example.nl')).toEqual([]);
    expect(hits('Dear : jane@example.org,')).toEqual([]);
    expect(hits('Liebe liebe@example.de')).toEqual([]);
    expect(hits('Liebe info@example.de,')).toHaveLength(1);
  });
});
