/**
 * Whether a draft has anything to score. A new, empty compose window (or one holding only blank
 * lines and spaces) is not a risk and gets no score; an image, a table or a link is content even
 * without text.
 */

// Elements that are content on their own, text or not.
const CONTENT_ELEMENTS = 'img, picture, video, svg, table, a[href], hr, iframe, object, embed, form, input, button';

/** True when `editor` holds visible text (not only whitespace) or a content element. */
export function hasContent(editor: Element): boolean {
  const text = editor.textContent ?? '';
  // Non-breaking and zero-width spaces are what editors leave in an empty paragraph.
  if (/[^\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(text)) return true;
  return editor.querySelector(CONTENT_ELEMENTS) !== null;
}

/** The same for HTML pasted into the popup (a string), without running or loading any of it. */
export function htmlHasContent(html: string, parse: (html: string) => Document): boolean {
  if (!/[^\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(html)) return false;
  // A parsed (DOMParser) document is inert: no script runs, no image loads.
  const doc = parse(html);
  return hasContent(doc.body ?? doc.documentElement);
}
