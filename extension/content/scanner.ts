/**
 * Finds compose editors as they come and go. Webmail apps open and close compose windows without
 * page loads, so a MutationObserver (debounced, and blind to typing inside known editors) and iframe
 * `load` events trigger a rescan; an editor that is gone is detached, which aborts everything it
 * registered. One AbortSignal tears the whole scanner down.
 */
import type { ComposeTarget, SiteAdapter } from './adapter.ts';

export interface Attachment {
  detach(): void;
}

export interface ScannerOptions {
  /** delay between a DOM change and the rescan, ms */
  debounceMs?: number;
}

export interface Scanner {
  /** live attachments by editor element */
  readonly attached: ReadonlyMap<HTMLElement, Attachment>;
  /** rescan now (tests, and after settings that change what is found) */
  scan(): void;
}

function isGone(target: ComposeTarget): boolean {
  return !target.editor.isConnected || (target.frame !== null && !target.frame.isConnected);
}

export function watchEditors(
  document: Document,
  adapter: SiteAdapter,
  attach: (target: ComposeTarget) => Attachment,
  signal: AbortSignal,
  { debounceMs = 120 }: ScannerOptions = {},
): Scanner {
  const attached = new Map<HTMLElement, Attachment>();
  const targets = new Map<HTMLElement, ComposeTarget>();
  const win = document.defaultView ?? window;
  let timer: number | undefined;

  const scan = (): void => {
    if (signal.aborted) return;
    timer = undefined;
    const found = new Map(adapter.find(document).map((target) => [target.editor, target]));
    for (const [editor, attachment] of attached) {
      const target = targets.get(editor);
      if (!found.has(editor) || !target || isGone(target)) {
        attached.delete(editor);
        targets.delete(editor);
        attachment.detach();
      }
    }
    for (const [editor, target] of found) {
      watchFrame(target);
      if (attached.has(editor)) continue;
      targets.set(editor, target);
      attached.set(editor, attach(target));
    }
  };

  const schedule = (): void => {
    if (timer === undefined && !signal.aborted) timer = win.setTimeout(scan, debounceMs);
  };

  /** Typing inside an editor mutates the page constantly; only changes elsewhere can add or remove editors. */
  const insideEditor = (node: Node): boolean => {
    for (const editor of attached.keys()) if (editor.contains(node)) return true;
    return false;
  };

  const onMutations = (records: MutationRecord[]): void => {
    if (timer !== undefined) return;
    for (const record of records) {
      if (record.addedNodes.length === 0 && record.removedNodes.length === 0) continue;
      if (!insideEditor(record.target)) return schedule();
    }
  };
  const observer = new win.MutationObserver(onMutations);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // Builder canvases live in same-origin iframes whose blocks come and go: their documents are
  // watched too, once each (the observers go with the scanner's signal).
  const watchedFrames = new WeakSet<Document>();
  const frameObservers: MutationObserver[] = [];
  const watchFrame = (target: ComposeTarget): void => {
    const doc = target.frame?.contentDocument;
    if (!doc?.documentElement || watchedFrames.has(doc)) return;
    watchedFrames.add(doc);
    const frameObserver = new (doc.defaultView ?? win).MutationObserver(onMutations);
    frameObserver.observe(doc.documentElement, { childList: true, subtree: true });
    frameObservers.push(frameObserver);
  };
  // iframe `load` does not bubble, but it does go through the capture phase (srcdoc editors fill late).
  document.addEventListener('load', (event) => {
    if ((event.target as Element | null)?.localName === 'iframe') schedule();
  }, { capture: true, signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const frameObserver of frameObservers) frameObserver.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    for (const attachment of attached.values()) attachment.detach();
    attached.clear();
    targets.clear();
  }, { once: true });

  scan();
  return { attached, scan };
}
