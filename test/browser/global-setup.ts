// Builds both extension flavours once before the browser suite: the test build (dist/test/*) that
// the scenarios load, and the production build (dist/chrome, dist/firefox) that production.test.ts
// checks, and the Tiptap bundle its fixture page loads (harness/vendor.ts). Set SPAMRISK_SKIP_BUILD=1
// to reuse existing builds while iterating (the Tiptap bundle is still built when it is missing).

import { buildExtension } from '../../scripts/build-extension.ts';
import { buildTiptap } from './harness/vendor.ts';

export default async function setup(): Promise<void> {
  if (process.env.SPAMRISK_SKIP_BUILD) {
    await buildTiptap({ ifMissing: true });
    return;
  }
  await buildTiptap();
  await buildExtension({ test: true, quiet: true });
  await buildExtension({ quiet: true });
}
