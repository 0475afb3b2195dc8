/** Which adapter runs on a page: the webmail's own, else the generic one (ESP sites the user enabled). */
import { WEBMAIL_HOSTS, WEBMAIL_HOSTS_BY_ADAPTER, type WebmailAdapterId } from '../../shared/webmail.ts';
import type { SiteAdapter } from '../adapter.ts';
import { genericAdapter } from './generic.ts';
import { gmailAdapter } from './gmail.ts';
import { outlookAdapter } from './outlook.ts';
import { yahooAdapter } from './yahoo.ts';

/** The adapter of each webmail in shared/webmail.ts (the type makes a missing one a compile error). */
export const WEBMAIL_ADAPTERS: Readonly<Record<WebmailAdapterId, SiteAdapter>> = {
  gmail: gmailAdapter,
  outlook: outlookAdapter,
  yahoo: yahooAdapter,
};

const BY_HOST: ReadonlyMap<string, SiteAdapter> = new Map(
  Object.entries(WEBMAIL_HOSTS_BY_ADAPTER).flatMap(([id, hosts]) => hosts.map((host) => [host, WEBMAIL_ADAPTERS[id as WebmailAdapterId]] as const)),
);

/** The webmail hosts, for the manifest's host permissions and content-script matches. */
export { WEBMAIL_HOSTS };

export function adapterForHost(hostname: string): SiteAdapter {
  return BY_HOST.get(hostname.toLowerCase()) ?? genericAdapter;
}
