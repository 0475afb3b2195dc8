import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';

// A wordlist entry's `stem: plural` (brand43): its words match as written or in their plural, not in
// every form their stems share. `loan offer` is one (wordlists/en/finance.yml).
describe('stem: plural', () => {
  const analyzer = createAnalyzer();
  const phrases = (text: string) =>
    [...analyzer.context({ text }).facts.triggers.text].map((hit) => hit.definition.phrase).filter((phrase) => phrase === 'loan offer');

  it('matches the phrase as written and in its plural', () => {
    expect(phrases('Your loan offer is ready.')).toEqual(['loan offer']);
    expect(phrases('Compare loan offers today.')).toEqual(['loan offer']);
    expect(phrases('Compare LOAN OFFERS today.')).toEqual(['loan offer']);
    expect(phrases('All loans offer flexible terms.')).toEqual(['loan offer']);
  });

  it('does not match the other forms the stems share', () => {
    expect(phrases('Please review the grants and loans offered to you.')).toEqual([]);
    expect(phrases('The bank is loan offering again.')).toEqual([]);
  });
});
