/**
 * Which score the toolbar badge shows in each tab: the focused editor's, else the editor scored
 * last. Pure bookkeeping (unit-tested); index.ts applies the result with the action API. State is
 * in memory only: if the service worker sleeps, the browser keeps the badges it was given, and the
 * next score rebuilds the entry.
 */
import type { Level } from '../../core/types.ts';

export interface EditorScore {
  score: number;
  level: Level;
  focused: boolean;
  /** update counter, to find the latest */
  seen: number;
}

export class TabScores {
  private readonly tabs = new Map<number, Map<string, EditorScore>>();
  private counter = 0;

  /** Records an editor's score (null score: the editor is gone). Returns what the tab should show. */
  update(tabId: number, editorKey: string, state: { score: number | null; level: Level | null; focused: boolean }): EditorScore | null {
    let editors = this.tabs.get(tabId);
    if (!editors) this.tabs.set(tabId, (editors = new Map()));
    if (state.score === null || state.level === null) {
      editors.delete(editorKey);
    } else {
      if (state.focused) for (const other of editors.values()) other.focused = false;
      editors.set(editorKey, { score: state.score, level: state.level, focused: state.focused, seen: ++this.counter });
    }
    if (editors.size === 0) this.tabs.delete(tabId);
    return this.shown(tabId);
  }

  shown(tabId: number): EditorScore | null {
    const editors = [...(this.tabs.get(tabId)?.values() ?? [])];
    return editors.find((e) => e.focused) ?? editors.sort((a, b) => b.seen - a.seen)[0] ?? null;
  }

  /** The frame id (from the `frameId:editorId` key) of the editor the tab shows, or null. */
  shownFrame(tabId: number): number | null {
    const shown = this.shown(tabId);
    const editors = this.tabs.get(tabId);
    if (!shown || !editors) return null;
    for (const [key, value] of editors) if (value === shown) return Number.parseInt(key, 10) || 0;
    return null;
  }

  /** A page load or closed tab drops every editor of that tab (or of one frame). */
  forget(tabId: number, framePrefix?: string): void {
    if (framePrefix === undefined) {
      this.tabs.delete(tabId);
      return;
    }
    const editors = this.tabs.get(tabId);
    for (const key of [...(editors?.keys() ?? [])]) if (key.startsWith(framePrefix)) editors?.delete(key);
  }
}
