/** Colours and labels per level, shared by the in-page badge, the toolbar badge and the popup. */
import type { Level } from '../../core/types.ts';

export const LEVEL_COLORS: Readonly<Record<Level, string>> = {
  low: '#1e7d32',
  medium: '#b26a00',
  high: '#c62828',
};

/** Badge text: one decimal below 10, whole numbers above, so it fits the toolbar's four characters. */
export function scoreText(score: number): string {
  if (!Number.isFinite(score)) return '';
  return Math.abs(score) < 10 ? score.toFixed(1) : String(Math.round(score));
}
