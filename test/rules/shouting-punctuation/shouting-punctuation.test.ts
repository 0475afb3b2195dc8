import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('shouting-punctuation', import.meta.dirname);

describe('shouting-punctuation edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('shouting-punctuation');
  const strengths = (text: string) => rule.check(analyzer.context({ text })).map((hit) => hit.strength);

  it('lets a single ?! or !! pass', () => {
    expect(strengths('Really?! We won!! See you at the party.')).toEqual([]);
  });

  it('weighs ??? lighter than !!! and $$$', () => {
    const [queries] = strengths('Where are you???');
    const [bangs] = strengths('Hurry!!!');
    const [money] = strengths('Make $$$ now');
    expect(queries).toBeLessThan(bangs ?? 0);
    expect(bangs).toBeLessThanOrEqual(money ?? 0);
  });
});
