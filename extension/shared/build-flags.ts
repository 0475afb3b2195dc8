/**
 * Flags the build replaces (scripts/build-extension.ts `define`). Test builds keep shadow roots
 * open so Playwright locators reach them, and accept the test-only messages; production builds
 * compile those branches away.
 */
declare const __SPAMRISK_TEST__: boolean | undefined;

export const TEST_BUILD: boolean = typeof __SPAMRISK_TEST__ !== 'undefined' && __SPAMRISK_TEST__ === true;
