import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/index.ts';
import { shorten } from '../../../core/report/report.ts';
import { testRule } from '../test-rule.ts';

testRule('empty-body', import.meta.dirname);

// The evidence of a long hidden text is cut from its start, read without joining every span: it
// must be what shorten() makes of all the hidden text joined by spaces.
describe('empty-body evidence on much hidden text', () => {
  const evidenceOf = (html: string) => analyze({ html }).findings.find((finding) => finding.rule === 'empty-body')?.evidence;
  it.each([
    ['many short spans', Array.from({ length: 3000 }, (_, i) => `w${i}`)],
    ['spans of white space first', [...Array.from({ length: 400 }, () => ' \n '), ...Array.from({ length: 50 }, (_, i) => `word${i}`)]],
  ])('%s', (_label, pieces) => {
    const html = pieces.map((piece) => `<span style="display:none">${piece}</span>`).join('');
    expect(evidenceOf(html)).toBe(shorten(pieces.join(' ')));
  });
});

// A word half hidden shows as every count of visible words reads it (core/text/shown-words.ts):
// the fact's count and the rule's second look, at text hidden only by size or colour, agree.
describe('empty-body and a word half hidden', () => {
  const fires = (html: string) => analyze({ html }).findings.some((finding) => finding.rule === 'empty-body');
  it('does not fire on words shown with hidden filler glued to them', () => {
    expect(fires(`<p>${['buy', 'cheap', 'pills', 'now', 'today'].map((word) => `${word}<span style="display:none">q z</span> `).join('')}</p>`)).toBe(false);
    // text at font-size 0 still counts here; its one word's hidden tail does not make it hidden
    expect(fires('<div style="font-size:0">Hello<span style="display:none">xx</span></div>')).toBe(false);
  });
  it('fires when no character of a word shows', () => {
    expect(fires('<div><span style="display:none">Hello</span><span style="display:none">xx</span></div>')).toBe(true);
  });
  // A zero-width or bidi character between hidden letters keeps them one token; it shows nothing.
  it.each([
    ['a zero-width space', '\u200b'],
    ['a soft hyphen', '\u00ad'],
    ['a word joiner', '\u2060'],
    ['a bidi mark', '\u200e'],
  ])('fires when only %s of a word shows', (_label, joiner) => {
    const hidden = (text: string) => `<span style="display:none">${text}</span>`;
    expect(fires(`<p>${hidden('Claim')}${joiner}${hidden('your')}${joiner}${hidden('prize')}</p>`)).toBe(true);
  });
});
