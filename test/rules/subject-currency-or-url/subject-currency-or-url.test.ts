import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('subject-currency-or-url', import.meta.dirname);

describe('subject-currency-or-url amounts', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('subject-currency-or-url');
  const strengths = (subject: string) => rule.check(analyzer.context({ subject, text: 'x' })).map((hit) => hit.strength);

  it.each([
    ['Your order of $45.00', []],
    ['Refund of €250 approved', [0.4]],
    ['Win $5k today', [1]],
    ['USD 2,000,000 transfer', [1]],
    ['1.000.000 € für Sie', [1]],
  ])('%s', (subject, expected) => {
    expect(strengths(subject)).toEqual(expected);
  });
});
