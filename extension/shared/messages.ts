/**
 * Messages between the content script, the background and the popup. Each has a `type`; the
 * answer types are next to them. Email content only travels inside the extension (runtime
 * messaging), never to the network.
 */
import type { AnalyzeOptions, Report } from '../../core/types.ts';
import type { RecipientEntry, RecipientField } from '../content/adapter.ts';

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

/** content → background: check what the compose window's To/Cc/Bcc fields hold. Answer: `RecipientsResult`. */
export interface RecipientsRequest {
  type: 'check-recipients';
  editorId: string;
  entries: RecipientEntry[];
}

/** One recipient finding of core `checkRecipients`, with what the panel needs to word it in the UI language. */
export interface RecipientWarning {
  /** `recipient-invalid`, `recipient-domain-typo`, `recipient-disposable`, `recipient-role-address` */
  rule: string;
  field: RecipientField;
  /** the address (or, for an invalid one, the text) as written */
  address: string;
  /** its domain, lower-cased ('' when there is none) */
  domain: string;
  /** the mailbox domain a typo probably meant, else null */
  suggestion: string | null;
  points: number;
}

export interface RecipientsResult {
  warnings: RecipientWarning[];
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

export type BackgroundMessage = ScoreRequest | RecipientsRequest | EditorState | OpenPageRequest;

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
