import { describe, expect, it } from 'vitest';
import { buildStyleSheet, cascade, fontShorthandSize, parseColor, parseDeclarations, perceivedDistance, revealedBy } from '../../core/message/css.ts';

const applied = (css: string, tag: string, className?: string, id?: string, inline?: string) =>
  Object.fromEntries(cascade(buildStyleSheet([css]), tag, className, id, inline) ?? []);

describe('style sheets', () => {
  it('applies rules of simple selectors by specificity, then source order, then the inline style', () => {
    const css = '#f { color: red } .a { color: blue } p { color: green } p.a { color: gray } .a.b { color: navy }';
    expect(applied(css, 'p')).toEqual({ color: 'green' });
    expect(applied(css, 'p', 'a')).toEqual({ color: 'gray' });
    expect(applied(css, 'div', 'b a')).toEqual({ color: 'navy' });
    expect(applied(css, 'p', 'a', 'f')).toEqual({ color: 'red' });
    expect(applied(css, 'p', 'a', 'f', 'color: white')).toEqual({ color: 'white' });
  });

  it('lets !important rules beat the inline style, and inline !important beat them', () => {
    expect(applied('.h { display: none !important }', 'span', 'h', undefined, 'display: inline')).toEqual({ display: 'none' });
    expect(applied('.h { display: none !important }', 'span', 'h', undefined, 'display: inline !important')).toEqual({ display: 'inline' });
  });

  it('skips comments, other at-rules and selectors that need ancestors, siblings or states', () => {
    const css = '/* .h { display: none } */ @font-face { font-family: x; src: url(a.woff) } @import url(x.css); div .h, a:hover, [data-x] .h { display: none } .ok { display: none }';
    expect(applied(css, 'span', 'h')).toEqual({});
    expect(applied(css, 'span', 'ok')).toEqual({ display: 'none' });
    expect(buildStyleSheet(['div .btn { background: #123456 }']).unreadPaint).toBe(true);
    expect(buildStyleSheet(['div .btn { display: none }']).unreadPaint).toBe(false);
  });

  it('does not apply rules inside media queries, but remembers what they show again', () => {
    const sheet = buildStyleSheet(['.m { display: none } @media (max-width: 480px) { .m, #n { display: block !important } td[class*="show-"] { max-height: none } .x { display: none } }']);
    expect(Object.fromEntries(cascade(sheet, 'div', 'm', undefined, undefined) ?? [])).toEqual({ display: 'none' });
    expect(revealedBy(sheet, 'm', undefined)).toBe(true);
    expect(revealedBy(sheet, undefined, 'n')).toBe(true);
    expect(revealedBy(sheet, 'cell show-mobile', undefined)).toBe(true);
    expect(revealedBy(sheet, 'x', undefined)).toBe(false);
  });

  it('reads a property that shows an element again inside @media in any case', () => {
    // parseDeclarations lower-cases a property, so the test of a body before it is parsed ignores case.
    for (const declaration of ['DISPLAY: BLOCK', 'Visibility: Visible', 'MAX-HEIGHT: NONE !IMPORTANT', 'HEIGHT: AUTO', 'FONT-SIZE: 14PX', 'OPACITY: 1', 'OVERFLOW: VISIBLE']) {
      expect(revealedBy(buildStyleSheet([`@media (max-width:480px){ .m { ${declaration} } }`]), 'm', undefined), declaration).toBe(true);
    }
  });

  it('keeps source order among the rules it applies, past rules it skips and across blocks', () => {
    // Equal specificity: the later rule wins, whatever is skipped between the two.
    const between = 'div .x{color:red} @media x{.y{height:auto}}';
    expect(applied(`.a{display:none} ${between} .b{display:block}`, 'div', 'a b')).toEqual({ display: 'block' });
    expect(applied(`.b{display:block} ${between} .a{display:none}`, 'div', 'a b')).toEqual({ display: 'none' });
    const blocks = (first: string, second: string) => Object.fromEntries(cascade(buildStyleSheet([first, between, second]), 'div', 'a b', undefined, undefined) ?? []);
    expect(blocks('.a{display:none}', '.b{display:block}')).toEqual({ display: 'block' });
    expect(blocks('.b{display:block}', '.a{display:none}')).toEqual({ display: 'none' });
  });

  it('reads hostile sheets in one pass', () => {
    // Unbalanced braces and huge sheets come back, whatever they hold.
    for (const css of ['}'.repeat(200_000), '{'.repeat(200_000), `.a{${'color:red;'.repeat(50_000)}}`, '@media x{'.repeat(20_000), '/*'.repeat(100_000)]) {
      expect(() => buildStyleSheet([css])).not.toThrow();
    }
  });

  it('parses declarations with their !important flag, and font shorthand sizes', () => {
    expect(parseDeclarations('Color: RED !important; font-size:0;;bad')).toEqual([
      { property: 'color', value: 'red', important: true },
      { property: 'font-size', value: '0', important: false },
    ]);
    expect(fontShorthandSize('0/0 a')).toBe(0);
    expect(fontShorthandSize('bold 14px/20px Arial')).toBe(14);
    expect(fontShorthandSize('700 normal Arial')).toBeNull();
  });

  it('measures colour distance as a reader sees it: red on green is far, white on near-white is close', () => {
    expect(perceivedDistance([255, 0, 0], [0, 160, 0])).toBeGreaterThan(100);
    expect(perceivedDistance([255, 255, 255], [240, 240, 240])).toBeLessThan(12);
  });
});

describe('hex colours', () => {
  it('reads each channel of six digits, and a three-digit colour as its digits doubled', () => {
    expect(parseColor('#1a2b3c')).toEqual([0x1a, 0x2b, 0x3c]);
    expect(parseColor(' #FFFFFF ')).toEqual([255, 255, 255]);
    expect(parseColor('000000')).toEqual([0, 0, 0]);
    expect(parseColor('#f4f')).toEqual([0xff, 0x44, 0xff]);
    expect(parseColor('#0a9')).toEqual([0x00, 0xaa, 0x99]);
    // every three-digit colour, and six digits spread over the range
    for (let n = 0; n < 0x1000; n++) {
      const digits = n.toString(16).padStart(3, '0');
      const doubled = [...digits].map((digit) => parseInt(digit + digit, 16));
      expect(parseColor(`#${digits}`)).toEqual(doubled);
      const six = ((n * 0x1003) % 0x1000000).toString(16).padStart(6, '0');
      expect(parseColor(six)).toEqual([0, 2, 4].map((at) => parseInt(six.slice(at, at + 2), 16)));
    }
    expect(parseColor('#12345')).toBeNull();
    expect(parseColor('#1234567')).toBeNull();
  });
});
