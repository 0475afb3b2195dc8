import { describe, expect, it } from 'vitest';
import { findLargeSum } from '../../core/text/large-sum.ts';

const found = (text: string): string | null => {
  const sum = findLargeSum(text);
  return sum && text.slice(sum.start, sum.end);
};

describe('findLargeSum', () => {
  it.each([
    ['the sum of US$10,500,000.00 (ten million)', 'US$10,500,000'],
    ['deposited $ 4 , 500 , 000 with', '$ 4 , 500 , 000'],
    ['un héritage de 2 500 000 euros', '2 500 000 euros'],
    ['Ten Million United States Dollars only', 'Million United States Dollars'],
    ['won 2.5 million dollars in', '2.5 million dollars'],
    ['2,5 millones de dólares', '2,5 millones de dólares'],
    ['a budget of USD 15000 this year', 'USD 15000'],
    ['€ 25.000 Preisgeld', '€ 25.000'],
    ['$4.5 million in a box', '$4.5 million'],
  ])('finds the sum in %j', (text, sum) => {
    expect(found(text)).toBe(sum);
  });

  it.each([
    ['a small sum', 'your ticket won $250 in the raffle'],
    ['under ten thousand', 'an invoice of $9,999.00'],
    ['weight, not money', '10,000 pounds of steel'],
    ['a date and a code', 'ref 2005-10-12 USD'],
    ['a phone number', 'call 555 12345 now'],
    ['a figure with no currency', 'we shipped 1,250,000 units'],
    ['millions of people', 'millions of people read it'],
  ])('finds no sum in %s', (_why, text) => {
    expect(findLargeSum(text)).toBeNull();
  });

  it('stays linear on long runs of figures, separators and currency words', () => {
    for (const text of ['1, '.repeat(200_000), '$1 2 3 '.repeat(100_000), 'million '.repeat(100_000), 'usd '.repeat(200_000)]) {
      expect(findLargeSum(text)).toBeNull();
    }
  });
});
