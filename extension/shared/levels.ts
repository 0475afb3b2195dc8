/** Colours and labels per level, shared by the in-page badge, the toolbar badge and the popup. */
import type { Level } from '../../core/types.ts';

/**
 * Backgrounds behind white text (badge, toolbar, level pill): each has a contrast of at least
 * 4.5:1 with #fff (WCAG 2.2 AA for small text): green 5.1, amber 5.0, red 5.6.
 */
export const LEVEL_COLORS: Readonly<Record<Level, string>> = {
  low: '#1e7d32',
  medium: '#9c5700',
  high: '#c62828',
};
