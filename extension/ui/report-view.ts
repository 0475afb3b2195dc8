/**
 * Renders a Report as DOM, for the in-page panel and the popup. Every string that comes from the
 * email (messages quote its text, evidence is its text) goes in with textContent, never innerHTML:
 * a hostile draft or quoted email must not be able to inject markup into Gmail or the popup.
 * Numbers and plurals are formatted for the UI language (shared/format.ts).
 */
import type { Finding, Report } from '../../core/types.ts';
import { formatPoints, formatScore, type Translate } from '../shared/format.ts';

export type { Translate } from '../shared/format.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Message text with its `backticked` quotes as <code> elements, all built from text nodes.
 *
 * The quotes hold the user's own text, which may itself contain a backtick (`FREE` cash` for the
 * evidence FREE` cash), so the message cannot simply be split on backticks (ext33 audit 8: the rest
 * of the message turned into code). The finding's `evidence` field says what the quote of the
 * evidence holds: every `evidence` in the text is taken whole, as one <code> with that exact text.
 * Other quotes are read between backticks; a backtick left without its closing one is plain text.
 */
export function appendQuoted(doc: Document, parent: HTMLElement, text: string, evidence = ''): void {
  const quoted = evidence ? `\`${evidence}\`` : '';
  let from = 0;
  for (let at = quoted ? text.indexOf(quoted) : -1; at >= 0; at = text.indexOf(quoted, from)) {
    appendBackticked(doc, parent, text.slice(from, at));
    parent.append(el(doc, 'code', '', evidence));
    from = at + quoted.length;
  }
  appendBackticked(doc, parent, text.slice(from));
}

function appendBackticked(doc: Document, parent: HTMLElement, text: string): void {
  const parts = text.split('`');
  // An odd number of backticks: the last one opens no quote, it stays text with what follows it.
  const unclosed = parts.length % 2 === 0 ? parts.splice(parts.length - 2, 2).join('`') : '';
  parts.forEach((part, i) => {
    if (!part) return;
    if (i % 2 === 1) parent.append(el(doc, 'code', '', part));
    else parent.append(doc.createTextNode(part));
  });
  if (unclosed) parent.append(doc.createTextNode(unclosed));
}

export function pointsText(points: number, locale = 'en'): string {
  return formatPoints(points, locale);
}

export function levelLabel(report: Report, t: Translate): string {
  return t(`level_${report.level}`);
}

/** Score, threshold and level in one line. */
export function renderSummary(doc: Document, report: Report, t: Translate, locale = 'en'): HTMLElement {
  const summary = el(doc, 'p', 'sr-summary');
  summary.append(
    el(doc, 'span', 'sr-score', formatScore(report.score, locale)),
    el(doc, 'span', 'sr-threshold', t('thresholdOf', formatScore(report.threshold, locale))),
    el(doc, 'span', 'sr-level', levelLabel(report, t)),
  );
  return summary;
}

export interface FindingActions {
  /** the finding was activated: show its evidence in the draft */
  select(finding: Finding, button: HTMLButtonElement): void;
  /**
   * Whether the finding's evidence can be shown in the draft now. Findings that cannot (no
   * location — a missing unsubscribe link, the phrase density —, or text no longer in the draft)
   * are disabled buttons: still Tab stops in reading order, Enter and Space do nothing.
   */
  locatable(finding: Finding): boolean;
  /**
   * A finding that cannot be shown was activated (a click, Enter, Space): it shows nothing, so
   * the previous finding's highlight goes and the reason (the button's tooltip) is said.
   */
  unshown?(finding: Finding, button: HTMLButtonElement): void;
}

/**
 * The findings as a list. With `actions` (the in-page panel) every finding is a button, so Tab
 * reaches each one: those that can be shown in the draft highlight it, the others are
 * `aria-disabled` and do nothing. Without (the popup) they are plain text.
 */
export function renderFindings(doc: Document, report: Report, t: Translate, actions?: FindingActions, locale = 'en'): HTMLElement {
  if (report.findings.length === 0) return el(doc, 'p', 'sr-empty', t('noFindings'));
  const list = el(doc, 'ol', 'sr-findings');
  for (const finding of report.findings) {
    const item = el(doc, 'li', '');
    const clickable = actions !== undefined && actions.locatable(finding);
    const body = actions !== undefined ? el(doc, 'button', 'sr-finding') : el(doc, 'div', 'sr-finding');
    body.dataset.rule = finding.rule;
    const points = el(doc, 'span', 'sr-points', pointsText(finding.points, locale));
    points.dataset.kind = finding.points > 0 ? 'risk' : 'advice';
    points.title = finding.points > 0 ? t('pointsTitle') : t('adviceTitle');
    const message = el(doc, 'span', 'sr-message');
    appendQuoted(doc, message, finding.message, finding.evidence);
    const suggestion = el(doc, 'span', 'sr-suggestion');
    appendQuoted(doc, suggestion, finding.suggestion, finding.evidence);
    body.append(points, message, suggestion);
    if (actions !== undefined) {
      const button = body as HTMLButtonElement;
      button.type = 'button';
      if (clickable) {
        button.setAttribute('aria-pressed', 'false');
        button.title = t('showInDraft');
        button.addEventListener('click', () => actions.select(finding, button));
      } else {
        // Not `disabled`: a disabled button is no Tab stop. Activating it shows nothing (unshown).
        button.setAttribute('aria-disabled', 'true');
        // No place at all (a missing unsubscribe link): about the whole message. A place that cannot
        // be shown now (text changed since scoring, a hidden subject): it comes back after the next pause.
        button.title = finding.location === undefined ? t('notInDraft') : t('notInDraftNow');
        const { unshown } = actions;
        if (unshown) button.addEventListener('click', () => unshown(finding, button));
      }
    }
    item.append(body);
    list.append(item);
  }
  return list;
}
