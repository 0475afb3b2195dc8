/**
 * The brand list (wordlists/global/brands.yml) as names to find among a message's words, built once
 * per analyzer: each brand's name split into its words (`american express` → american, express;
 * `crypto.com` → crypto, com), indexed by its first word, so a run of words is looked up word by
 * word instead of every brand being tried at every position.
 */
import type { Brand } from '../data/types.ts';

/** A brand's name as words, with its place in the list (the first brand listed wins). */
export interface BrandName {
  readonly brand: Brand;
  readonly order: number;
  readonly words: readonly string[];
}

/** first word of a brand's name → the names that start with it, in list order */
export type BrandNames = ReadonlyMap<string, readonly BrandName[]>;

export function indexBrandNames(brands: readonly Brand[]): BrandNames {
  const index = new Map<string, BrandName[]>();
  brands.forEach((brand, order) => {
    const words = brand.brand.split(/[ .]/);
    const first = words[0] ?? '';
    const names = index.get(first);
    if (names) names.push({ brand, order, words });
    else index.set(first, [{ brand, order, words }]);
  });
  return index;
}

/**
 * The brand listed first among those whose name appears in `words` as consecutive words, with the
 * position of its first appearance; null when none does.
 */
export function findBrandName(names: BrandNames, words: readonly string[]): { readonly name: BrandName; readonly at: number } | null {
  let found: { name: BrandName; at: number } | null = null;
  for (let at = 0; at < words.length; at++) {
    const candidates = names.get(words[at] ?? '');
    if (!candidates) continue;
    for (const name of candidates) {
      // Later in the list than a brand already found: that one wins wherever this one appears.
      if (found && name.order >= found.name.order) break;
      if (at + name.words.length > words.length) continue;
      let offset = 1;
      while (offset < name.words.length && words[at + offset] === name.words[offset]) offset++;
      if (offset === name.words.length) found = { name, at };
    }
  }
  return found;
}
