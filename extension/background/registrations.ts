/** Which content-script registrations the enabled ESP sites call for (pure; sites.ts applies it). */
import type { ScriptRegistration } from '../shared/browser.ts';
import { sitePattern } from '../shared/settings.ts';

export const REGISTRATION_PREFIX = 'esp-';

export function registrationId(pattern: string): string {
  return REGISTRATION_PREFIX + pattern.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase();
}

/** One registration per granted host pattern of an enabled site; sites without permission get none. */
export function wantedRegistrations(sites: readonly string[], granted: readonly string[]): ScriptRegistration[] {
  const grantedSet = new Set(granted);
  const byPattern = new Map<string, ScriptRegistration>();
  for (const site of sites) {
    const pattern = sitePattern(site);
    if (!pattern || !grantedSet.has(pattern) || byPattern.has(pattern)) continue;
    byPattern.set(pattern, { id: registrationId(pattern), matches: [pattern], js: ['content.js'] });
  }
  return [...byPattern.values()];
}
