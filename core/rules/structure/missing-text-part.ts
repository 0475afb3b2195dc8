// Detects an .eml whose body is HTML only, with no text/plain alternative. Legitimate senders and
// ESPs send multipart/alternative; HTML-only mail is a mild but steady spam sign, and readers whose
// client shows plain text get nothing. Source: SpamAssassin MIME_HTML_ONLY; RFC 2046 §5.1.4.
import { defineRule, shorten } from '../rule.ts';

/** Headers that show we were given a real MIME message, not just a body. */
const MIME_HEADERS = ['content-type', 'mime-version', 'content-transfer-encoding'];

export default defineRule({
  id: 'missing-text-part',
  category: 'structure',
  description: 'HTML message without a plain-text alternative',
  weight: 0.3,
  cap: 1,
  messages: {
    'html-only':
      'The message has an HTML part but no plain-text alternative{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Filters score HTML-only mail (SpamAssassin\'s MIME_HTML_ONLY), and readers with text-only clients see nothing useful.',
    'add-text-part':
      'Send multipart/alternative with a text/plain part that says the same as the HTML; most ESPs can generate it for you.',
  },
  check(context) {
    const { message } = context;
    if (!message.isHtml || message.plainText !== null) return [];
    if (!MIME_HEADERS.some((name) => (message.headers.get(name)?.length ?? 0) > 0)) return [];
    const contentType = message.headers.get('content-type')?.[0];
    return [
      {
        messageId: 'html-only',
        suggestionId: 'add-text-part',
        data: { typed: contentType ? 'yes' : 'no', contentType: contentType ? shorten(contentType, 60) : '' },
        evidence: contentType ? shorten(`Content-Type: ${contentType}`) : 'no text/plain part',
      },
    ];
  },
});
