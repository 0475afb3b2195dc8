// End-to-end in Debian's Chromium (playwright-core), with the test build of dist/test/chrome.

import { launchChromium } from './harness/browsers.ts';
import { TEST_CHROME } from './harness/paths.ts';
import { composeSuite } from './harness/suite.ts';

composeSuite('chromium', () => launchChromium(TEST_CHROME));
