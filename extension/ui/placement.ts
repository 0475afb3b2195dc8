/**
 * Where the findings panel (and the send confirmation) goes: never over the compose window's
 * recipients, subject or its own controls. The free strips of the viewport beside, below or above
 * the compose window come first; when none is big enough, the panel goes over the editor's own
 * text area, above the badge (it closes as soon as the user types again). Pure geometry, unit-tested.
 */

export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanelRequest {
  /** the editor's visible box */
  editor: ViewportRect;
  /** the compose window: everything the panel must not cover */
  window: ViewportRect;
  /** the badge, in the editor's bottom-right corner */
  badge: ViewportRect;
  viewportWidth: number;
  viewportHeight: number;
}

export type Region = 'right' | 'left' | 'below' | 'above' | 'editor';

export interface PanelSpot {
  region: Region;
  left: number;
  width: number;
  /** distance from the viewport's top, or null when anchored at the bottom */
  top: number | null;
  /** distance from the viewport's bottom, or null when anchored at the top */
  bottom: number | null;
  maxHeight: number;
}

export const PANEL_WIDTH = 360;
export const PANEL_MAX_HEIGHT = 520;
/** Below this a region is too small to read findings in. */
const MIN_WIDTH = 280;
const MIN_HEIGHT = 220;
const GAP = 8;
const MARGIN = 8;

function size(r: ViewportRect): { width: number; height: number } {
  return { width: Math.max(0, r.right - r.left), height: Math.max(0, r.bottom - r.top) };
}

export function placePanel({ editor, window: win, badge, viewportWidth: vw, viewportHeight: vh }: PanelRequest): PanelSpot {
  const screen: ViewportRect = { left: MARGIN, top: MARGIN, right: vw - MARGIN, bottom: vh - MARGIN };
  const regions: [Region, ViewportRect][] = [
    ['right', { ...screen, left: Math.max(screen.left, win.right + GAP) }],
    ['left', { ...screen, right: Math.min(screen.right, win.left - GAP) }],
    ['below', { ...screen, top: Math.max(screen.top, win.bottom + GAP) }],
    ['above', { ...screen, bottom: Math.min(screen.bottom, win.top - GAP) }],
    // Over the editor's text, above the badge: inside the compose window but off its fields.
    ['editor', {
      left: Math.max(screen.left, editor.left + GAP),
      right: Math.min(screen.right, editor.right - GAP),
      top: Math.max(screen.top, editor.top + GAP),
      bottom: Math.min(screen.bottom, badge.top - GAP),
    }],
  ];
  const fits = regions.find(([, r]) => size(r).width >= MIN_WIDTH && size(r).height >= MIN_HEIGHT);
  const [region, area] =
    fits ?? regions.reduce((best, next) => (size(next[1]).width * size(next[1]).height > size(best[1]).width * size(best[1]).height ? next : best));
  const { width: areaWidth, height: areaHeight } = size(area);
  const width = Math.max(Math.min(PANEL_WIDTH, areaWidth), Math.min(PANEL_WIDTH, 200));
  const maxHeight = Math.max(Math.min(PANEL_MAX_HEIGHT, areaHeight), 120);

  // Horizontally: next to the compose window when beside it, else right-aligned with the badge.
  let left: number;
  if (region === 'right') left = area.left;
  else if (region === 'left') left = area.right - width;
  else left = Math.min(Math.max(badge.right - width, area.left), area.right - width);
  left = Math.max(MARGIN, Math.min(left, vw - MARGIN - width));

  // Vertically: level with the badge where the region allows (bottom edge at the badge's), so the
  // panel reads as coming from it; in a strip above or below the window, against the window.
  if (region === 'below') return { region, left, width, top: area.top, bottom: null, maxHeight };
  if (region === 'above' || region === 'editor') return { region, left, width, top: null, bottom: vh - area.bottom, maxHeight };
  const anchor = Math.min(Math.max(badge.bottom, area.top + Math.min(maxHeight, areaHeight)), area.bottom);
  return { region, left, width, top: null, bottom: vh - anchor, maxHeight: Math.min(maxHeight, anchor - area.top) };
}
