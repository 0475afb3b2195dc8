// The fr catalogue: one module per rule family, so families are translated in parallel. Listed by hand, sorted.
import type { Catalogue } from '../index.ts';
import formatting from './formatting.ts';
import headers from './headers.ts';
import links from './links.ts';
import obfuscation from './obfuscation.ts';

const catalogue: Catalogue = {
  ...formatting,
  ...headers,
  ...links,
  ...obfuscation,
};

export default catalogue;
