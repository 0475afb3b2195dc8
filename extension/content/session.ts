/**
 * One attached editor: listens to its input (body and subject), re-scores after a pause, shows the
 * badge and panel, highlights evidence, guards Send. It also re-checks the compose window's To/Cc/Bcc
 * addresses after a pause (watching only the compose root) and shows them as separate warnings. Every listener and observer gets the same
 * AbortSignal, so `detach()` tears all of it down at once and nothing leaks when the compose
 * window closes.
 */
import type { Finding, Report } from '../../core/types.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';
import type { EditorState, RecipientsRequest, RecipientsResult, RecipientWarning, ScoreRequest, ScoreResult } from '../shared/messages.ts';
import { analyzeOptions, type Settings } from '../shared/settings.ts';
import type { Translate } from '../ui/report-view.ts';
import { ScoreWidget, type Layout, type ViewportRect } from '../ui/widget.ts';
import type { AdapterId, ComposeTarget } from './adapter.ts';
import { hasContent } from './content-check.ts';
import { clearHighlight, DraftSnapshot, findingRange, paintsNothing, scrollToRange, showHighlight, subjectSpan } from './highlight.ts';
import { boxInTop, clippedTo, unionOf, visibleBox } from './geometry.ts';
import { guardSend } from './send-guard.ts';
import { pageTheme } from './theme.ts';

/** Pause after the last keystroke before re-scoring. */
export const DEBOUNCE_MS = 300;
/** The badge follows its editor when the page moves it without scrolling (docked compose windows). */
const REPOSITION_MS = 500;

export interface SessionContext {
  readonly site: AdapterId;
  readonly t: Translate;
  /** the UI language, for Intl number and plural formatting */
  readonly locale: string;
  settings(): Settings;
  score(request: Omit<ScoreRequest, 'type'>): Promise<ScoreResult>;
  /** core `checkRecipients` on the entries (in the background, next to `analyze`) */
  checkRecipients(request: Omit<RecipientsRequest, 'type'>): Promise<RecipientsResult>;
  notify(state: Omit<EditorState, 'type'>): void;
  focused(session: EditorSession): void;
}

let nextId = 1;

/** A debounced task: each call to `schedule` restarts the wait; aborting `signal` cancels it for good. */
class Debounced {
  private timer: number | undefined;

  constructor(
    private readonly run: () => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  schedule(delay: number): void {
    if (this.signal.aborted) return;
    this.cancel();
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  private cancel(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
  }
}

export class EditorSession {
  readonly id = `e${nextId++}`;
  report: Report | null = null;
  /** the HTML the current report was computed from (offsets refer to it) */
  scoredHtml = '';
  private scoredKey = '';
  private readonly controller = new AbortController();
  private readonly widget: ScoreWidget;
  private readonly scoring = new Debounced(() => void this.scoreNow(), this.controller.signal);
  private sequence = 0;
  private scoredCount = 0;
  private isFocused = false;
  private readonly recipientCheck = new Debounced(() => void this.checkRecipientsNow(), this.controller.signal);
  private recipientKey = '';
  private recipientSequence = 0;
  private recipientChecks = 0;
  private idleNotified = false;
  private currentSnapshot: DraftSnapshot | null = null;

  constructor(
    readonly target: ComposeTarget,
    private readonly context: SessionContext,
  ) {
    const signal = this.controller.signal;
    const top = window.document;
    this.widget = new ScoreWidget(
      top,
      context.t,
      {
        select: (f) => this.select(f),
        locatable: (f) => this.locatable(f),
        close: () => this.unhighlight(),
        theme: () => pageTheme(target.editor, target.frame),
      },
      signal,
      context.locale,
    );
    if (TEST_BUILD) {
      this.widget.host.dataset.editor = this.id;
      this.widget.host.dataset.site = context.site;
    }
    this.listen(signal);
    if (target.recipients) this.listenToRecipients(signal);
    this.reposition();
    this.schedule(0);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private listen(signal: AbortSignal): void {
    const { editor, root, frame } = this.target;
    const editorWindow = editor.ownerDocument.defaultView ?? window;

    editor.addEventListener('input', () => this.schedule(), { signal });
    // Escape in the draft closes the panel: captured on the editor itself, so the page's editor
    // handlers (which stop Escape or prevent its default for their own popups) cannot hide it from
    // us, and an editor in an iframe is covered too. The event goes on to the page untouched.
    editor.addEventListener('keydown', (event) => this.widget.draftEscape(event), { capture: true, signal });
    // Back to writing: the panel gets out of the way (the badge reopens it). Keys that only move
    // focus or the caret, and shortcuts, leave it open.
    editor.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1 || event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete') this.widget.closePanel(false);
    }, { signal });
    editor.addEventListener('input', () => this.widget.closePanel(false), { signal });
    // The subject may live outside the compose root (ESP forms), so listen at the document.
    // Only an <input> can be the subject (subject(): HTMLInputElement), so typing in the draft does
    // not ask the host for it: Outlook's structural subject measures the form's inputs (a layout).
    const onSubject = (event: Event): void => {
      if ((event.target as Element | null)?.localName !== 'input') return;
      if (event.target === this.target.subject()) this.schedule();
    };
    window.document.addEventListener('input', onSubject, { capture: true, signal });
    window.document.addEventListener('change', onSubject, { capture: true, signal });

    // Programmatic changes (Gmail's "…" quoted history, signatures, templates) fire no input event.
    const observer = new editorWindow.MutationObserver(() => this.schedule());
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });

    const onFocus = (): void => {
      if (this.isFocused) return;
      this.isFocused = true;
      this.context.focused(this);
    };
    editor.addEventListener('focusin', onFocus, { signal });
    editor.addEventListener('focus', onFocus, { signal });

    // Keep the badge on the editor's corner.
    const reposition = (): void => this.reposition();
    window.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    window.addEventListener('resize', reposition, { passive: true, signal });
    if (frame) editorWindow.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    const resizeObserver = new ResizeObserver(reposition);
    resizeObserver.observe(editor);
    if (frame) resizeObserver.observe(frame);
    signal.addEventListener('abort', () => resizeObserver.disconnect(), { once: true });
    const interval = window.setInterval(reposition, REPOSITION_MS);
    signal.addEventListener('abort', () => window.clearInterval(interval), { once: true });

    guardSend(
      window,
      {
        shouldConfirm: () => this.context.settings().confirmSend && this.report?.level === 'high',
        sendButton: () => this.target.sendButton(),
        containsKeyTarget: (node) => editor.contains(node) || node === this.target.subject(),
        confirm: () => (this.report ? this.widget.confirmSend(this.report) : Promise.resolve(true)),
      },
      signal,
    );
  }

  /**
   * Recipient fields change by typing (input values fire `input`, not mutations) and by chips being
   * added or removed (mutations). Only the compose root is watched, typing in the body is ignored,
   * and everything goes with the editor's AbortSignal.
   */
  private listenToRecipients(signal: AbortSignal): void {
    const { editor, root } = this.target;
    const editorWindow = editor.ownerDocument.defaultView ?? window;
    const outsideBody = (node: EventTarget | Node | null): boolean =>
      typeof (node as Node | null)?.nodeType === 'number' && !editor.contains(node as Node);
    const onField = (event: Event): void => {
      if (outsideBody(event.target)) this.scheduleRecipients();
    };
    root.addEventListener('input', onField, { capture: true, signal });
    root.addEventListener('change', onField, { capture: true, signal });
    const observer = new editorWindow.MutationObserver((records) => {
      if (records.some((record) => outsideBody(record.target))) this.scheduleRecipients();
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['email', 'data-hovercard-id', 'title', 'value'],
    });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    this.scheduleRecipients(0);
  }

  scheduleRecipients(delay = DEBOUNCE_MS): void {
    this.recipientCheck.schedule(delay);
  }

  private async checkRecipientsNow(): Promise<void> {
    const entries = this.target.recipients?.() ?? [];
    const key = JSON.stringify(entries);
    if (key === this.recipientKey) return;
    const sequence = ++this.recipientSequence;
    let warnings: RecipientWarning[] = [];
    // Nothing that looks like an address: no warnings, no round trip.
    if (entries.some((entry) => entry.text.includes('@'))) {
      try {
        warnings = (await this.context.checkRecipients({ editorId: this.id, entries })).warnings;
      } catch {
        return; // orphaned content script (extension reloaded)
      }
    }
    if (sequence !== this.recipientSequence || this.signal.aborted) return;
    this.recipientKey = key;
    this.widget.setRecipients(warnings);
    if (TEST_BUILD) {
      this.widget.host.dataset.recipients = String(warnings.length);
      this.widget.host.dataset.recipientChecks = String(++this.recipientChecks);
    }
  }

  /** Whether focus is in this editor, its compose window (subject, recipients) or its badge and panel. */
  containsFocus(): boolean {
    if (this.widget.containsFocus()) return true;
    const { editor, root } = this.target;
    const doc = editor.ownerDocument;
    const active = doc.activeElement;
    return doc.hasFocus() && active !== null && (editor.contains(active) || root.contains(active));
  }

  /** The keys of the keyboard shortcut in force ('' when none), for the badge's tooltip. */
  setShortcut(keys: string): void {
    this.widget.setShortcut(keys);
  }

  /**
   * The keyboard shortcut: opens this editor's panel with focus in it (or, pressed again from inside
   * the panel, closes it). Escape or the close button then put focus back where it was before: the
   * editor with its caret (or selection) where it was, or any other element of the page (the
   * subject, a recipient field, a button of the page) while it is still in the document; if it is
   * gone, the editor; if that is gone too, focus is left alone. Nothing in the draft changes.
   */
  openFromShortcut(): void {
    const { editor, frame } = this.target;
    const doc = editor.ownerDocument;
    const selection = doc.getSelection();
    const saved =
      selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer)
        ? selection.getRangeAt(0).cloneRange()
        : null;
    // The element of this frame that had focus: the editor's iframe stands for the editor.
    const active = window.document.activeElement;
    const inEditor = active !== null && (active === editor || editor.contains(active) || (frame !== null && active === frame));
    const nothing = active === null || active === window.document.body || active === window.document.documentElement;
    // On the badge or in the panel (the shadow host has focus): Escape goes back to the badge, as usual.
    const before = inEditor || nothing || active === this.widget.host || !(active instanceof HTMLElement || active instanceof SVGElement) ? null : active;
    const toEditor = (): void => {
      if (!editor.isConnected) return;
      if (frame) doc.defaultView?.focus();
      editor.focus({ preventScroll: true });
      const now = doc.getSelection();
      if (saved && now && editor.contains(saved.commonAncestorContainer)) {
        now.removeAllRanges();
        now.addRange(saved);
      }
    };
    const back =
      active === this.widget.host
        ? null
        : (): void => {
            if (this.signal.aborted) return;
            if (before) {
              if (before.isConnected) before.focus({ preventScroll: true });
              else toEditor();
              return;
            }
            if (inEditor) toEditor();
            // Nothing had focus: leave it so (the closed panel no longer holds it).
          };
    this.widget.toggleFromShortcut(back);
  }

  /** Marks this editor as the one the user works in (or not). */
  setFocused(focused: boolean): void {
    this.isFocused = focused;
    if (focused && this.report) this.notify();
  }

  schedule(delay = DEBOUNCE_MS): void {
    this.scoring.schedule(delay);
  }

  /** Re-scores even if the draft did not change (settings changed). */
  rescore(): void {
    this.scoredKey = '';
    this.schedule(0);
  }

  private async scoreNow(): Promise<void> {
    const { editor } = this.target;
    // An empty or whitespace-only draft has nothing to score: no number, no level (issue 13).
    if (!hasContent(editor)) {
      this.showNothing();
      return;
    }
    const html = editor.innerHTML;
    const subject = this.target.subject()?.value ?? '';
    const settings = this.context.settings();
    const options = analyzeOptions(settings, this.context.locale);
    const key = `${JSON.stringify(options)}\u0000${subject}\u0000${html.length}`;
    if (key === this.scoredKey && html === this.scoredHtml) return;
    const sequence = ++this.sequence;
    this.widget.setBusy(true);
    const started = performance.now();
    let result: ScoreResult;
    try {
      result = await this.context.score({
        editorId: this.id,
        html,
        subject,
        options,
        focused: this.isFocused,
      });
    } catch {
      // The extension was reloaded or updated: this copy of the content script is orphaned.
      if (sequence === this.sequence) this.widget.setBusy(false);
      return;
    }
    if (sequence !== this.sequence || this.signal.aborted) return;
    this.report = result.report;
    this.scoredHtml = html;
    this.scoredKey = key;
    this.widget.setTheme(pageTheme(editor, this.target.frame));
    this.widget.setReport(result.report);
    this.widget.setBusy(false);
    this.reposition();
    if (TEST_BUILD) {
      const host = this.widget.host.dataset;
      host.state = 'scored';
      host.score = String(result.report.score);
      host.level = result.report.level;
      host.analyzeMs = result.analyzeMs.toFixed(1);
      host.roundTripMs = (performance.now() - started).toFixed(1);
      host.scored = String(++this.scoredCount);
    }
  }

  /** The idle state: an empty draft. Any pending score is dropped; the toolbar badge clears. */
  private showNothing(): void {
    const wasScored = this.report !== null || this.scoredKey !== '';
    this.sequence++;
    this.report = null;
    this.scoredHtml = '';
    this.scoredKey = '';
    this.widget.setIdle();
    this.widget.setBusy(false);
    this.reposition();
    if (wasScored || !this.idleNotified) {
      this.idleNotified = true;
      this.notify();
    }
    if (TEST_BUILD) {
      const host = this.widget.host.dataset;
      host.state = 'idle';
      delete host.score;
      delete host.level;
      host.scored = String(++this.scoredCount);
    }
  }

  private notify(): void {
    this.context.notify({
      editorId: this.id,
      score: this.report?.score ?? null,
      level: this.report?.level ?? null,
      focused: this.isFocused,
    });
  }

  private select(finding: Finding): void {
    if (finding.location?.in === 'subject') {
      // Focus stays in the panel and the subject's caret and selection are left alone: a mark over
      // the field shows the words (the draft's highlight goes, it is about another finding).
      const subject = this.target.subject();
      const span = subject && subject.type !== 'hidden' ? subjectSpan(subject, finding) : null;
      this.unhighlight();
      if (subject && span) {
        subject.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        this.widget.markField(subject, span);
      }
      if (TEST_BUILD) this.widget.host.dataset.highlightVia = span ? 'subject' : 'none';
      return;
    }
    this.widget.markField(null);
    const found = findingRange(this.snapshot(), finding);
    if (TEST_BUILD) this.widget.host.dataset.highlightVia = found?.via ?? 'none';
    if (found && paintsNothing(found.range)) {
      // An image (no text for ::highlight to paint): a frame over it, drawn by the widget outside
      // the editor, as the subject field gets; the draft's DOM is left as it is.
      this.unhighlight();
      // Clipped to the part of the editor the user can see: scrolled out of it, the image is not
      // framed over whatever the page shows there.
      const { range } = found;
      const { editor, frame } = this.target;
      scrollToRange(range);
      this.widget.markBox(
        () => (range.startContainer.isConnected ? clippedTo(boxInTop(range, frame), visibleBox(editor, frame)) : null),
        range.toString() || finding.evidence,
      );
      if (TEST_BUILD) this.widget.host.dataset.highlightPainted = 'frame';
      return;
    }
    const painted = found ? showHighlight(found.range) : false;
    if (!found) this.unhighlight();
    // Nothing painted (no Custom Highlight API, our stylesheet not adopted): say the words instead.
    else if (!painted) this.widget.notMarked(found.range.toString());
    if (TEST_BUILD) this.widget.host.dataset.highlightPainted = String(painted);
  }

  /** Whether a finding's evidence can be shown: in the subject field, or found in the draft. */
  private locatable(finding: Finding): boolean {
    if (finding.location?.in === 'subject') {
      const subject = this.target.subject();
      return subject !== null && subject.type !== 'hidden' && subject.value.length >= finding.location.end;
    }
    if (!finding.location) return false;
    return findingRange(this.snapshot(), finding) !== null;
  }

  /**
   * The draft as the findings are located in it: one snapshot for everything that runs in this task
   * (a panel render asks once per finding; building a source map serialises the whole draft, which
   * for a 5 MB draft took 0.5 s each time). It is dropped at the next microtask, so a later task
   * (the user typed, the page changed the draft) builds a fresh one.
   */
  private snapshot(): DraftSnapshot {
    if (!this.currentSnapshot) {
      this.currentSnapshot = new DraftSnapshot(this.target.editor, this.scoredHtml);
      queueMicrotask(() => (this.currentSnapshot = null));
    }
    return this.currentSnapshot;
  }

  private unhighlight(): void {
    clearHighlight(this.target.editor.ownerDocument);
  }

  /** Where the badge goes and what the panel must keep clear of, in the top window's viewport. */
  private layout(): Layout | null {
    const { editor, frame, root } = this.target;
    const visible = visibleBox(editor, frame);
    if (!visible) return null;
    // The compose window: the dialog around the compose root (Gmail's header with Minimise, Full
    // screen, Save & close), the root itself (recipients, subject, Send), the editor's frame, and the
    // subject and Send wherever the page put them.
    const around = root.closest('[role="dialog"]') ?? root;
    const parts: (ViewportRect | null)[] = [
      boxInTop(around, frame),
      boxInTop(root, frame),
      frame ? frame.getBoundingClientRect() : null,
      visible,
    ];
    const subject = this.target.subject();
    if (subject && subject.type !== 'hidden') parts.push(boxInTop(subject, null));
    const send = this.target.sendButton();
    if (send) parts.push(boxInTop(send, null));
    return { editor: visible, window: unionOf(parts) ?? visible, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight };
  }

  reposition(): void {
    if (this.signal.aborted) return;
    this.widget.place(this.layout());
  }

  detach(): void {
    if (this.signal.aborted) return;
    this.unhighlight();
    this.controller.abort();
    this.widget.remove();
    this.report = null;
    this.notify();
  }
}
