// The es catalogue: one module per rule family, so families are translated in parallel. Listed by hand, sorted.
import type { Catalogue } from '../index.ts';
import headers from './headers.ts';
import links from './links.ts';

const catalogue: Catalogue = {
  ...headers,
  ...links,
};

export default catalogue;
