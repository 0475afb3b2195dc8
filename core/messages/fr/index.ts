// The fr catalogue: one module per rule family, so families are translated in parallel. Listed by hand, sorted.
import type { Catalogue } from '../index.ts';
import compliance from './compliance.ts';
import links from './links.ts';
import phrases from './phrases.ts';

const catalogue: Catalogue = {
  ...compliance,
  ...links,
  ...phrases,
};

export default catalogue;
