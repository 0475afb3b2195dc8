import { describe, expect, it } from 'vitest';
import { hasPostalAddress } from '../../../core/text/postal-address.ts';
import { testRule } from '../test-rule.ts';

testRule('missing-postal-address', import.meta.dirname);

describe('hasPostalAddress', () => {
  it.each([
    'Acme Inc., PO Box 4410, Portland',
    '350 Fifth Avenue, New York',
    'Springfield, IL 62704',
    'Acme Ltd, Manchester M1 1AE',
    '8 bis, rue des Lilas',
    'Kaiserstr. 12a, Frankfurt',
    'Calle Mayor, 10, Madrid',
    'Via Roma 12, Milano',
    'Postfach 1234, 80331 München',
  ])('finds %s', (line) => {
    expect(hasPostalAddress(`Thanks for reading.\n${line}\nUnsubscribe`)).toBe(true);
  });

  it.each(['Top 10 Ways to save this spring', 'Call 555 1234 today', 'Order 12345 ships in 3 days', 'Save 20 % on 3 items'])(
    'does not take %s for an address',
    (line) => {
      expect(hasPostalAddress(line)).toBe(false);
    },
  );

  it('answers on a long line of numbers without addresses (npm run bench prints how fast)', () => {
    expect(hasPostalAddress('12 '.repeat(200_000))).toBe(false);
  });
});
