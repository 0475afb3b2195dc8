import { describe, expect, it } from 'vitest';
import { findLargeSum } from '../../core/text/large-sum.ts';

const found = (text: string): string | null => {
  const sum = findLargeSum(text);
  return sum && text.slice(sum.start, sum.end);
};

// How fast it runs on long runs of figures, separators and currency words is measured by
// scripts/bench.ts (its hostile inputs), not here.
describe('findLargeSum', () => {
  it.each([
    ['the sum of US$10,500,000.00 (ten million)', 'US$10,500,000'],
    ['deposited $ 4 , 500 , 000 with', '$ 4 , 500 , 000'],
    ['un héritage de 2 500 000 euros', '2 500 000 euros'],
    ['Ten Million United States Dollars only', 'Ten Million United States Dollars'],
    ['won 2.5 million dollars in', '2.5 million dollars'],
    ['won 4 . 5 million dollars in', '4 . 5 million dollars'],
    ['1.5 million U.S. dollars', '1.5 million U.S. dollars'],
    ['( one million , five hundred thousand euro only )', 'one million , five hundred thousand euro'],
    ['a deposit of eighteen million united states dollars', 'eighteen million united states dollars'],
    ['12 . 5 million british pounds sterling', '12 . 5 million british pounds'],
    ['douze ( 12 ) millions de dollars', '12 ) millions de dollars'],
    ['a value of 698 million ( usd ) .', '698 million ( usd'],
    ['2,5 millones de dólares', '2,5 millones de dólares'],
    ["un legs de 2 millions d'euros", "2 millions d'euros"],
    ['a budget of USD 15000 this year', 'USD 15000'],
    ['15000.00 USD was sent', '15000.00 USD'],
    ['a gift of 15000 dollars', '15000 dollars'],
    ['€ 25.000 Preisgeld', '€ 25.000'],
    ['€ 12.500,00 Preisgeld', '€ 12.500'],
    ['25 000 € de gain', '25 000 €'],
    ['$4.5 million in a box', '$4.5 million'],
    ['a $2m deal', '$2m'],
    ['an amount of USD1,759,910.00 as restitution', 'USD1,759,910'],
    ['The sum of USD48M (Forty eight Million)', 'USD48M'],
    ['a fund of EUR2.5 million', 'EUR2.5 million'],
    ['the sum of USD48M.', 'USD48M'],
    ['a transfer of EUR1.500.000,00 to your account', 'EUR1.500.000,00'],
    ["a deposit of CHF1'500'000", "CHF1'500'000"],
    ['a fee of EUR300.000 in total', 'EUR300.000'],
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
    ['millions, then a price', 'millions of readers, from $5/month'],
    ['millions, then pounds of weight', 'Millions of people have lost pounds'],
    ['a million users, then dollars', 'a million users pay in dollars'],
    ['millions of visitors, then a price in euros', '5 millions de visiteurs et 3 €'],
    ['million-dollar as an adjective', 'the million-dollar question'],
    ['a reference number before an amount', 'Invoice 204518 USD 45.00'],
    ['an order number before an amount', 'Order no. 20451 € 12.00'],
    ['an account number before a currency code', 'Account 40012345 EUR'],
    ['a postcode before a sign', 'Postcode 75008 €'],
    ['three prices in a row', 'prices: $49 199 249'],
    ['a price, then a count', '$ 25 100 people'],
    ['square metres', '€ 20 m² de bureaux'],
    ['a part number glued to a code', 'drawing CAD12345 rev B'],
    ['a reference glued to a code', 'ref EUR20451 attached'],
    ['a small amount glued to a code', 'fee USD9,999.00 due'],
    ['a product code with a millions letter', 'SKU: USD2M-BLK'],
    ['a file name', 'open cad2m.dwg in the viewer'],
    ['computer-aided design with a millions letter', 'the CAD3M export'],
    ['computer-aided design with a million files', 'we keep CAD3 million files'],
    ['a version number', 'version cad12.345'],
    ['a serial of dotted groups', 'Serial: EUR12.345.678.901'],
    ['a code over a slash', 'part USD2M/3'],
  ])('finds no sum in %s', (_why, text) => {
    expect(findLargeSum(text)).toBeNull();
  });
});
