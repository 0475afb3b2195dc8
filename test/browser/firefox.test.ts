// End-to-end in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi), with dist/test/firefox.

import { GECKO_ID } from '../../extension/manifest.ts';
import { launchFirefox } from './harness/browsers.ts';
import { TEST_FIREFOX } from './harness/paths.ts';
import { composeSuite } from './harness/suite.ts';

composeSuite('firefox', () => launchFirefox(TEST_FIREFOX, GECKO_ID));
