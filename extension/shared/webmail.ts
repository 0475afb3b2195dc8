/**
 * The webmail sites the extension runs on out of the box, by the adapter that reads their compose
 * windows. One home for the manifest's host permissions and content-script matches, the content
 * script's adapter registry (content/hosts/index.ts) and the options page, which refuses a site the
 * manifest already covers. It lives in shared/ because settings.ts needs it and shared/ imports
 * nothing from content/ (ARCHITECTURE.md).
 */
export const WEBMAIL_HOSTS_BY_ADAPTER = {
  gmail: ['mail.google.com'],
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
  yahoo: ['mail.yahoo.com'],
} as const satisfies Record<string, readonly string[]>;

export type WebmailAdapterId = keyof typeof WEBMAIL_HOSTS_BY_ADAPTER;

/** Every webmail host, in the order above. */
export const WEBMAIL_HOSTS: readonly string[] = Object.values(WEBMAIL_HOSTS_BY_ADAPTER).flat();
