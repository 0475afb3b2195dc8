// Detects a Date header without a valid time zone ("Tue, 23 Jul 2002 14:31:43", "… GMT+1",
// "… Eastern Daylight Time", "… 4:12:06 PM"). RFC 5322 §3.3 requires a numeric zone; mail servers
// and real clients always write one, while bulk-mail scripts format the date themselves.
// Source: RFC 5322 §3.3; rspamd INVALID_DATE (its date grammar requires a zone). SpamAssassin's
// INVALID_DATE fires on the spelled-out and glued zones only (its zone is optional).
import { defineRule, shorten } from '../rule.ts';
import { firstHeader } from '../../headers/fields.ts';

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i;
const TIME = /\b\d{1,2}:\d{2}\b/;
/** A time followed by its zone: numeric (+0200), or an obsolete zone RFC 5322 §4.3 still accepts. */
const VALID_ZONE = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|(?:ut|gmt|[ecmp][sd]t|[a-ik-z])(?![\w+-]))/i;
const MAX_DATE = 200;

export default defineRule({
  id: 'date-without-zone',
  category: 'headers',
  description: 'Date header has no valid time zone',
  weight: 1.5,
  cap: 1,
  headerFields: ['date'],
  messages: {
    'no-zone':
      'The Date header `{date}` has no valid time zone. RFC 5322 requires a numeric zone such as "+0000", and mail servers and real mail clients always write one; dates without one come from bulk-mail scripts, and filters score them.',
    'numeric-zone':
      'Let your mail server or ESP set the Date header, or write it with a numeric zone, e.g. "Tue, 14 May 2024 09:30:00 +0000".',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    const date = firstHeader(message, 'date');
    if (date === null) return [];
    const head = date.slice(0, MAX_DATE).trim();
    // A date that names no month or time at all is missing-date's to report.
    if (!MONTH.test(head) || !TIME.test(head) || VALID_ZONE.test(head)) return [];
    const evidence = shorten(head);
    return [
      {
        messageId: 'no-zone',
        suggestionId: 'numeric-zone',
        data: { date: evidence },
        evidence,
      },
    ];
  },
});
