/**
 * What a site adapter finds: compose editors with their subject field and Send button. Adapters
 * only query the DOM; watching, scoring and UI are shared (scanner.ts, session.ts).
 */

export type AdapterId = 'gmail' | 'outlook' | 'yahoo' | 'generic';

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

/** Case-insensitive "starts with one of" for localised aria-labels. */
export function labelStartsWith(el: Element, prefixes: readonly string[]): boolean {
  const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase();
  return label !== '' && prefixes.some((prefix) => label.startsWith(prefix.toLowerCase()));
}
