// Where the findings panel goes: never over the compose window (its recipients, subject and own
// controls) when the viewport has room beside, below or above it; else over the editor's text,
// above the badge. Pure geometry.

import { describe, expect, test } from 'vitest';
import { PANEL_MAX_HEIGHT, placePanel, type PanelSpot, type ViewportRect } from '../../extension/ui/placement.ts';

const rect = (left: number, top: number, right: number, bottom: number): ViewportRect => ({ left, top, right, bottom });

function box(spot: PanelSpot, vh: number, height: number): ViewportRect {
  const h = Math.min(height, spot.maxHeight);
  const top = spot.top ?? vh - (spot.bottom ?? 0) - h;
  return rect(spot.left, top, spot.left + spot.width, top + h);
}

const overlaps = (a: ViewportRect, b: ViewportRect): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('placePanel', () => {
  test('Gmail docked compose at the bottom right: beside it, on the left, level with the badge', () => {
    const win = rect(780, 300, 1270, 800);
    const editor = rect(790, 420, 1260, 740);
    const badge = rect(1190, 704, 1250, 730);
    const spot = placePanel({ editor, window: win, badge, viewportWidth: 1280, viewportHeight: 800 });
    expect(spot.region).toBe('left');
    expect(overlaps(box(spot, 800, 500), win)).toBe(false);
  });

  test('Gmail full screen (the window fills the viewport): over the editor only, never its fields', () => {
    const win = rect(40, 20, 1240, 780);
    const editor = rect(50, 200, 1230, 700); // below To and Subject, above the Send row
    const badge = rect(1160, 664, 1220, 690);
    const spot = placePanel({ editor, window: win, badge, viewportWidth: 1280, viewportHeight: 800 });
    expect(spot.region).toBe('editor');
    const shown = box(spot, 800, 2000);
    expect(shown.top).toBeGreaterThanOrEqual(editor.top);
    expect(shown.bottom).toBeLessThanOrEqual(badge.top);
  });

  test('an editor near the top of a tall window: the panel is not cut at the editor edge', () => {
    const win = rect(16, 60, 436, 380);
    const editor = rect(30, 250, 420, 360);
    const badge = rect(350, 324, 410, 350);
    const spot = placePanel({ editor, window: win, badge, viewportWidth: 1280, viewportHeight: 1000 });
    expect(spot.region).toBe('right');
    expect(spot.maxHeight).toBe(PANEL_MAX_HEIGHT);
    expect(box(spot, 1000, 2000).bottom).toBeLessThanOrEqual(1000);
  });

  test('a viewport too small for any region: the biggest one, still on screen', () => {
    const win = rect(0, 0, 400, 300);
    const spot = placePanel({ editor: rect(0, 100, 400, 300), window: win, badge: rect(330, 264, 390, 290), viewportWidth: 400, viewportHeight: 300 });
    const shown = box(spot, 300, 2000);
    expect(shown.left).toBeGreaterThanOrEqual(0);
    expect(shown.right).toBeLessThanOrEqual(400);
    expect(shown.top).toBeGreaterThanOrEqual(0);
  });
});
