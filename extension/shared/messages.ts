/**
 * Messages between the content script, the background and the popup. Each has a `type`; the
 * answer types are next to them. Email content only travels inside the extension (runtime
 * messaging), never to the network.
 */
import type { AnalyzeOptions, Report } from '../../core/types.ts';

/** The recipient fields of a compose window. */
export type RecipientField = 'to' | 'cc' | 'bcc';

/**
 * One thing written in a recipient field: a committed chip's address, or the text still being typed
 * (which may hold several comma-separated addresses, or a display name).
 */
export interface RecipientEntry {
  readonly field: RecipientField;
  readonly text: string;
}

/** content → background: score this draft. Answer: `ScoreResult`. */
export interface ScoreRequest {
  type: 'score';
  editorId: string;
  html: string;
  subject: string;
  /** the settings as core options (the draft's own language included as `'auto'` when wanted) */
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
  /** null: the editor is empty, there is nothing to score yet */
  report: Report | null;
  site: string;
  subject: string;
}

/**
 * popup → content (top frame): what the page shows that we cannot reach. Answer: `PageFrames`.
 * Large visible iframes of other origins (a builder embedded in an ESP page) where our script does
 * not run unless that site is added too.
 */
export interface FramesQuery {
  type: 'get-frames';
}

export interface PageFrames {
  /** origins of large, visible cross-origin iframes on the page (an embedded editor, probably) */
  crossOrigin: string[];
}

/** popup → background: which frame of a tab holds the editor its toolbar badge shows. Answer: `number | null`. */
export interface ShownFrameQuery {
  type: 'shown-frame';
  tabId: number;
}

/** options → background: a site was just added; put the content script into its open tabs. Answer: number of tabs. */
export interface SiteAdded {
  type: 'site-added';
  pattern: string;
}

/**
 * The keyboard shortcut (manifest `commands`) that opens the panel of the editor the user works in,
 * from anywhere in the page: the badge sits on <html>, last in Tab order.
 */
export const OPEN_PANEL_COMMAND = 'open-panel';

/** background → content (the frame of the editor the toolbar shows): the shortcut was pressed. Answer: whether an editor took it. */
export interface OpenPanelRequest {
  type: 'open-panel';
}

/** content → background: the keys of the shortcut that opens the panel, as the browser names them now. Answer: a string, '' when none is set. */
export interface ShortcutQuery {
  type: 'get-shortcut';
}

/** test builds only: run a keyboard command as if its shortcut had been pressed in the sender's tab. */
export interface CommandRequest {
  type: 'test:command';
  name: string;
}

/** test builds only: open an extension page in a tab (Firefox's BiDi cannot navigate to one). */
export interface OpenPageRequest {
  type: 'test:open-page';
  path: string;
}

export type BackgroundMessage = ScoreRequest | RecipientsRequest | EditorState | OpenPageRequest | CommandRequest | ShortcutQuery | ShownFrameQuery | SiteAdded;

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
