/**
 * Renders an explain() report (why a message bounced) for the popup: the main cause first, set
 * apart with its category, what happened, what to do and the server's own words, then the other
 * findings. Bounces are untrusted text quoted back at the user: everything goes in with
 * textContent (through appendQuoted), never as markup.
 */
import type { Finding, Report } from '../../core/types.ts';
import { appendQuoted, type Translate } from './report-view.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The bounce categories have labels; a content finding of the returned message keeps its own category id. */
export function categoryLabel(category: string, t: Translate): string {
  const key = `category_${category}`;
  const label = t(`category_${category}`);
  return label && label !== key ? label : category;
}

function categoryTag(doc: Document, finding: Finding, t: Translate): HTMLElement {
  const tag = el(doc, 'span', 'sr-category', categoryLabel(String(finding.category), t));
  tag.dataset.category = String(finding.category);
  return tag;
}

function mainCause(doc: Document, finding: Finding, t: Translate): HTMLElement {
  const main = el(doc, 'section', 'sr-main');
  main.dataset.rule = finding.rule;
  main.dataset.category = String(finding.category);
  const head = el(doc, 'p', 'sr-main-head');
  head.append(el(doc, 'span', 'sr-main-label', t('explainMainCause')), categoryTag(doc, finding, t));
  const message = el(doc, 'p', 'sr-main-message');
  appendQuoted(doc, message, finding.message, finding.evidence);
  main.append(head, message);
  if (finding.suggestion) {
    const suggestion = el(doc, 'p', 'sr-main-suggestion');
    suggestion.append(el(doc, 'strong', '', t('explainWhatToDo')), doc.createTextNode(' '));
    appendQuoted(doc, suggestion, finding.suggestion, finding.evidence);
    main.append(suggestion);
  }
  if (finding.evidence) {
    const evidence = el(doc, 'p', 'sr-evidence');
    evidence.append(el(doc, 'span', 'sr-evidence-label', t('explainEvidence')), doc.createTextNode(' '), el(doc, 'code', '', finding.evidence));
    main.append(evidence);
  }
  return main;
}

function otherFindings(doc: Document, findings: readonly Finding[], t: Translate): HTMLElement[] {
  if (findings.length === 0) return [];
  const list = el(doc, 'ol', 'sr-findings sr-others');
  // It scrolls inside the popup: reachable by keyboard to be scrolled (WCAG 2.1.1).
  list.tabIndex = 0;
  list.setAttribute('aria-label', t('explainOthers', String(findings.length)));
  for (const finding of findings) {
    const item = el(doc, 'li', '');
    const body = el(doc, 'div', 'sr-finding sr-other');
    body.dataset.rule = finding.rule;
    const message = el(doc, 'span', 'sr-message');
    appendQuoted(doc, message, finding.message, finding.evidence);
    const suggestion = el(doc, 'span', 'sr-suggestion');
    appendQuoted(doc, suggestion, finding.suggestion, finding.evidence);
    body.append(categoryTag(doc, finding, t), message, suggestion);
    item.append(body);
    list.append(item);
  }
  return [el(doc, 'h3', 'sr-others-title', t('explainOthers', String(findings.length))), list];
}

/**
 * The main cause (the report's first finding), then the others. `locale` is the language the
 * report was written in, marked on it for screen readers (WCAG 3.1.2) when given.
 */
export function renderExplanation(doc: Document, report: Report, t: Translate, locale?: string): HTMLElement {
  const root = el(doc, 'div', 'sr-explanation');
  root.dataset.level = report.level;
  if (locale !== undefined) root.lang = locale;
  const [main, ...others] = report.findings;
  if (!main) {
    root.append(el(doc, 'p', 'sr-empty', t('explainNothing')));
    return root;
  }
  root.dataset.category = String(main.category);
  root.append(mainCause(doc, main, t), ...otherFindings(doc, others, t));
  return root;
}
