// The fr catalogue: one module per rule family, so families are translated in parallel. Listed by hand, sorted.
import type { Catalogue } from '../index.ts';
import formatting from './formatting.ts';
import links from './links.ts';
import obfuscation from './obfuscation.ts';

const catalogue: Catalogue = {
  ...formatting,
  ...links,
  ...obfuscation,
};

export default catalogue;
