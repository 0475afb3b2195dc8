/**
 * ESP editors: the content script is registered at run time for each site the user enabled in the
 * options, once its optional host permission is granted. Called at start-up and whenever the
 * settings or the permissions change, it makes the registrations match exactly.
 */
import { grantedOrigins, registeredScripts, registerScripts, unregisterScripts } from '../shared/browser.ts';
import { REGISTRATION_PREFIX, wantedRegistrations } from './registrations.ts';

export async function syncSiteScripts(sites: readonly string[]): Promise<void> {
  const wanted = wantedRegistrations(sites, await grantedOrigins());
  const current = (await registeredScripts()).filter((s) => s.id.startsWith(REGISTRATION_PREFIX));
  const wantedIds = new Set(wanted.map((s) => s.id));
  const currentIds = new Set(current.map((s) => s.id));
  await unregisterScripts(current.filter((s) => !wantedIds.has(s.id)).map((s) => s.id));
  await registerScripts(wanted.filter((s) => !currentIds.has(s.id)));
}
