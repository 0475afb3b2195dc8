// The es catalogue: one module per rule family, so families are translated in parallel. Listed by hand, sorted.
import type { Catalogue } from '../index.ts';
import compliance from './compliance.ts';
import formatting from './formatting.ts';
import headers from './headers.ts';
import images from './images.ts';
import links from './links.ts';
import obfuscation from './obfuscation.ts';
import phrases from './phrases.ts';
import report from './report.ts';
import structure from './structure.ts';

const catalogue: Catalogue = {
  ...compliance,
  ...formatting,
  ...headers,
  ...images,
  ...links,
  ...obfuscation,
  ...phrases,
  ...report,
  ...structure,
};

export default catalogue;
