/**
 * Optional confirm-before-send (off by default, options page): when the draft's level is `high`,
 * the first press of Send (mouse or Ctrl/⌘+Enter) is held back and a short confirm lists the top
 * findings. "Send anyway" replays the press on the Send button. Gmail's Send reacts to
 * mousedown/mouseup rather than click, so the whole pointer sequence is held and replayed.
 */

export interface SendGuardHost {
  /** true when Send should be confirmed now */
  shouldConfirm(): boolean;
  sendButton(): HTMLElement | null;
  /** elements where Ctrl/⌘+Enter sends (editor, subject) */
  containsKeyTarget(node: Node): boolean;
  /** shows the confirm; resolves true to send anyway */
  confirm(): Promise<boolean>;
}

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export function guardSend(win: Window, host: SendGuardHost, signal: AbortSignal): void {
  let replaying = false;
  let asking = false;

  const ask = async (): Promise<void> => {
    if (asking) return;
    asking = true;
    try {
      if (!(await host.confirm()) || signal.aborted) return;
      const button = host.sendButton();
      if (!button) return;
      replaying = true;
      try {
        for (const type of POINTER_EVENTS) {
          const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0 };
          const view = win as Window & typeof globalThis;
          const Constructor = type.startsWith('pointer') && view.PointerEvent ? view.PointerEvent : view.MouseEvent;
          button.dispatchEvent(new Constructor(type, init));
        }
      } finally {
        replaying = false;
      }
    } finally {
      asking = false;
    }
  };

  const onPointer = (event: Event): void => {
    if (replaying || !host.shouldConfirm()) return;
    const button = host.sendButton();
    const target = event.target as Node | null;
    if (!button || !target || !button.contains(target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'mousedown' || event.type === 'click') void ask();
  };

  const onKey = (event: KeyboardEvent): void => {
    if (replaying || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !host.shouldConfirm()) return;
    const target = event.target as Node | null;
    if (!target || !host.containsKeyTarget(target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void ask();
  };

  for (const type of POINTER_EVENTS) win.addEventListener(type, onPointer, { capture: true, signal });
  win.addEventListener('keydown', onKey, { capture: true, signal });
}
