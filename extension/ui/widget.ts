/**
 * The in-page UI of one editor: a score badge, the findings panel it opens and the optional
 * confirm-before-send, in a shadow root (closed in production) on a host element reset with
 * `all: initial`, so neither the page's CSS nor its scripts reach inside. The host sits on
 * <html>, never inside the editor, so nothing of ours can end up in the email.
 */
import type { Finding, Report } from '../../core/types.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';
import { scoreText } from '../shared/levels.ts';
import type { RecipientWarning } from '../shared/messages.ts';
import { renderRecipients } from './recipients-view.ts';
import { appendQuoted, levelLabel, renderFindings, renderSummary, type Translate } from './report-view.ts';
import { WIDGET_CSS } from './styles.ts';

export const HOST_TAG = 'spamrisk-badge';

export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface WidgetEvents {
  /** a finding was clicked: show its evidence in the draft */
  select(finding: Finding): void;
  /** the panel closed: remove the highlight */
  close(): void;
  /** the panel is about to open: the page theme may have changed since the last score */
  theme(): 'light' | 'dark';
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 10;
const GAP = 8;
const PANEL_WIDTH = 360;
const PANEL_MAX_HEIGHT = 520;

function important(el: HTMLElement, properties: Record<string, string>): void {
  for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value, 'important');
}

function envelopeIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'sr-badge-icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M2 3.5h12v9H2z M2 4l6 4.5L14 4');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

export class ScoreWidget {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly root: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly badgeScore: HTMLElement;
  private readonly badgeMarker: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly panelBody: HTMLElement;
  private readonly confirmBox: HTMLElement;
  private report: Report | null = null;
  private recipients: readonly RecipientWarning[] = [];
  private lastRect = '';

  constructor(
    doc: Document,
    private readonly t: Translate,
    private readonly events: WidgetEvents,
    signal: AbortSignal,
  ) {
    this.doc = doc;
    this.host = doc.createElement(HOST_TAG);
    important(this.host, { all: 'initial', position: 'fixed', 'z-index': '2147483646', left: '0px', top: '0px', display: 'none' });
    const shadow = this.host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });

    const style = doc.createElement('style');
    style.textContent = WIDGET_CSS;
    this.root = doc.createElement('div');
    this.root.className = 'sr-root';
    this.root.dataset.theme = 'light';
    this.root.dataset.level = 'none';

    this.badge = doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'sr-badge';
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
    this.badge.append(envelopeIcon(doc), this.badgeScore, this.badgeMarker);
    this.badge.setAttribute('aria-label', t('badgeScoring'));

    this.panel = doc.createElement('section');
    this.panel.className = 'sr-panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', t('panelTitle'));
    this.panel.hidden = true;
    const head = doc.createElement('div');
    head.className = 'sr-head';
    const title = doc.createElement('h2');
    title.className = 'sr-title';
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
    this.confirmBox.setAttribute('aria-label', t('confirmTitle'));
    this.confirmBox.hidden = true;

    this.root.append(this.panel, this.confirmBox, this.badge);
    shadow.append(style, this.root);

    this.badge.addEventListener('click', () => (this.panel.hidden ? this.openPanel() : this.closePanel()), { signal });
    close.addEventListener('click', () => this.closePanel(), { signal });
    this.root.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        this.closePanel();
        this.confirmBox.hidden = true;
      },
      { signal },
    );
    doc.documentElement.append(this.host);
  }

  get panelOpen(): boolean {
    return !this.panel.hidden;
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.root.dataset.theme = theme;
  }

  setBusy(busy: boolean): void {
    this.badge.dataset.busy = String(busy);
  }

  setReport(report: Report): void {
    this.report = report;
    this.root.dataset.level = report.level;
    this.badgeScore.textContent = scoreText(report.score);
    this.labelBadge();
    if (!this.panel.hidden) this.renderPanel();
  }

  /** The recipient warnings (To/Cc/Bcc): a marker on the badge and a section of the panel; the score does not change. */
  setRecipients(warnings: readonly RecipientWarning[]): void {
    this.recipients = warnings;
    this.badgeMarker.hidden = warnings.length === 0;
    this.badge.dataset.recipients = String(warnings.length);
    this.labelBadge();
    if (!this.panel.hidden) this.renderPanel();
  }

  private labelBadge(): void {
    const report = this.report;
    const recipients = this.recipients.length ? [this.t('badgeRecipients', String(this.recipients.length))] : [];
    if (!report) {
      this.badge.setAttribute('aria-label', [this.t('badgeScoring'), ...recipients].join(' '));
      return;
    }
    this.badge.setAttribute(
      'aria-label',
      [this.t('badgeLabel', [scoreText(report.score), levelLabel(report, this.t), String(report.findings.length)]), ...recipients].join(' '),
    );
    this.badge.title = [this.t('badgeTitle'), ...recipients].join('\n');
  }

  openPanel(): void {
    this.confirmBox.hidden = true;
    this.setTheme(this.events.theme());
    this.renderPanel();
    this.panel.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
  }

  closePanel(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.badge.setAttribute('aria-expanded', 'false');
    this.events.close();
  }

  private renderPanel(): void {
    const report = this.report;
    this.panelBody.replaceChildren();
    const recipients = renderRecipients(this.doc, this.recipients, this.t);
    if (recipients) this.panelBody.append(recipients);
    if (!report) {
      this.panelBody.append(this.doc.createTextNode(this.t('badgeScoring')));
      return;
    }
    this.panelBody.append(
      renderSummary(this.doc, report, this.t),
      renderFindings(this.doc, report, this.t, (finding, button) => {
        for (const other of this.panelBody.querySelectorAll('[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
        button.setAttribute('aria-pressed', 'true');
        this.events.select(finding);
      }),
    );
  }

  /** Asks before a risky send. Resolves true to send anyway. */
  confirmSend(report: Report): Promise<boolean> {
    this.closePanel();
    this.setTheme(this.events.theme());
    const box = this.confirmBox;
    box.replaceChildren();
    const title = this.doc.createElement('p');
    title.className = 'sr-title';
    title.textContent = this.t('confirmTitle');
    const text = this.doc.createElement('p');
    text.textContent = this.t('confirmText', [scoreText(report.score), scoreText(report.threshold)]);
    const top = this.doc.createElement('ul');
    for (const finding of report.findings.filter((f) => f.points > 0).slice(0, 3)) {
      const item = this.doc.createElement('li');
      appendQuoted(this.doc, item, finding.message);
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
    review.focus();
    return new Promise((resolve) => {
      const done = (answer: boolean): void => {
        box.hidden = true;
        resolve(answer);
        if (!answer) this.openPanel();
      };
      review.addEventListener('click', () => done(false), { once: true });
      send.addEventListener('click', () => done(true), { once: true });
    });
  }

  /** Puts the badge in the bottom-right corner of the editor's visible part; hides it when none is. */
  place(rect: ViewportRect | null, viewportWidth: number, viewportHeight: number): void {
    const key = rect ? `${rect.left},${rect.top},${rect.right},${rect.bottom},${viewportWidth},${viewportHeight}` : 'none';
    if (key === this.lastRect) return;
    this.lastRect = key;
    const visible =
      rect && rect.right - rect.left > 40 && rect.bottom - rect.top > 20 && rect.bottom > 0 && rect.right > 0 &&
      rect.top < viewportHeight && rect.left < viewportWidth;
    if (!visible || !rect) {
      important(this.host, { display: 'none' });
      return;
    }
    important(this.host, { display: 'block' });
    const width = this.badge.offsetWidth || 64;
    const height = this.badge.offsetHeight || 26;
    const right = Math.min(rect.right, viewportWidth);
    const bottom = Math.min(rect.bottom, viewportHeight);
    const left = Math.max(rect.left, right - width - MARGIN);
    const top = Math.max(rect.top, bottom - height - MARGIN);
    important(this.host, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
    this.layoutPopovers(rect, { left, top, right: left + width, bottom: top + height }, viewportWidth, viewportHeight);
  }

  /**
   * The panel goes beside the editor when there is room, so it does not cover the highlighted
   * evidence; otherwise over the editor, above or below the badge, whichever has more room.
   */
  private layoutPopovers(rect: ViewportRect, badge: ViewportRect, vw: number, vh: number): void {
    const width = Math.min(PANEL_WIDTH, vw - 2 * MARGIN);
    let left: number;
    let top: number | null = null;
    let bottom: number | null = null;
    let maxHeight: number;
    if (rect.left - 2 * GAP >= width) {
      left = rect.left - GAP - width;
      bottom = vh - badge.bottom;
      maxHeight = badge.bottom - GAP;
    } else if (vw - rect.right - 2 * GAP >= width) {
      left = rect.right + GAP;
      bottom = vh - badge.bottom;
      maxHeight = badge.bottom - GAP;
    } else {
      left = Math.min(Math.max(badge.right - width, MARGIN), vw - width - MARGIN);
      if (badge.top > vh - badge.bottom) {
        bottom = vh - badge.top + GAP;
        maxHeight = badge.top - 2 * GAP;
      } else {
        top = badge.bottom + GAP;
        maxHeight = vh - top - GAP;
      }
    }
    for (const popover of [this.panel, this.confirmBox]) {
      important(popover, {
        left: `${Math.round(left)}px`,
        width: `${Math.round(width)}px`,
        top: top === null ? 'auto' : `${Math.round(top)}px`,
        bottom: bottom === null ? 'auto' : `${Math.round(bottom)}px`,
        'max-height': `${Math.round(Math.max(Math.min(maxHeight, PANEL_MAX_HEIGHT), 160))}px`,
      });
    }
  }

  remove(): void {
    this.host.remove();
  }
}
