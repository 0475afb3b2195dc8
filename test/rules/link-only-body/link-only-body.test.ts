import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/index.ts';
import { testRule } from '../test-rule.ts';

testRule('link-only-body', import.meta.dirname);

describe('link-only-body and a word half hidden', () => {
  const fires = (html: string) => analyze({ html }).findings.some((finding) => finding.rule === 'link-only-body');
  it('counts a word the reader sees with hidden letters inside it, as the visible-text fact does', () => {
    const html = '<p><a href="https://shop.example.com/x">https://shop.example.com/x</a> Ver<span style="display:none">x</span>ificamos que seu pedido</p>';
    expect(analyze({ html }).stats.words).toBeGreaterThan(3);
    expect(fires(html)).toBe(false);
    // the same words with nothing hidden, and three of them: the rule's own measure
    expect(fires('<p><a href="https://shop.example.com/x">https://shop.example.com/x</a> que seu pedido</p>')).toBe(true);
  });
});
