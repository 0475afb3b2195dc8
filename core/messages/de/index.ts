// The de catalogue: one module per rule family, so families are translated in parallel. Listed by hand, sorted.
import type { Catalogue } from '../index.ts';
import images from './images.ts';
import links from './links.ts';
import structure from './structure.ts';

const catalogue: Catalogue = {
  ...images,
  ...links,
  ...structure,
};

export default catalogue;
