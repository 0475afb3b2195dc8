/**
 * Outlook's and Outlook Express's own Message-ID shape: a first part of 8, 12 or 16 hex digits,
 * `$`, 8, `$`, 8, then `@` (newer versions add a `$` before it): `<000d01c2a4b5$1f2e3d40$0a00a8c0@host>`.
 * The first part is captured; in the 12-digit form it holds a Windows FILETIME's high part.
 * SpamAssassin's __OE_MSGID_2 allows the 8- and 12-digit first parts. Anchored and linear.
 */
export const OUTLOOK_ID_SHAPE = /^\s*<([0-9a-f]{8}|[0-9a-f]{12}(?:[0-9a-f]{4})?)\$[0-9a-f]{8}\$[0-9a-f]{8}\$?@/i;
