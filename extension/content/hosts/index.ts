/** Which adapter runs on a page: the webmail's own, else the generic one (ESP sites the user enabled). */
import type { SiteAdapter } from '../adapter.ts';
import { genericAdapter } from './generic.ts';
import { GMAIL_HOSTS, gmailAdapter } from './gmail.ts';
import { OUTLOOK_HOSTS, outlookAdapter } from './outlook.ts';
import { YAHOO_HOSTS, yahooAdapter } from './yahoo.ts';

const BY_HOST: ReadonlyMap<string, SiteAdapter> = new Map([
  ...GMAIL_HOSTS.map((host) => [host, gmailAdapter] as const),
  ...OUTLOOK_HOSTS.map((host) => [host, outlookAdapter] as const),
  ...YAHOO_HOSTS.map((host) => [host, yahooAdapter] as const),
]);

/** The webmail hosts, for the manifest's host permissions and content-script matches. */
export const WEBMAIL_HOSTS: readonly string[] = [...BY_HOST.keys()];

export function adapterForHost(hostname: string): SiteAdapter {
  return BY_HOST.get(hostname.toLowerCase()) ?? genericAdapter;
}
