import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { testRule } from '../test-rule.ts';

testRule('link-density', import.meta.dirname);

describe('link-density prose words and a word half hidden', () => {
  it('counts the words the visible-text fact counts, URLs written in the text aside', () => {
    const analyzer = createAnalyzer();
    const context = analyzer.context({ html: '<p>Ver<span style="display:none">x</span>ificamos que<span style="display:none">rr </span> seu pedido https://shop.example.com/x</p>' });
    expect(context.facts.linkDensity.words).toBe(4);
    // the fact counts the URL's words too: https, shop, example, com, x
    expect(context.facts.visibleText.words).toBe(9);
  });
});
