import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('all-caps-text', import.meta.dirname);

describe('all-caps-text edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('all-caps-text');
  const filler = 'we will meet at the office next week to plan the budget and the schedule for the spring';

  it('does not count short acronyms standing alone', () => {
    const text =
      'The CEO and the HR team will send the PDF and the FAQ to the USA and EU offices. ' +
      'IT will move the VPN to the new DNS servers, and the CRM will use SSO from Monday. ' +
      'Ask the API team if you need a new key.';
    expect(rule.check(analyzer.context({ text }))).toEqual([]);
  });

  it('counts short words inside a shouted run', () => {
    const text = `${filler}. GET IT NOW AND SAVE BIG. DO IT NOW OR PAY MORE. ACT FAST. YES YOU CAN.`;
    expect(rule.check(analyzer.context({ text }))).toHaveLength(1);
  });
});
