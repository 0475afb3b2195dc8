// Detects the two header defects that hand-built ratware headers leave and no MIME library writes:
// a Content-Type without MIME-Version (RFC 2045 §4 requires `MIME-Version: 1.0` on a MIME message),
// and a Subject carrying raw 8-bit bytes that are not UTF-8 (RFC 5322 §2.2 and RFC 2047: a header
// is US-ASCII, other text goes in encoded-words). Judged only for a whole message (an .eml).
// Source: SpamAssassin MIME_HEADER_CTYPE_ONLY (rules/20_head_tests.cf, with its exceptions: a
// text/plain type, a Content-Transfer-Encoding or Content-Disposition) and SUBJ_ILLEGAL_CHARS
// (check_illegal_chars: two or more such characters; valid UTF-8 is not counted).
import { firstHeader, rawCharacters, showControls } from '../../headers/fields.ts';
import { defineRule, shorten, type MessageHit } from '../rule.ts';

/** The media types SpamAssassin lets go without MIME-Version: text/plain is what RFC 2045 §4 assumes then. */
const TEXT_PLAIN = /^\s*text\/plain\b/i;
/** A delivery report (RFC 6522), written by a mail server about a message, not by the sender's pipeline. */
const DELIVERY_REPORT = /^\s*multipart\/report\b/i;
/**
 * SpamAssassin's count: two characters. It counts every illegal byte and takes one off when exactly
 * one of them is `£`, `¢` or `®`; we see each such byte as U+FFFD and cannot tell which it was, so
 * only the threshold is ported (a `£` and one other raw byte fire here, not there).
 */
const MIN_RAW_CHARACTERS = 2;

export default defineRule({
  id: 'malformed-mime-headers',
  category: 'headers',
  description: 'Content-Type without MIME-Version, or raw 8-bit Subject',
  weight: 1.0,
  cap: 1,
  // Subject first: a raw-subject finding's evidence (� and control pictures) is never the raw line
  // as written, so it falls back on the first field named; a Content-Type one is found by its text.
  headerFields: ['subject', 'content-type'],
  messages: {
    'content-type-only':
      'The message has a `Content-Type: {type}` header but no MIME-Version header. RFC 2045 requires `MIME-Version: 1.0` on every MIME message; mail libraries, mail clients and ESPs always write it, so its absence marks headers written by hand, as spam software writes them, and filters score it (SpamAssassin MIME_HEADER_CTYPE_ONLY).',
    'add-mime-version':
      'Fix the code or template that writes your headers: add `MIME-Version: 1.0` beside Content-Type, or build the message with a MIME library (your language\'s mail module, Nodemailer, PHPMailer) instead of writing the headers yourself.',
    'raw-subject':
      'The Subject `{subject}` holds {count, plural, one {# character} other {# characters}} that no mail library writes there: raw bytes of a charset other than UTF-8 (shown as �) or control characters. Header fields must be plain ASCII (RFC 5322), with other text written as RFC 2047 encoded-words; raw bytes reach readers garbled, and filters score them (SpamAssassin SUBJ_ILLEGAL_CHARS).',
    'encode-subject':
      'Have your sending code encode the subject in UTF-8 as an encoded-word (`=?UTF-8?B?…?=`); a mail library does this when you give it the subject as text. Check the charset your template or database hands over: these bytes came in another one.',
    'control-characters':
      'The Subject `{subject}` holds {count, plural, one {# control character} other {# control characters}} (shown as ␁, ␡ and the like), invisible codes that no mail library writes in a header. Header fields must be printable ASCII (RFC 5322); mail clients show these as boxes or drop them, and filters score them (SpamAssassin SUBJ_ILLEGAL_CHARS).',
    'remove-control-characters':
      'Strip control characters from the subject before you send: they come from the data that fills it (a database field, a spreadsheet cell, text copied from another program), not from a mail library. Check the code that builds the subject from that data.',
  },
  check(context) {
    if (!context.facts.wholeMessage) return [];
    const { message } = context;
    const hits: MessageHit[] = [];
    const contentType = firstHeader(message, 'content-type');
    if (
      contentType !== null &&
      firstHeader(message, 'mime-version') === null &&
      firstHeader(message, 'content-transfer-encoding') === null &&
      firstHeader(message, 'content-disposition') === null &&
      !TEXT_PLAIN.test(contentType) &&
      !DELIVERY_REPORT.test(contentType)
    ) {
      const type = shorten(contentType, 60);
      hits.push({ messageId: 'content-type-only', suggestionId: 'add-mime-version', data: { type }, evidence: shorten(`Content-Type: ${contentType}`) });
    }
    const subject = firstHeader(message, 'subject');
    const { undecoded, controls } = subject === null ? { undecoded: 0, controls: 0 } : rawCharacters(subject);
    const count = undecoded + controls;
    if (subject !== null && count >= MIN_RAW_CHARACTERS) {
      // Control characters are invisible: they are shown as control pictures (␁, ␡), before
      // `shorten` would turn a vertical tab or form feed into a space.
      const evidence = shorten(showControls(subject));
      hits.push(
        undecoded === 0
          ? { messageId: 'control-characters', suggestionId: 'remove-control-characters', data: { subject: evidence, count }, evidence }
          : { messageId: 'raw-subject', suggestionId: 'encode-subject', data: { subject: evidence, count }, evidence },
      );
    }
    return hits;
  },
});
