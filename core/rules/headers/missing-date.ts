// Detects a message without a Date header (or with one that names no date). RFC 5322 §3.6 makes
// Date mandatory; mail without it is typical of ratware, and SpamAssassin scores MISSING_DATE.
// Judged only for a whole message (an .eml), never for a draft's HTML.
import { defineRule, shorten } from '../rule.ts';
import { firstHeader } from '../../headers/fields.ts';

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i;

export default defineRule({
  id: 'missing-date',
  category: 'headers',
  description: 'Message has no valid Date header',
  weight: 1.2,
  cap: 1,
  headerFields: ['date'],
  messages: {
    'no-date':
      'The message has no Date header. Every message must carry one (RFC 5322), and mail without it looks like it was sent by spam software.',
    'set-date':
      'Send through a mail server or ESP that sets Date, or set it in your sending code (RFC 5322 format, e.g. "Tue, 14 May 2024 09:30:00 +0000").',
    'bad-date':
      'The Date header `{date}` is not a date in the RFC 5322 format. Filters treat malformed dates like missing ones.',
    'fix-date':
      'Write the date as RFC 5322 requires, e.g. "Tue, 14 May 2024 09:30:00 +0000".',
  },
  check(context) {
    const { message } = context;
    if (!context.facts.wholeMessage) return [];
    const date = firstHeader(message, 'date');
    if (date === null || date.trim() === '') {
      return [
        {
          messageId: 'no-date',
          suggestionId: 'set-date',
          evidence: 'no Date header',
        },
      ];
    }
    const head = date.slice(0, 200);
    if (/\b\d{4}\b/.test(head) && MONTH.test(head)) return [];
    return [
      {
        messageId: 'bad-date',
        suggestionId: 'fix-date',
        data: { date: shorten(head) },
        evidence: shorten(head),
        strength: 0.5,
      },
    ];
  },
});
