// Builds both extension flavours once before the browser suite: the test build (dist/test/*) that
// the scenarios load, and the production build (dist/chrome, dist/firefox) that production.test.ts
// checks. Set SPAMRISK_SKIP_BUILD=1 to reuse existing builds while iterating.

import { buildExtension } from '../../scripts/build-extension.ts';

export default async function setup(): Promise<void> {
  if (process.env.SPAMRISK_SKIP_BUILD) return;
  await buildExtension({ test: true, quiet: true });
  await buildExtension({ quiet: true });
}
