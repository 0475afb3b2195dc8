import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('fake-reply-subject', import.meta.dirname);

describe('fake-reply-subject prefixes', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('fake-reply-subject');
  const headers = { From: 'A <a@example.org>', Date: 'Tue, 14 May 2024 09:30:00 +0000' };
  const evidence = (subject: string) => rule.check(analyzer.context({ subject, headers, text: 'x' })).map((hit) => hit.evidence);

  it.each([
    ['AW: Angebot', ['AW:']],
    ['Re[2]: quote', ['Re[2]:']],
    ['RE : devis', ['RE :']],
    ['TR: document', ['TR:']],
    ['Reply needed', []],
    ['Rebate inside', []],
  ])('%s', (subject, expected) => {
    expect(evidence(subject)).toEqual(expected);
  });
});
