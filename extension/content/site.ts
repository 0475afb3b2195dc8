/**
 * The host name that picks the adapter. Test builds also serve fixture pages from 127.0.0.1 under a
 * path named after the site they mimic (`/mail.google.com/gmail-compose.html`), so that one local
 * server can stand for every webmail; production builds only ever look at the real host name.
 */
import { TEST_BUILD } from '../shared/build-flags.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function siteHost(location: Pick<Location, 'hostname' | 'pathname'>, testBuild = TEST_BUILD): string {
  if (testBuild && LOCAL_HOSTS.has(location.hostname)) {
    const first = location.pathname.split('/')[1] ?? '';
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(first) && !/\.html?$/i.test(first)) return first.toLowerCase();
  }
  return location.hostname;
}
