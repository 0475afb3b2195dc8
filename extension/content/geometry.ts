/**
 * Boxes in the top window's viewport: an element's box (through its same-origin iframe), and the
 * part of an editor the user can actually see (inside its scrollbars, inside every ancestor that
 * clips it, inside its frame), where the badge goes.
 */
import type { ViewportRect } from '../ui/widget.ts';

function offsetOf(frame: HTMLIFrameElement | null): { x: number; y: number } {
  if (!frame) return { x: 0, y: 0 };
  const r = frame.getBoundingClientRect();
  return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
}

/** `box` moved by `by` (from a frame's viewport into the top one). */
function moved(box: ViewportRect, by: { x: number; y: number }): ViewportRect {
  return { left: box.left + by.x, top: box.top + by.y, right: box.right + by.x, bottom: box.bottom + by.y };
}

/**
 * An element's border box, or a range's bounding box, in the top viewport (its document is the
 * frame's, or the top one), or null when it has no box.
 */
export function boxInTop(target: Element | Range, frame: HTMLIFrameElement | null): ViewportRect | null {
  // `instanceof Range` would be false for a range of the frame's own window.
  const doc = 'startContainer' in target ? target.startContainer.ownerDocument : target.ownerDocument;
  const own = frame && doc === frame.contentDocument ? frame : null;
  const r = target.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return moved(r, offsetOf(own));
}

function intersect(a: ViewportRect, b: ViewportRect): ViewportRect {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/** The part of `box` inside `clip`, or null when nothing of it is (a frame around a part of the draft scrolled out of the editor's view is not drawn over the page around it). */
export function clippedTo(box: ViewportRect | null, clip: ViewportRect | null): ViewportRect | null {
  if (!box || !clip) return null;
  const out = intersect(box, clip);
  return out.right > out.left && out.bottom > out.top ? out : null;
}

/** The smallest box around all the given ones (nulls skipped), or null when there are none. */
export function unionOf(boxes: readonly (ViewportRect | null)[]): ViewportRect | null {
  let out: ViewportRect | null = null;
  for (const b of boxes) {
    if (!b) continue;
    out = out
      ? { left: Math.min(out.left, b.left), top: Math.min(out.top, b.top), right: Math.max(out.right, b.right), bottom: Math.max(out.bottom, b.bottom) }
      : { ...b };
  }
  return out;
}

/** The padding box of an element without its scrollbars (a scrolling editor's badge sits inside them). */
function innerBox(el: Element): ViewportRect {
  const r = el.getBoundingClientRect();
  const html = el as HTMLElement;
  const left = r.left + (html.clientLeft || 0);
  const top = r.top + (html.clientTop || 0);
  const width = html.clientWidth || r.width;
  const height = html.clientHeight || r.height;
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * The part of `editor` the user can see, in the top viewport, or null when none is. The editor's
 * own scrollbars, ancestors with `overflow` other than visible, and the frame's viewport all clip it.
 */
export function visibleBox(editor: HTMLElement, frame: HTMLIFrameElement | null): ViewportRect | null {
  const doc = editor.ownerDocument;
  const win = doc.defaultView;
  let box: ViewportRect;
  if (editor === doc.body || editor === doc.documentElement) {
    // An iframe editor's body fills the frame's viewport.
    box = { left: 0, top: 0, right: doc.documentElement.clientWidth || (win?.innerWidth ?? 0), bottom: doc.documentElement.clientHeight || (win?.innerHeight ?? 0) };
  } else {
    box = innerBox(editor);
    for (let node = editor.parentElement; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) {
      const style = win?.getComputedStyle(node);
      if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) box = intersect(box, innerBox(node));
    }
    box = intersect(box, { left: 0, top: 0, right: win?.innerWidth ?? box.right, bottom: win?.innerHeight ?? box.bottom });
  }
  if (frame && doc === frame.contentDocument) {
    const { x, y } = offsetOf(frame);
    box = intersect(moved(box, { x, y }), {
      left: x,
      top: y,
      right: x + frame.clientWidth,
      bottom: y + frame.clientHeight,
    });
  }
  return box.right > box.left && box.bottom > box.top ? box : null;
}
