/**
 * Shows a finding's evidence in the draft with the CSS Custom Highlight API: a Range registered in
 * `CSS.highlights` is painted by `::highlight()`, and the draft's DOM is never modified (no <mark>,
 * no wrapper spans that could end up in the sent email).
 */
import type { Finding } from '../../core/types.ts';
import { rangeForOffsets, rangeForText, sourceMap } from './locate.ts';

export const HIGHLIGHT_NAME = 'spamrisk-finding';
const STYLE_ID = 'spamrisk-highlight-style';

type HighlightWindow = Window & {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
};

/**
 * `::highlight()` must be in a stylesheet of the document that holds the range: one <style> in that
 * document's head (never in the editor) on first use.
 */
function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent =
    `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 193, 7, 0.55); color: inherit; ` +
    'text-decoration: underline 2px wavy #c62828; }';
  (doc.head ?? doc.documentElement).append(style);
}

function registryOf(doc: Document): { win: HighlightWindow; highlights: Map<string, unknown> } | null {
  const win = doc.defaultView as HighlightWindow | null;
  const highlights = win?.CSS?.highlights;
  return win && highlights && win.Highlight ? { win, highlights } : null;
}

/**
 * The range of a finding's evidence in the live editor, and how it was found: from the core's
 * offsets (exact), or by searching the evidence text (the draft changed since it was scored).
 */
export function findingRange(
  editor: HTMLElement,
  scoredHtml: string,
  finding: Finding,
): { range: Range; via: 'offsets' | 'text' } | null {
  const location = finding.location;
  if (location?.in === 'html') {
    const map = sourceMap(editor);
    if (map.html === scoredHtml) {
      const range = rangeForOffsets(map, location.start, location.end);
      if (range) return { range, via: 'offsets' };
    }
  }
  const range = finding.evidence ? rangeForText(editor, finding.evidence) : null;
  return range ? { range, via: 'text' } : null;
}

/** Highlights `range` (replacing the previous highlight) and scrolls it into view. */
export function showHighlight(range: Range): boolean {
  const doc = range.startContainer.ownerDocument;
  const registry = doc && registryOf(doc);
  if (!doc || !registry) return false;
  ensureStyle(doc);
  registry.highlights.set(HIGHLIGHT_NAME, new registry.win.Highlight!(range));
  const anchor = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return true;
}

export function clearHighlight(doc: Document): void {
  registryOf(doc)?.highlights.delete(HIGHLIGHT_NAME);
}

/** Selects the evidence of a subject finding in the subject input (inputs cannot hold highlights). */
export function selectInSubject(input: HTMLInputElement, finding: Finding): boolean {
  const location = finding.location;
  let start = location?.in === 'subject' ? location.start : input.value.indexOf(finding.evidence);
  let end = location?.in === 'subject' ? location.end : start + finding.evidence.length;
  if (start < 0 || end > input.value.length) return false;
  start = Math.max(0, start);
  end = Math.max(start, end);
  input.focus({ preventScroll: false });
  input.setSelectionRange(start, end);
  return true;
}
