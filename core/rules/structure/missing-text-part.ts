// Detects an .eml whose body is HTML only, with no text/plain alternative. Legitimate senders and
// ESPs send multipart/alternative; HTML-only mail is a mild but steady spam sign, and readers whose
// client shows plain text get nothing. Source: SpamAssassin MIME_HTML_ONLY; RFC 2046 §5.1.4.
//
// From a sender that has shown who it is (facts.identity.established: a named From on its own
// domain, an opt-out back to that domain, links mostly its own, authentication not failing) it is
// advice, 0 points: the MIME layout then says which edition a list sends, not which tool wrote the
// mail; list software and ESPs send the HTML edition alone when the list or the subscriber chose
// HTML. Issue #11: HTML-only is 47 % of commercial ham, 87 % of that from an established sender,
// against 0.7–2.3 % of HTML-only spam and phishing. Real filters still score it a little
// (SpamAssassin 0.1, rspamd 0.2, neither takes it back for list mail), so the message says so.
// Established costs a spammer a domain of its own and a List-Unsubscribe header on it (nothing
// checks the domain answers), and it gives back 0.3 points at most here.
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
    'html-only-identified':
      'The message has an HTML part but no plain-text alternative{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. It comes from a sender that shows who it is (`{domain}`, with an opt-out on that domain), so this is advice and counts no points here; filters still score it a little (SpamAssassin 0.1), and readers with text-only clients still see nothing useful.',
    'add-text-part':
      'Send multipart/alternative with a text/plain part that says the same as the HTML; most ESPs can generate it for you.',
  },
  check(context) {
    const { message } = context;
    if (!message.isHtml || message.plainText !== null) return [];
    if (!MIME_HEADERS.some((name) => (message.headers.get(name)?.length ?? 0) > 0)) return [];
    const contentType = message.headers.get('content-type')?.[0];
    const data = { typed: contentType ? 'yes' : 'no', contentType: contentType ? shorten(contentType, 60) : '' };
    const evidence = contentType ? shorten(`Content-Type: ${contentType}`) : 'no text/plain part';
    const { established, domain } = context.facts.identity;
    if (established && domain) {
      return [{ messageId: 'html-only-identified', suggestionId: 'add-text-part', data: { ...data, domain }, evidence, strength: 0 }];
    }
    return [{ messageId: 'html-only', suggestionId: 'add-text-part', data, evidence }];
  },
});
