import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('excessive-emoji', import.meta.dirname);

describe('excessive-emoji edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('excessive-emoji');
  const check = (text: string) => rule.check(analyzer.context({ text }));

  it('counts a joined sequence (family, skin tone, flag-like ZWJ) as one emoji', () => {
    expect(check('Our trip 👨‍👩‍👧‍👦 was lovely, thanks for the tips 👍🏽')).toEqual([]);
  });

  it('does not count ©, ® and ™', () => {
    expect(check('Example™ and Example® are trademarks © 2025 Example Ltd. All rights reserved. ©©©')).toEqual([]);
  });

  it('fires on a run of three', () => {
    expect(check('Sale starts now 🎉🎉🎉 see you there')).toHaveLength(1);
  });
});
