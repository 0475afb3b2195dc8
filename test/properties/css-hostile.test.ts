/**
 * The inline-CSS reader (core/message/css.ts) on hostile styles: it is one split and one pass per
 * declaration, with the colour and length readers capped, so the answers below come back whatever
 * the size (issue 10). The answers are checked, never the time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backgroundColor, parseColor, parseLength, parseStyle } from '../../core/message/css.ts';
import { analyze } from '../../core/index.ts';

describe('hostile inline styles', () => {
  it('the last of 200,000 declarations still wins, and is read', () => {
    const style = 'color:red;'.repeat(200_000) + 'display:none';
    expect(parseStyle(style).get('display')).toBe('none');
    expect(parseStyle(style).size).toBe(2);
  });

  it('a hiding declaration after 100 KB of junk still hides the text', () => {
    const hidden = 'cheap pills casino bonus winner free money act now limited offer click here '.repeat(3);
    const plain = analyze({ html: `<p>Here is the monthly report you asked for, with the figures for every team.</p><div style="display:none">${hidden}</div>` });
    const padded = analyze({ html: `<p>Here is the monthly report you asked for, with the figures for every team.</p><div style="${'x-junk:1;'.repeat(12_000)}display:none">${hidden}</div>` });
    expect(plain.findings.some((finding) => finding.rule === 'hidden-text')).toBe(true);
    const hiddenOf = (report: typeof plain) => report.findings.find((finding) => finding.rule === 'hidden-text');
    expect(hiddenOf(padded)?.points).toBe(hiddenOf(plain)?.points);
    expect(hiddenOf(padded)?.evidence).toBe(hiddenOf(plain)?.evidence);
  });

  it('runs of !important, colons, semicolons and parentheses', () => {
    expect(parseStyle('color:' + '!'.repeat(100_000) + 'important').get('color')).toBe('!'.repeat(99_999));
    expect(parseStyle(':'.repeat(100_000)).size).toBe(0);
    expect(parseStyle(';'.repeat(100_000)).size).toBe(0);
    expect(parseColor('rgb(' + '1,'.repeat(100_000) + ')')).toBeNull();
    expect(backgroundColor('url(x) '.repeat(100_000) + 'white')).toBeNull(); // only the first words are read
    expect(Number.isFinite(parseLength('1'.repeat(100_000) + 'px'))).toBe(true); // the first 32 characters are read
  });

  it('never throws on any text, and property names are map keys like any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (style) => {
        const parsed = parseStyle(style);
        for (const [name, value] of parsed) {
          expect(name).toBe(name.trim().toLowerCase());
          expect(value.length).toBeGreaterThan(0);
        }
        expect(parseStyle('__proto__:x;constructor:y').get('__proto__')).toBe('x');
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
