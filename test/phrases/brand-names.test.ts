import { describe, expect, it } from 'vitest';
import type { Brand } from '../../core/data/types.ts';
import { findBrandName, indexBrandNames } from '../../core/phrases/brand-names.ts';
import { seededRandom } from '../../scripts/eval/logistic.ts';

const brands = (...names: string[]): Brand[] => names.map((brand) => ({ brand, domainWords: [brand.replace(/[ .]/g, '')], claimWords: [brand.replace(/[ .]/g, '')], ownDomains: [], spelled: brand }));
const find = (list: Brand[], text: string): [string, number] | null => {
  const found = findBrandName(indexBrandNames(list), text.split(' '));
  return found ? [found.name.brand.brand, found.at] : null;
};

/** What the index must agree with: every brand in list order, tried at every position. */
function naive(list: Brand[], words: string[]): [string, number] | null {
  for (const brand of list) {
    const parts = brand.brand.split(/[ .]/);
    for (let at = 0; at + parts.length <= words.length; at++) {
      if (parts.every((part, offset) => words[at + offset] === part)) return [brand.brand, at];
    }
  }
  return null;
}

describe('brand names', () => {
  it('finds a name of several words, or with a dot, as consecutive words', () => {
    const list = brands('american express', 'crypto.com');
    expect(find(list, 'your american express card')).toEqual(['american express', 1]);
    expect(find(list, 'log in to crypto com now')).toEqual(['crypto.com', 3]);
    expect(find(list, 'american airlines express delivery')).toBeNull();
    expect(find(list, 'the last word is american')).toBeNull();
  });

  it('gives the brand listed first, wherever the others appear, at its first appearance', () => {
    const list = brands('paypal', 'apple id', 'apple pay');
    expect(find(list, 'apple id and apple pay then paypal and paypal')).toEqual(['paypal', 6]);
    expect(find(list, 'apple pay then apple id')).toEqual(['apple id', 3]);
    expect(find(list, 'apple apple pay')).toEqual(['apple pay', 1]);
  });

  it('agrees with trying every brand at every position', () => {
    const list = brands('a b', 'b', 'a b c', 'c.a', 'd', 'a');
    const vocabulary = ['a', 'b', 'c', 'd', 'e'];
    // seeded mulberry32 (an LCG in doubles rounds past 2^53 and soon returns only multiples of 512)
    const random = seededRandom('brand-names.test.ts:7');
    const next = (): number => Math.floor(random() * 2 ** 32);
    for (let trial = 0; trial < 2000; trial++) {
      const words = Array.from({ length: next() % 8 }, () => vocabulary[next() % vocabulary.length] ?? 'e');
      const order = [...list].sort(() => (next() % 2 ? 1 : -1));
      const found = findBrandName(indexBrandNames(order), words);
      expect(found ? [found.name.brand.brand, found.at] : null, words.join(' ')).toEqual(naive(order, words));
    }
  });
});
