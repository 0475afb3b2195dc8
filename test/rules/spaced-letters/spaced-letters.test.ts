import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('spaced-letters', import.meta.dirname);

describe('spaced-letters and the user\'s own phrases', () => {
  const rule = ruleById('spaced-letters');
  const strengths = (text: string, phrases?: { add?: string[]; allow?: string[] }) =>
    rule.check(createAnalyzer({ phrases }).context({ text })).map((hit) => hit.strength);

  it('counts a phrase the user added as a trigger when it is spelled out', () => {
    expect(strengths('Try the q u a n t r i x plan today.')).toEqual([0.4]);
    expect(strengths('Try the q u a n t r i x plan today.', { add: ['quantrix'] })).toEqual([1.5]);
  });

  it('does not count a word the user allowed as a trigger', () => {
    expect(strengths('Ask about v i a g r a today.')).toEqual([1.5]);
    expect(strengths('Ask about v i a g r a today.', { allow: ['viagra'] })).toEqual([0.4]);
  });
});

describe('spaced-letters and phrases that count only in company (company40)', () => {
  const rule = ruleById('spaced-letters');
  const analyzer = createAnalyzer();
  const found = (text: string, subject?: string) => rule.check(analyzer.context({ text, ...(subject ? { subject } : {}) })).map((hit) => hit.strength);

  it('spells out a company-only phrase as a trigger only when the mail holds its company', () => {
    expect(found('Your C O M P U T E R B A L L O T result is here.')).toEqual([0.4]);
    expect(found('Your C O M P U T E R B A L L O T result is here. I write as next of kin of the late owner.')).toEqual([1.5]);
    expect(found('Your C O M P U T E R B A L L O T result is here.', 'Award notification')).toEqual([1.5]);
  });
});
