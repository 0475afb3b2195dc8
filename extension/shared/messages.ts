/**
 * Messages between the content script, the background and the popup. Each has a `type`; the
 * answer types are next to them. Email content only travels inside the extension (runtime
 * messaging), never to the network.
 */
import type { AnalyzeOptions, Report } from '../../core/types.ts';

/** content → background: score this draft. Answer: `ScoreResult`. */
export interface ScoreRequest {
  type: 'score';
  editorId: string;
  html: string;
  subject: string;
  options: AnalyzeOptions;
  focused: boolean;
}

export interface ScoreResult {
  report: Report;
  /** time spent in `analyze`, ms (printed by the benchmark) */
  analyzeMs: number;
}

/** content → background: the focused editor changed, or an editor went away (`score` null). */
export interface EditorState {
  type: 'editor-state';
  editorId: string;
  score: number | null;
  level: Report['level'] | null;
  focused: boolean;
}

/** popup → content (top frame): the focused editor's report. Answer: `EditorReport | null`. */
export interface ReportQuery {
  type: 'get-report';
}

export interface EditorReport {
  report: Report;
  site: string;
  subject: string;
}

/** test builds only: open an extension page in a tab (Firefox's BiDi cannot navigate to one). */
export interface OpenPageRequest {
  type: 'test:open-page';
  path: string;
}

export type BackgroundMessage = ScoreRequest | EditorState | OpenPageRequest;

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
