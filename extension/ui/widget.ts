/**
 * The in-page UI of one editor: a score badge, the findings panel it opens and the optional
 * confirm-before-send, in a shadow root (closed in production) on a host element reset with
 * `all: initial`, so neither the page's CSS nor its scripts reach inside. The host sits on
 * <html>, never inside the editor, so nothing of ours can end up in the email.
 *
 * Keyboard and screen readers (WCAG 2.2 AA): the badge is a button whose accessible name says the
 * score; opening the panel moves focus into it, and its DOM order (badge, then the panel's title,
 * close button and findings) is the Tab order; Escape closes the panel or the confirm and puts focus
 * back on the badge (or, when the keyboard shortcut opened the panel, on the editor, caret where it
 * was); every finding is a Tab stop, those without a place in the draft as disabled buttons; a polite
 * live region announces score changes.
 */
import type { Finding, Report } from '../../core/types.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';
import { ariaKeyShortcuts } from '../shared/shortcut.ts';
import { formatScore, plural, textDirection } from '../shared/format.ts';
import type { RecipientWarning } from '../shared/messages.ts';
import { placePanel, type ViewportRect } from './placement.ts';
import { renderRecipients } from './recipients-view.ts';
import { appendQuoted, levelLabel, renderFindings, renderSummary, type Translate } from './report-view.ts';
import { WIDGET_CSS } from './styles.ts';

export type { ViewportRect } from './placement.ts';

export const HOST_TAG = 'spamrisk-badge';

export interface WidgetEvents {
  /** a finding was clicked: show its evidence in the draft */
  select(finding: Finding): void;
  /** whether a finding's evidence can be shown in the draft (else it is not a button) */
  locatable(finding: Finding): boolean;
  /** the panel closed, or a finding that cannot be shown was pressed: remove the highlight */
  close(): void;
  /** the panel is about to open: the page theme may have changed since the last score */
  theme(): 'light' | 'dark';
}

/** Where the badge sits and what the panel must not cover, in the top window's viewport. */
export interface Layout {
  /** the editor's visible box (the badge goes in its bottom-right corner) */
  editor: ViewportRect;
  /** the compose window around it (recipients, subject, its own controls): the panel stays off it */
  window: ViewportRect;
  viewportWidth: number;
  viewportHeight: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 10;

/**
 * The host's text spacing: the root element's, which a user's text-spacing style reaches (styles.ts
 * sets the widget's line-height; boundSpacing() keeps letter and word spacing within SPACING_BOUNDS).
 */
const TEXT_SPACING = { 'letter-spacing': 'inherit', 'word-spacing': 'inherit', 'line-height': 'inherit' };

/**
 * What the widget takes of the text spacing its host inherits, in em of the widget's text. The page's
 * spacing cannot be told from a user's text-spacing style (WCAG 1.4.12 asks for 0.12em between
 * letters, 0.16em between words): below 0 letters and words run into each other, and above these
 * caps (four and six times those figures) long words leave the panel.
 */
export const SPACING_BOUNDS: Readonly<Record<'letter-spacing' | 'word-spacing', number>> = { 'letter-spacing': 0.5, 'word-spacing': 1 };

/**
 * The spacing to set on the widget's root for an inherited computed `value` ('normal' or px) at
 * `fontSize` px, or null when the inherited one is within 0 … `cap` em and stays.
 */
export function boundedSpacing(value: string, fontSize: number, cap: number): string | null {
  const px = parseFloat(value);
  if (!Number.isFinite(px)) return null;
  const bounded = Math.min(Math.max(px, 0), cap * fontSize);
  return bounded === px ? null : `${bounded}px`;
}

function important(el: HTMLElement, properties: Record<string, string>): void {
  for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value, 'important');
}

function envelopeIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'sr-badge-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M2 3.5h12v9H2z M2 4l6 4.5L14 4');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

/**
 * The box (viewport) of the characters [start, end) of a text input's value: measured with the
 * field's font on a detached canvas, clipped to the field; the whole field where that cannot be
 * measured (no canvas, right-to-left text).
 */
function fieldSpanBox(field: HTMLInputElement, [start, end]: [number, number]): ViewportRect | null {
  const rect = field.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  const whole = { left: rect.left - 2, top: rect.top - 2, right: rect.right + 2, bottom: rect.bottom + 2 };
  const view = field.ownerDocument.defaultView;
  const style = view?.getComputedStyle(field);
  let context: CanvasRenderingContext2D | null;
  try {
    context = field.ownerDocument.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (!style || !context || style.direction === 'rtl' || end <= start) return whole;
  context.font = style.font || `${style.fontSize} ${style.fontFamily}`;
  const text = field.value;
  const inner = rect.left + field.clientLeft + (Number.parseFloat(style.paddingLeft) || 0) - field.scrollLeft;
  const left = Math.max(rect.left, inner + context.measureText(text.slice(0, start)).width - 2);
  const right = Math.min(rect.right, inner + context.measureText(text.slice(0, end)).width + 2);
  return right - left < 4 ? whole : { left, top: whole.top, right, bottom: whole.bottom };
}

/** how long scoring runs before the live region says it is still checking */
const BUSY_ANNOUNCE_MS = 1000;

/** the longest evidence read out when it could not be marked (a whole-paragraph finding is cut) */
const MAX_SPOKEN_EVIDENCE = 200;

type BadgeState = 'scoring' | 'idle' | 'scored';

export class ScoreWidget {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly shadow: ShadowRoot;
  private readonly root: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly badgeScore: HTMLElement;
  private readonly badgeMarker: HTMLElement;
  private readonly badgeLevel: HTMLElement;
  private readonly live: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly panelBody: HTMLElement;
  private readonly confirmBox: HTMLElement;
  private report: Report | null = null;
  /**
   * What the frame (.sr-mark) is drawn around: the words of a subject finding in its form field
   * (`field`), or an element of the draft ::highlight cannot paint (an image). `box` measures it
   * again at each layout; `id` names it for the test build's data-mark.
   */
  private marked: { field: HTMLInputElement | null; box: () => ViewportRect | null; id: string } | null = null;
  private readonly mark: HTMLElement;
  /** the findings of the panel as drawn, in button order */
  private drawn: readonly Finding[] = [];
  private state: BadgeState = 'scoring';
  /** scoring is under way (setBusy); the timer says so in the live region when it takes long */
  private busy = false;
  private busyTimer: number | undefined;
  private recipients: readonly RecipientWarning[] = [];
  private lastLayout = '';
  private layout: Layout | null = null;
  private announced = '';
  /** the keys of the keyboard shortcut in force, as the browser names them ('' when none is set) */
  private shortcut = '';
  /** where Escape sends focus when the keyboard shortcut opened the panel (else: the badge) */
  private returnFocus: (() => void) | null = null;
  /** answers the open confirm (Escape answers "do not send") */
  private answerConfirm: ((send: boolean, reason: 'send' | 'review' | 'escape') => void) | null = null;

  constructor(
    doc: Document,
    private readonly t: Translate,
    private readonly events: WidgetEvents,
    signal: AbortSignal,
    private readonly locale = 'en',
  ) {
    this.doc = doc;
    this.host = doc.createElement(HOST_TAG);
    important(this.host, { all: 'initial', position: 'fixed', 'z-index': '2147483646', left: '0px', top: '0px', display: 'none' });
    // Text spacing stays the user's (WCAG 1.4.12): `all: initial !important` pinned these against a
    // user's text-spacing style as well. Inherited from the root element, which such a style sets
    // and the page's rules for our host cannot override.
    important(this.host, TEXT_SPACING);
    const shadow = this.host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
    this.shadow = shadow;

    const style = doc.createElement('style');
    style.textContent = WIDGET_CSS;
    this.root = doc.createElement('div');
    this.root.className = 'sr-root';
    // The widget speaks the UI language, whatever the page's own language (WCAG 3.1.2).
    this.root.lang = locale;
    this.root.dir = textDirection(locale);
    this.root.dataset.theme = 'light';
    this.root.dataset.level = 'none';

    this.badge = doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'sr-badge';
    this.badge.dataset.state = 'scoring';
    this.badge.setAttribute('aria-expanded', 'false');
    this.badgeScore = doc.createElement('span');
    this.badgeScore.className = 'sr-badge-score';
    this.badgeScore.textContent = '…';
    // Recipient warnings are not part of the score: a small "@" marker says there are some.
    this.badgeMarker = doc.createElement('span');
    this.badgeMarker.className = 'sr-badge-marker';
    this.badgeMarker.textContent = '@';
    this.badgeMarker.setAttribute('aria-hidden', 'true');
    this.badgeMarker.hidden = true;
    // The level in words, shown only in forced-colours mode (styles.ts), where the badge's colour is
    // painted over; the badge's accessible name says it already.
    this.badgeLevel = doc.createElement('span');
    this.badgeLevel.className = 'sr-badge-level';
    this.badgeLevel.setAttribute('aria-hidden', 'true');
    this.badge.append(envelopeIcon(doc), this.badgeScore, this.badgeLevel, this.badgeMarker);
    this.badge.setAttribute('aria-label', t('badgeScoring'));

    // Score changes, announced politely (screen readers finish what they are saying first).
    this.live = doc.createElement('div');
    this.live.className = 'sr-sr-only sr-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');

    this.panel = doc.createElement('section');
    this.panel.className = 'sr-panel';
    this.panel.id = 'sr-panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-labelledby', 'sr-panel-title');
    this.panel.tabIndex = -1;
    this.panel.hidden = true;
    this.badge.setAttribute('aria-controls', 'sr-panel');
    const head = doc.createElement('div');
    head.className = 'sr-head';
    const title = doc.createElement('h2');
    title.className = 'sr-title';
    title.id = 'sr-panel-title';
    title.textContent = t('panelTitle');
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'sr-close';
    close.textContent = '×';
    close.setAttribute('aria-label', t('close'));
    head.append(title, close);
    this.panelBody = doc.createElement('div');
    this.panelBody.className = 'sr-body';
    const foot = doc.createElement('p');
    foot.className = 'sr-foot';
    foot.textContent = t('privacyNote');
    this.panel.append(head, this.panelBody, foot);

    this.confirmBox = doc.createElement('section');
    this.confirmBox.className = 'sr-confirm';
    this.confirmBox.setAttribute('role', 'alertdialog');
    this.confirmBox.setAttribute('aria-labelledby', 'sr-confirm-title');
    this.confirmBox.setAttribute('aria-describedby', 'sr-confirm-text');
    this.confirmBox.tabIndex = -1;
    this.confirmBox.hidden = true;

    // Where a subject finding's words are: a frame drawn over the subject field (inputs hold no
    // highlight), so focus and the field's selection stay as they are.
    this.mark = doc.createElement('div');
    this.mark.className = 'sr-mark';
    this.mark.setAttribute('aria-hidden', 'true');
    this.mark.hidden = true;

    // DOM order is reading and Tab order: the badge, then what it opens.
    this.root.append(this.badge, this.live, this.panel, this.confirmBox, this.mark);
    shadow.append(style, this.root);

    this.badge.addEventListener('click', () => (this.panel.hidden ? this.openPanel() : this.closePanel(true)), { signal });
    close.addEventListener('click', () => this.closePanel(true), { signal });
    this.root.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        if (this.answerConfirm) {
          event.stopPropagation();
          this.answerConfirm(false, 'escape');
        } else if (!this.panel.hidden) {
          event.stopPropagation();
          this.closePanel(true);
        }
      },
      { signal },
    );
    // Escape from the subject field we framed closes the panel too (keys inside the widget are
    // handled above; the draft's Escape is draftEscape, on the editor itself). Bubble phase, so the
    // page's own Escape (its menu, its dialog) comes first: one it consumed (defaultPrevented, or
    // stopped) is not ours.
    doc.defaultView?.addEventListener('keydown', (event) => this.pageEscape(event), { signal });
    doc.documentElement.append(this.host);
  }

  /**
   * An Escape pressed outside the widget, seen by the page's window in the bubble phase: closes the
   * panel when focus is in the subject field we framed, unless the page consumed that Escape
   * (defaultPrevented) or an input method is composing.
   */
  pageEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing || this.panel.hidden || this.answerConfirm) return;
    const path = event.composedPath();
    if (path.includes(this.host)) return;
    const target = path[0] ?? event.target;
    if (this.marked === null || target !== this.marked.field) return;
    this.closePanel(false);
  }

  /**
   * An Escape pressed in the draft, seen by a capture listener on the editor element (session.ts):
   * closes the panel before the page's editor handlers run, so an editor that stops Escape or
   * prevents its default (it closes its own popups with it) does not keep our panel open. The
   * event is left alone: the page still gets its Escape. Not while an input method is composing.
   */
  draftEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.isComposing || this.panel.hidden || this.answerConfirm) return;
    this.closePanel(false);
  }

  get panelOpen(): boolean {
    return !this.panel.hidden;
  }

  get confirmOpen(): boolean {
    return this.answerConfirm !== null;
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.root.dataset.theme = theme;
  }

  /**
   * Scoring is under way (or done): the badge says so. Without a score yet it shows "…" in place of
   * the number; with one the number stays, underlined dotted. The badge's name starts with "Checking
   * spam risk…" and it is aria-busy. The live region says so only when scoring takes longer than
   * BUSY_ANNOUNCE_MS: a pause in typing re-scores in well under that and says nothing.
   */
  setBusy(busy: boolean): void {
    if (busy === this.busy) return;
    this.busy = busy;
    this.badge.dataset.busy = String(busy);
    if (busy) this.badge.setAttribute('aria-busy', 'true');
    else this.badge.removeAttribute('aria-busy');
    const view = this.doc.defaultView;
    if (this.busyTimer !== undefined) view?.clearTimeout(this.busyTimer);
    this.busyTimer = busy ? view?.setTimeout(() => this.announce(this.t('badgeScoring')), BUSY_ANNOUNCE_MS) : undefined;
    this.showScoreText();
    this.labelBadge();
  }

  /** The badge's number: the score, "…" while a first score (or the first after an empty draft) is under way, else nothing. */
  private showScoreText(): void {
    if (this.state === 'scored' && this.report) this.badgeScore.textContent = formatScore(this.report.score, this.locale);
    else this.badgeScore.textContent = this.busy || this.state === 'scoring' ? '…' : '';
  }

  setReport(report: Report): void {
    this.report = report;
    this.markField(null); // the subject may have changed: its place is no longer known
    this.state = 'scored';
    this.badge.dataset.state = 'scored';
    this.root.dataset.level = report.level;
    this.showScoreText();
    this.badgeLevel.textContent = levelLabel(report, this.t);
    this.labelBadge();
    this.announce(this.scoreSentence(report));
    if (!this.panel.hidden) this.renderPanel();
    this.relayout();
  }

  /** Nothing to score yet (an empty or whitespace-only draft): no number, no level. */
  setIdle(): void {
    this.report = null;
    this.markField(null);
    this.state = 'idle';
    this.badge.dataset.state = 'idle';
    this.root.dataset.level = 'none';
    this.showScoreText();
    this.badgeLevel.textContent = '';
    this.labelBadge();
    this.announced = '';
    if (!this.panel.hidden) this.renderPanel();
    this.relayout();
  }

  /** The recipient warnings (To/Cc/Bcc): a marker on the badge and a section of the panel; the score does not change. */
  setRecipients(warnings: readonly RecipientWarning[]): void {
    this.recipients = warnings;
    this.badgeMarker.hidden = warnings.length === 0;
    this.badge.dataset.recipients = String(warnings.length);
    this.labelBadge();
    if (!this.panel.hidden) this.renderPanel();
    this.relayout(); // the marker widens the badge: keep its offset from the editor's edge
  }

  private scoreSentence(report: Report): string {
    const findings = plural(this.t, 'findingsCount', report.findings.length, this.locale);
    return this.t('badgeLabel', [formatScore(report.score, this.locale), levelLabel(report, this.t), findings]);
  }

  private announce(text: string): void {
    if (text === this.announced) return;
    this.announced = text;
    this.live.textContent = text;
  }

  private labelBadge(): void {
    const recipients = this.recipients.length ? [plural(this.t, 'badgeRecipients', this.recipients.length, this.locale)] : [];
    const scored = this.state === 'scored' && this.report ? `${this.scoreSentence(this.report)} ${this.t('badgeShowDetails')}` : '';
    const main = this.busy
      ? [this.t('badgeScoring'), scored].filter(Boolean).join(' ')
      : scored || (this.state === 'idle' ? this.t('badgeNothing') : this.t('badgeScoring'));
    this.badge.setAttribute('aria-label', [main, ...recipients].join(' '));
    const shortcut = this.shortcut ? [this.t('badgeShortcut', this.shortcut)] : [];
    this.badge.title = [this.state === 'idle' ? this.t('badgeNothing') : this.t('badgeTitle'), ...recipients, ...shortcut].join('\n');
  }

  /**
   * The keyboard shortcut in force (`commands.getAll()`, which the user may have changed or removed:
   * then ''), named on the badge's tooltip and as its `aria-keyshortcuts`.
   */
  setShortcut(keys: string): void {
    this.shortcut = keys.trim();
    const aria = ariaKeyShortcuts(this.shortcut);
    if (aria) this.badge.setAttribute('aria-keyshortcuts', aria);
    else this.badge.removeAttribute('aria-keyshortcuts');
    this.labelBadge();
  }

  /** Whether focus is on the badge, in the panel or in the confirm. */
  containsFocus(): boolean {
    return this.shadow.activeElement !== null;
  }

  /**
   * The keyboard shortcut: opens the panel with focus in it, and Escape (or the close button) then
   * calls `returnFocus` instead of focusing the badge. Pressed with focus already in the widget, it
   * closes the panel the same way.
   */
  toggleFromShortcut(returnFocus: (() => void) | null): void {
    if (!this.panel.hidden && this.containsFocus()) {
      this.closePanel(true);
      return;
    }
    this.openPanel(returnFocus);
  }

  /**
   * Opens the panel and moves focus into it (the dialog itself, so its title is read first).
   * `returnFocus`: where closing it with Escape or the close button puts focus (default: the badge).
   */
  openPanel(returnFocus: (() => void) | null = null): void {
    this.returnFocus = returnFocus;
    this.closeConfirm();
    this.setTheme(this.events.theme());
    this.renderPanel();
    this.panel.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
    this.relayout();
    this.panel.focus({ preventScroll: true });
  }

  /**
   * Closes the panel. `returnFocus`: focus goes back to the badge (Escape, the close button, the
   * badge itself), or where the user was writing when the keyboard shortcut opened the panel;
   * otherwise it stays where the user put it (typing in the draft closes the panel).
   */
  closePanel(returnFocus = false): void {
    if (this.panel.hidden) return;
    const back = this.returnFocus;
    this.returnFocus = null;
    this.panel.hidden = true;
    this.badge.setAttribute('aria-expanded', 'false');
    this.markField(null);
    this.events.close();
    if (!returnFocus) return;
    if (back) back();
    else this.badge.focus({ preventScroll: true });
  }

  private renderPanel(): void {
    // A redraw (a re-score, recipients checked) replaces the finding buttons: keep the user's place.
    const focused = this.shadow.activeElement;
    const place = focused && this.panelBody.contains(focused) ? this.findingAt(focused) : undefined;
    this.draw();
    if (place === undefined) return;
    const again = place ? this.buttonFor(place) : null;
    (again ?? this.panel).focus({ preventScroll: true });
  }

  /** The finding whose button is `element` (null: focus was in the body but not on a finding). */
  private findingAt(element: Element): { finding: Finding; ordinal: number } | null {
    const buttons = [...this.panelBody.querySelectorAll('.sr-finding')];
    const finding = this.drawn[buttons.indexOf(element)];
    if (!finding) return null;
    const ordinal = this.drawn.filter((f) => f.rule === finding.rule).indexOf(finding);
    return { finding, ordinal };
  }

  /**
   * The button of the same finding in the new drawing: the same rule at the same place, else the
   * same rule and evidence (the text moved), else the same rule's finding of the same rank.
   */
  private buttonFor(place: { finding: Finding; ordinal: number }): HTMLElement | null {
    const { finding, ordinal } = place;
    const same = this.drawn.filter((f) => f.rule === finding.rule);
    const at = (f: Finding): string => (f.location ? `${f.location.in}:${f.location.start}:${f.location.end}` : '');
    const match =
      same.find((f) => at(f) === at(finding) && f.evidence === finding.evidence) ??
      same.find((f) => f.evidence === finding.evidence) ??
      same[ordinal];
    const index = match ? this.drawn.indexOf(match) : -1;
    return index < 0 ? null : ((this.panelBody.querySelectorAll('.sr-finding')[index] as HTMLElement | undefined) ?? null);
  }

  private draw(): void {
    const report = this.report;
    this.drawn = report?.findings ?? [];
    this.panelBody.replaceChildren();
    const recipients = renderRecipients(this.doc, this.recipients, this.t);
    if (recipients) this.panelBody.append(recipients);
    if (!report) {
      const note = this.doc.createElement('p');
      note.className = 'sr-nothing';
      note.textContent = this.state === 'idle' ? this.t('badgeNothing') : this.t('badgeScoring');
      this.panelBody.append(note);
      return;
    }
    this.panelBody.append(
      renderSummary(this.doc, report, this.t, this.locale),
      renderFindings(
        this.doc,
        report,
        this.t,
        {
          locatable: (finding) => this.events.locatable(finding),
          select: (finding, button) => {
            for (const other of this.panelBody.querySelectorAll('[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
            button.setAttribute('aria-pressed', 'true');
            this.events.select(finding);
          },
          // Pressed, a finding that cannot be shown takes the previous one's highlight or frame
          // away (it was about another finding) and says why nothing is shown.
          unshown: (_finding, button) => {
            for (const other of this.panelBody.querySelectorAll('[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
            this.markField(null);
            this.events.close();
            this.announced = '';
            this.announce(button.title);
          },
        },
        this.locale,
      ),
    );
  }

  private closeConfirm(): void {
    if (this.answerConfirm) this.answerConfirm(false, 'review');
  }

  /**
   * Asks before a risky send. Resolves true to send anyway. "Review" opens the panel; Escape just
   * closes the question. Either way the Send button works again at once (the next press asks again).
   */
  confirmSend(report: Report): Promise<boolean> {
    this.closeConfirm();
    this.closePanel();
    this.setTheme(this.events.theme());
    const opener = this.activeElement();
    const box = this.confirmBox;
    box.replaceChildren();
    const title = this.doc.createElement('p');
    title.className = 'sr-title';
    title.id = 'sr-confirm-title';
    title.textContent = this.t('confirmTitle');
    const text = this.doc.createElement('p');
    text.id = 'sr-confirm-text';
    text.textContent = this.t('confirmText', [formatScore(report.score, this.locale), formatScore(report.threshold, this.locale)]);
    const top = this.doc.createElement('ul');
    for (const finding of report.findings.filter((f) => f.points > 0).slice(0, 3)) {
      const item = this.doc.createElement('li');
      appendQuoted(this.doc, item, finding.message, finding.evidence);
      top.append(item);
    }
    const actions = this.doc.createElement('div');
    actions.className = 'sr-actions';
    const review = this.doc.createElement('button');
    review.type = 'button';
    review.textContent = this.t('confirmReview');
    const send = this.doc.createElement('button');
    send.type = 'button';
    send.className = 'sr-primary';
    send.textContent = this.t('confirmSend');
    actions.append(review, send);
    box.append(title, text, top, actions);
    box.hidden = false;
    this.relayout();
    review.focus({ preventScroll: true });
    return new Promise((resolve) => {
      this.answerConfirm = (answer, reason) => {
        this.answerConfirm = null;
        box.hidden = true;
        box.replaceChildren();
        resolve(answer);
        if (reason === 'review') this.openPanel();
        else if (reason === 'escape') (opener && opener.isConnected ? opener : this.badge).focus({ preventScroll: true });
      };
      review.addEventListener('click', () => this.answerConfirm?.(false, 'review'), { once: true });
      send.addEventListener('click', () => this.answerConfirm?.(true, 'send'), { once: true });
    });
  }

  /** The element that has focus, looking through the page's frames and shadow roots. */
  private activeElement(): HTMLElement | null {
    let active: Element | null = this.doc.activeElement;
    for (let i = 0; i < 8 && active; i++) {
      const inner: Element | null =
        (active as HTMLElement).shadowRoot?.activeElement ??
        (active.localName === 'iframe' ? ((): Element | null => {
          try {
            return (active as HTMLIFrameElement).contentDocument?.activeElement ?? null;
          } catch {
            return null;
          }
        })() : null);
      if (!inner || inner === active) break;
      active = inner;
    }
    return active as HTMLElement | null;
  }

  /**
   * Marks the words `span` of a form field (a subject finding), or nothing. The field is not touched:
   * no focus, no selection, no change.
   */
  markField(field: HTMLInputElement | null, span: [number, number] = [0, 0]): void {
    this.marked = field ? { field, box: () => (field.isConnected ? fieldSpanBox(field, span) : null), id: `${span[0]}-${span[1]}` } : null;
    this.drawMark();
    // The frame is drawn, not spoken: say where the words are (again at each activation), or what
    // they are when no frame could be drawn (the field has no box).
    if (!field) return;
    if (this.mark.hidden) this.notMarked(field.value.slice(span[0], span[1]));
    else {
      this.announced = '';
      this.announce(this.t('subjectMarked'));
    }
  }

  /**
   * Frames a part of the draft that has no text to highlight (an image): `box` gives its place in
   * the top viewport, or null when it has none. The frame is drawn over the page, never in the
   * editor. As with a painted highlight nothing is said, unless no frame could be drawn: then the
   * live region says `words` (the evidence).
   */
  markBox(box: () => ViewportRect | null, words: string): void {
    this.marked = { field: null, box, id: 'element' };
    this.drawMark();
    if (this.mark.hidden) this.notMarked(words);
  }

  /**
   * An activated finding whose words could not be marked on the page (no Custom Highlight API, our
   * stylesheet not adopted, a subject field with no box): say them through the live region instead
   * of silence (again at each activation).
   */
  notMarked(words: string): void {
    const plain = words.replace(/\s+/g, ' ').trim();
    const shown = plain.length > MAX_SPOKEN_EVIDENCE ? `${plain.slice(0, MAX_SPOKEN_EVIDENCE)}…` : plain;
    this.announced = '';
    this.announce(this.t('evidenceNotMarked', shown));
  }

  private drawMark(): void {
    const marked = this.marked;
    const box = marked ? marked.box() : null;
    this.mark.hidden = box === null;
    if (TEST_BUILD) this.host.dataset.mark = box ? marked!.id : '';
    if (!box) return;
    important(this.mark, {
      left: `${Math.round(box.left)}px`,
      top: `${Math.round(box.top)}px`,
      width: `${Math.round(box.right - box.left)}px`,
      height: `${Math.round(box.bottom - box.top)}px`,
    });
  }

  /** Puts the badge in the bottom-right corner of the editor's visible part; hides it when none is. */
  place(layout: Layout | null): void {
    this.layout = layout;
    this.boundSpacing(); // before measuring the badge, whose width it changes
    if (this.marked) this.drawMark();
    const width = this.badge.offsetWidth;
    const key = layout
      ? `${JSON.stringify(layout)},${width},${this.badge.offsetHeight},${this.panel.hidden},${this.confirmBox.hidden}`
      : 'none';
    if (key === this.lastLayout) return;
    this.lastLayout = key;
    const rect = layout?.editor;
    const visible =
      layout && rect && rect.right - rect.left > 40 && rect.bottom - rect.top > 20 && rect.bottom > 0 && rect.right > 0 &&
      rect.top < layout.viewportHeight && rect.left < layout.viewportWidth;
    if (!visible || !layout || !rect) {
      important(this.host, { display: 'none' });
      return;
    }
    important(this.host, { display: 'block' });
    const badgeWidth = this.badge.offsetWidth || 64;
    const badgeHeight = this.badge.offsetHeight || 26;
    const right = Math.min(rect.right, layout.viewportWidth);
    const bottom = Math.min(rect.bottom, layout.viewportHeight);
    const left = Math.max(rect.left, right - badgeWidth - MARGIN);
    const top = Math.max(rect.top, bottom - badgeHeight - MARGIN);
    important(this.host, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
    if (this.panel.hidden && this.confirmBox.hidden) return;
    const spot = placePanel({ ...layout, badge: { left, top, right: left + badgeWidth, bottom: top + badgeHeight } });
    for (const popover of [this.panel, this.confirmBox]) {
      // position: fixed inside a fixed host without transforms: offsets are from the viewport.
      important(popover, {
        left: `${Math.round(spot.left)}px`,
        top: spot.top === null ? 'auto' : `${Math.round(spot.top)}px`,
        bottom: spot.bottom === null ? 'auto' : `${Math.round(spot.bottom)}px`,
        width: `${Math.round(spot.width)}px`,
        'max-height': `${Math.round(spot.maxHeight)}px`,
      });
      popover.dataset.region = spot.region;
    }
  }

  /**
   * Keeps the text spacing the host inherits within SPACING_BOUNDS, on the root (not !important, so a
   * user's style that reaches into the widget still wins). Checked at every layout: a page can add
   * its style at any time.
   */
  private boundSpacing(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const inherited = view.getComputedStyle(this.host);
    const fontSize = parseFloat(view.getComputedStyle(this.root).fontSize) || 13;
    for (const [name, cap] of Object.entries(SPACING_BOUNDS)) {
      const value = boundedSpacing(inherited.getPropertyValue(name), fontSize, cap);
      if (value === null) this.root.style.removeProperty(name);
      else this.root.style.setProperty(name, value);
    }
  }

  /** Lays out again with the last layout (the badge or the panel changed size). */
  private relayout(): void {
    if (this.layout) this.place(this.layout);
  }

  remove(): void {
    if (this.busyTimer !== undefined) this.doc.defaultView?.clearTimeout(this.busyTimer);
    this.busyTimer = undefined;
    this.answerConfirm?.(false, 'escape');
    this.host.remove();
  }
}
