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
