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

  // brand43fix (review rev43b #5): a lender's "our new loan offering" is the pitch, as on main.
  it('matches the last word in its -ing noun too', () => {
    expect(phrases('Discover our new loan offering for small businesses.')).toEqual(['loan offer']);
    expect(phrases('Compare our loan offerings.')).toEqual(['loan offer']);
  });

  it('does not match the other forms the stems share', () => {
    expect(phrases('Please review the grants and loans offered to you.')).toEqual([]);
    expect(phrases('The loan offered to you is subsidised.')).toEqual([]);
    // `-ing` is read on the last word only: "offering loans" is not `loan offer` reordered, and a first word's -ing is not its noun.
    expect(phrases('We are loaning offers.')).toEqual([]);
  });
});
