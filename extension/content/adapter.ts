/**
 * What a site adapter finds: compose editors with their subject field and Send button. Adapters
 * only query the DOM; watching, scoring and UI are shared (scanner.ts, session.ts).
 */
import type { RecipientEntry, RecipientField } from '../shared/messages.ts';

export type AdapterId = 'gmail' | 'outlook' | 'yahoo' | 'generic';

// What a recipient field holds travels to the background, so its type lives with the messages.
export type { RecipientEntry, RecipientField };

export interface ComposeTarget {
  /** The editing host. Its innerHTML is the draft; it is never modified. */
  readonly editor: HTMLElement;
  /** The compose window (or reply box) around it: observed for changes, searched for Send. */
  readonly root: Element;
  /** The same-origin iframe holding `editor`, when it is in one (TinyMCE, CKEditor 4). */
  readonly frame: HTMLIFrameElement | null;
  /** The subject input, looked up again on each use because webmail re-renders it. */
  subject(): HTMLInputElement | null;
  /** The Send button, for the optional confirm-before-send. */
  sendButton(): HTMLElement | null;
  /**
   * What the To/Cc/Bcc fields hold, read again on each use (chips come and go). Read only: the
   * fields are never modified. Absent where the site has no recipient fields (ESP editors).
   */
  recipients?(): RecipientEntry[];
}

export interface SiteAdapter {
  readonly id: AdapterId;
  find(document: Document): ComposeTarget[];
}

/** An editing host: editable, with a parent that is not (so nested editable blocks are skipped). */
export function isEditingHost(el: Element): el is HTMLElement {
  const html = el as HTMLElement;
  return html.isContentEditable === true && !(html.parentElement?.isContentEditable ?? false);
}

/** The closest ancestor (or `el` itself) for which `test` holds, searching at most `depth` levels up. */
export function closestWhere(el: Element, test: (candidate: Element) => boolean, depth = 20): Element | null {
  let node: Element | null = el;
  for (let i = 0; node && i <= depth; i++, node = node.parentElement) {
    if (test(node)) return node;
  }
  return null;
}

/** Where a compose form keeps its subject input and Send button, and how it reads its recipients. */
export interface ComposeForm {
  /** selector of the subject input */
  readonly subject: string;
  /** selector of the Send button */
  readonly send: string;
  readonly recipients: (root: Element) => RecipientEntry[];
}

/**
 * The target of a body editor in a compose form whose root is the closest ancestor holding the
 * subject input or the Send button (else the editor's parent).
 */
export function composeFormTarget(editor: HTMLElement, form: ComposeForm): ComposeTarget {
  const root =
    closestWhere(editor, (el) => el !== editor && (el.querySelector(form.subject) !== null || el.querySelector(form.send) !== null)) ??
    editor.parentElement ??
    editor;
  return {
    editor,
    root,
    frame: null,
    subject: () => root.querySelector<HTMLInputElement>(form.subject),
    sendButton: () => root.querySelector<HTMLElement>(form.send),
    recipients: () => form.recipients(root),
  };
}

/** Case-insensitive "starts with one of" for localised aria-labels. */
export function labelStartsWith(el: Element, prefixes: readonly string[]): boolean {
  const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase();
  return label !== '' && prefixes.some((prefix) => label.startsWith(prefix.toLowerCase()));
}

/** Collects entries per field, trimmed, without empty ones or repeats (a chip often names its address twice). */
export class RecipientCollector {
  private readonly entries: RecipientEntry[] = [];
  private readonly seen = new Set<string>();

  add(field: RecipientField, text: string | null | undefined): void {
    const value = (text ?? '').trim();
    const key = `${field}\u0000${value.toLowerCase()}`;
    if (!value || this.seen.has(key)) return;
    this.seen.add(key);
    this.entries.push({ field, text: value });
  }

  list(): RecipientEntry[] {
    return [...this.entries];
  }
}
