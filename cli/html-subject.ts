/**
 * The subject an HTML email template declares for itself: `<meta name="subject" content="…">`,
 * else its `<title>` (Maizzle, react-email and most ESP editors put the subject there). Only the
 * part before `<body>` is read, so a `<title>` inside an inline SVG never counts.
 */
import { Parser } from 'htmlparser2';

/** A head longer than this is not a head: stop looking. */
const HEAD_LIMIT = 64 * 1024;

function clean(text: string): string | undefined {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

export function subjectOfHtml(html: string): string | undefined {
  const body = html.search(/<body[\s>/]/i);
  const head = html.slice(0, Math.min(body < 0 ? html.length : body, HEAD_LIMIT));
  let meta: string | undefined;
  let title: string | undefined;
  let titleText: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && attributes.name?.trim().toLowerCase() === 'subject' && attributes.content !== undefined) meta ??= clean(attributes.content);
        if (name === 'title' && title === undefined) titleText = '';
      },
      ontext(text) {
        if (titleText !== null) titleText += text;
      },
      onclosetag(name) {
        if (name === 'title' && titleText !== null) {
          title = clean(titleText);
          titleText = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(head);
  return meta ?? title;
}
