import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';

describe('facts.triggers: repeats of one phrase', () => {
  const analyzer = createAnalyzer();

  it('counts the first hit of a phrase fully and its k-th repeat 1/k², whatever its case', () => {
    const { facts } = analyzer.context({ html: '<p>Act now.</p><p>BUY NOW</p><p>Buy now</p><p>buy now</p><p>act now</p>' });
    const phrases = facts.triggers.text.map((hit) => hit.definition.phrase);
    expect(phrases).toEqual(['act now', 'buy now', 'buy now', 'buy now', 'act now']);
    expect([...facts.triggers.textRepeatWeight]).toEqual([1, 1, 1 / 4, 1 / 9, 1 / 4]);
  });

  it('lets ten identical buttons weigh less than two different phrases in the phrase rules', () => {
    const strength = (html: string) =>
      analyzer
        .analyze({ html }, { rules: { 'phrase-density': 'off' } })
        .findings.filter((finding) => finding.rule === 'urgency-phrase')
        .reduce((sum, finding) => sum + finding.points, 0);
    const buttons = Array.from({ length: 10 }, (_, i) => `<p><a href="https://shop.example/${i}">Buy now</a></p>`).join('');
    expect(strength(`<p>Our spring range is here.</p>${buttons}`)).toBeLessThan(strength('<p>Buy now, act now, order now, call now, apply now.</p>'));
  });
});
