/**
 * Every rule, by category (DESIGN §3). Each category folder lists its rules by hand in its own
 * index, sorted by id; this file only joins them. Ids are unique across categories (a test checks).
 */
import compliance from './compliance/index.ts';
import formatting from './formatting/index.ts';
import headers from './headers/index.ts';
import images from './images/index.ts';
import links from './links/index.ts';
import obfuscation from './obfuscation/index.ts';
import phrases from './phrases/index.ts';
import type { Rule } from './rule.ts';
import structure from './structure/index.ts';

export const rules: readonly Rule[] = [
  ...compliance,
  ...formatting,
  ...headers,
  ...images,
  ...links,
  ...obfuscation,
  ...phrases,
  ...structure,
];
