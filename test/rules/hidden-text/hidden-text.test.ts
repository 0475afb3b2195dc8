import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('hidden-text', import.meta.dirname);

describe('hidden-text edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('hidden-text');
  const check = (html: string) => rule.check(analyzer.context({ html }));
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}x`).join(' ');
  const body = '<p>Thanks for your order. Your parcel ships tomorrow and should arrive within three working days.</p>';

  it('leaves a preheader of up to 60 words alone, but not a longer one', () => {
    expect(check(`<div style="display:none">${words(60)}</div>${body}`)).toEqual([]);
    expect(check(`<div style="display:none">${words(61)}</div>${body}`)).toHaveLength(1);
  });

  it('counts hidden text that comes after the opening of the body', () => {
    expect(check(`${body}<div style="display:none">${words(20)}</div>`)).toHaveLength(1);
    expect(check(`${body}<div style="display:none">${words(10)}</div>`)).toEqual([]);
  });

  it('grows with the amount hidden', () => {
    const strength = (n: number) => check(`${body}<div style="visibility:hidden">${words(n)}</div>`)[0]?.strength ?? 0;
    expect(strength(100)).toBeGreaterThan(strength(30));
  });

  it('counts colour and font-size hiding at half weight', () => {
    expect(check(`${body}<div style="color:#fff">${words(20)}</div>`)).toEqual([]);
    expect(check(`${body}<div style="color:#fff">${words(40)}</div>`)).toHaveLength(1);
  });
});
