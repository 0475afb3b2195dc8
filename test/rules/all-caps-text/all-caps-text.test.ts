import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('all-caps-text', import.meta.dirname);

describe('all-caps-text edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('all-caps-text');
  const filler = 'we will meet at the office next week to plan the budget and the schedule for the spring';

  it('does not count short acronyms standing alone', () => {
    const text = `${filler} USA PDF FAQ CEO API HR IT EU VPN SSO DNS CRM ${filler}`.replace(/ (?=[A-Z]{2,3} )/g, ' and ');
    expect(rule.check(analyzer.context({ text }))).toEqual([]);
  });

  it('counts short words inside a shouted run', () => {
    const text = `${filler}. GET IT NOW AND SAVE BIG. DO IT NOW OR PAY MORE. ACT FAST. YES YOU CAN.`;
    expect(rule.check(analyzer.context({ text }))).toHaveLength(1);
  });
});
