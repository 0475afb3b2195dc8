/**
 * Shows a finding's evidence in the draft with the CSS Custom Highlight API: a Range registered in
 * `CSS.highlights` is painted by `::highlight()`, and the draft's DOM is never modified (no <mark>,
 * no wrapper spans that could end up in the sent email).
 */
import type { Finding } from '../../core/types.ts';
import { rangeForOffsets, rangeForText, sourceMap, textIndex, type SourceMap, type TextIndex } from './locate.ts';

export const HIGHLIGHT_NAME = 'spamrisk-finding';

type HighlightWindow = Window & {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
};

/**
 * The highlight's look: dark text on opaque amber, both set, so the evidence reads at 11:1 in a light
 * or a dark editor (with the editor's own text colour, light text on amber was 3.4:1).
 */
export const HIGHLIGHT_CSS =
  `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1f2328; ` +
  'text-decoration: underline 2px wavy #c62828; } ' +
  // Forced-colours mode: Firefox painted nothing at all with the colours above and paints these
  // system colours for marked text; Chromium ignores this rule too and paints its own Highlight
  // colours (the same pixels with and without it). Only Firefox needs it.
  `@media (forced-colors: active) { ::highlight(${HIGHLIGHT_NAME}) { background-color: Mark; color: MarkText; ` +
  'text-decoration-color: MarkText; } }';

/** The stylesheet each editor document has adopted while a highlight shows (constructed sheets are never serialised). */
const adopted = new WeakMap<Document, CSSStyleSheet>();

/**
 * The page's own view of an object. Firefox shows a content script DOM objects through Xray
 * wrappers, and `adoptedStyleSheets` (an ObservableArray) cannot be changed through them; there the
 * sheet is built and adopted through `wrappedJSObject`, in the page's compartment. Other browsers
 * have no such wrapper: the object itself.
 */
function pageView<T extends object>(object: T): T {
  return (object as T & { wrappedJSObject?: T }).wrappedJSObject ?? object;
}

/**
 * `::highlight()` must be in a stylesheet of the document that holds the range. That document is
 * the user's (an editor iframe that saves its whole document, CKEditor 4 `fullPage`, would save a
 * <style> of ours with the email), so the rule goes only in a constructed stylesheet adopted by the
 * document: `adoptedStyleSheets` is not part of the DOM, innerHTML, outerHTML or the editor's
 * getData(). A fresh sheet each time (one the page changed is not used again). Nothing else is ever
 * added to the document: where adopting fails (the page's constructor or array methods throw or
 * lie), there is no highlight and the caller only scrolls the evidence into view. Returns whether
 * the sheet is adopted.
 */
function addStyle(doc: Document): boolean {
  removeStyle(doc);
  try {
    const win = doc.defaultView;
    const page = pageView(doc);
    // The sheet must be constructed by the document's own window to be adoptable there.
    const Sheet = win && (pageView(win) as Window & { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
    if (!Sheet || !page.adoptedStyleSheets) return false;
    const sheet = new Sheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    adopted.set(doc, sheet);
    page.adoptedStyleSheets.push(sheet);
    if (page.adoptedStyleSheets.includes(sheet)) return true;
  } catch {
    // the page's CSSStyleSheet, replaceSync or array methods threw: no highlight
  }
  removeStyle(doc);
  return false;
}

/** Takes our stylesheet out of the editor's document again. */
function removeStyle(doc: Document): void {
  const sheet = adopted.get(doc);
  if (!sheet) return;
  adopted.delete(doc);
  try {
    const sheets = pageView(doc).adoptedStyleSheets;
    const at = sheets.indexOf(sheet);
    if (at >= 0) sheets.splice(at, 1);
  } catch {
    // the document is gone, or the page broke its array methods (an adopted sheet is never saved)
  }
}

function registryOf(doc: Document): { win: HighlightWindow; highlights: Map<string, unknown> } | null {
  const win = doc.defaultView as HighlightWindow | null;
  const highlights = win?.CSS?.highlights;
  return win && highlights && win.Highlight ? { win, highlights } : null;
}

/**
 * What locating findings needs from the live editor, each built on first use and then shared by
 * every finding: the source map (a serialisation of the whole draft) and the text index. One per
 * panel render, never kept across tasks: the draft may change between two (session.ts).
 */
export class DraftSnapshot {
  private map?: SourceMap;
  private matches?: boolean;
  private text?: TextIndex;

  constructor(
    readonly editor: HTMLElement,
    private readonly scoredHtml: string,
  ) {}

  /** The source map, when the live draft is still the HTML that was scored (else offsets are stale). */
  scoredMap(): SourceMap | null {
    this.map ??= sourceMap(this.editor);
    this.matches ??= this.map.html === this.scoredHtml;
    return this.matches ? this.map : null;
  }

  textIndex(): TextIndex {
    this.text ??= textIndex(this.editor);
    return this.text;
  }
}

/**
 * The range of a finding's evidence in the live editor, and how it was found: from the core's
 * offsets (exact), or by searching the evidence text (the draft changed since it was scored).
 */
export function findingRange(snapshot: DraftSnapshot, finding: Finding): { range: Range; via: 'offsets' | 'text' } | null {
  const location = finding.location;
  if (location?.in === 'html') {
    const map = snapshot.scoredMap();
    if (map) {
      const range = rangeForOffsets(map, location.start, location.end);
      if (range) return { range, via: 'offsets' };
    }
  }
  const range = finding.evidence ? rangeForText(snapshot.editor, finding.evidence, snapshot.textIndex()) : null;
  return range ? { range, via: 'text' } : null;
}

/**
 * Highlights `range` (replacing the previous highlight) and scrolls it into view. Returns whether it
 * is painted: where the browser has no Custom Highlight API or our stylesheet cannot be adopted, the
 * evidence is only scrolled into view.
 */
export function showHighlight(range: Range): boolean {
  const doc = range.startContainer.ownerDocument;
  const anchor = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const registry = doc && registryOf(doc);
  if (!doc || !registry) return false;
  registry.highlights.delete(HIGHLIGHT_NAME);
  if (!addStyle(doc)) return false;
  registry.highlights.set(HIGHLIGHT_NAME, new registry.win.Highlight!(range));
  return true;
}

/**
 * Whether `::highlight()` has nothing to paint in `range`: no text, only elements (an <img> of an
 * image-missing-alt or image-only finding). Such evidence gets a frame drawn over the draft instead
 * (ui/widget.ts `markBox`), outside the editor.
 */
export function paintsNothing(range: Range): boolean {
  return range.toString().trim() === '';
}

/** Scrolls the start of `range` into view (its element, or the element it starts in). */
export function scrollToRange(range: Range): void {
  const start = range.startContainer;
  const node = start.nodeType === 1 ? (start.childNodes[range.startOffset] ?? start) : start.parentElement;
  (node instanceof Element ? node : node?.parentElement)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Removes the highlight and our stylesheet: nothing of ours stays in the editor's document. */
export function clearHighlight(doc: Document): void {
  registryOf(doc)?.highlights.delete(HIGHLIGHT_NAME);
  removeStyle(doc);
}

/**
 * Where a subject finding's evidence is in the subject input, as [start, end) in its value, or null
 * when the value no longer holds it. Inputs cannot hold a highlight, and selecting the text there
 * would put focus in the field with the user's words selected, where the next key replaces them:
 * the widget draws a mark over the field instead (ui/widget.ts `markField`), focus stays in the panel.
 */
export function subjectSpan(input: HTMLInputElement, finding: Finding): [number, number] | null {
  const location = finding.location;
  const start = location?.in === 'subject' ? location.start : input.value.indexOf(finding.evidence);
  const end = location?.in === 'subject' ? location.end : start + finding.evidence.length;
  if (start < 0 || end > input.value.length || end < start) return null;
  return [start, end];
}
