/**
 * The toolbar popup: the report of the editor the user is working in (asked from the tab's content
 * script by tab id, so no `tabs` permission; from the frame that holds it when the editor is in a
 * frame), a hint when the page frames an editor from a site that is not added yet, and a box to
 * paste or drop HTML or a raw .eml and score it right here; a second tab explains a pasted bounce
 * (explain-tab.ts). Nothing is sent anywhere; reports are rendered with textContent only.
 */
import { analyze, analyzeEmail } from '../../core/index.ts';
import type { AnalyzeOptions, Report } from '../../core/types.ts';
import { htmlHasContent } from '../content/content-check.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';
import { activeTabId, extensionUrl, openOptionsPage, openTab, sendMessage, sendToTab } from '../shared/browser.ts';
import { localizePage, t, uiLocale } from '../shared/i18n.ts';
import { popupInputKind } from '../shared/eml.ts';
import type { EditorReport, FramesQuery, PageFrames, ReportQuery, ShownFrameQuery } from '../shared/messages.ts';
import { analyzeOptions, coveredBy, findingsLocale, normalizeSettings, type Settings } from '../shared/settings.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { renderFindings, renderSummary } from '../ui/report-view.ts';
import { adoptStyles, applyPageTheme } from '../ui/page-style.ts';
import { initExplainTab, initTabs } from './explain-tab.ts';
import { acceptFiles } from './files.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const locale = uiLocale();

async function savedSettings(): Promise<Settings> {
  return loadSettings().catch(() => normalizeSettings(undefined));
}

/** The content check's options from the saved settings (the user's languages, rules, phrases). */
async function savedAnalyzeOptions(): Promise<AnalyzeOptions> {
  return analyzeOptions(await savedSettings(), uiLocale());
}

function note(text: string, className = 'hint'): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** A list that scrolls inside its card must be reachable by keyboard to be scrolled (WCAG 2.1.1). */
function scrollableByKeyboard(list: Element, label: string): void {
  if (list.localName !== 'ol') return;
  list.setAttribute('tabindex', '0');
  list.setAttribute('aria-label', label);
}

function show(container: HTMLElement, report: Report, extra?: string): void {
  container.dataset.level = report.level;
  container.replaceChildren(renderSummary(document, report, t, locale));
  if (extra) container.append(note(extra));
  const list = renderFindings(document, report, t, undefined, locale);
  scrollableByKeyboard(list, t('panelTitle'));
  container.append(list);
}

/** "The editor is in a frame from <site>, which is not added": the site, and a button that adds it. */
function frameHint(origins: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'frame-hint';
  box.setAttribute('role', 'note');
  for (const origin of origins) {
    box.append(note(t('popupFrameHint', origin), 'hint frame-hint-text'));
    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'frame-add';
    add.textContent = t('popupFrameAdd', origin);
    // Permission requests belong to the options page (Firefox closes a popup that asks for one).
    add.addEventListener('click', () => void openTab(extensionUrl(`options.html?add=${encodeURIComponent(origin)}`)));
    box.append(add);
  }
  return box;
}

async function loadCurrent(): Promise<void> {
  const container = $('current');
  container.dataset.level = 'none';
  container.replaceChildren(note(t('popupNoEditor'), 'sr-empty'));
  const tabId = await activeTabId().catch(() => undefined);
  if (tabId === undefined) return;
  const shownFrame: ShownFrameQuery = { type: 'shown-frame', tabId };
  const frameId = (await sendMessage<number | null>(shownFrame).catch(() => null)) ?? 0;
  const query: ReportQuery = { type: 'get-report' };
  const framesQuery: FramesQuery = { type: 'get-frames' };
  const [answer, frames, settings] = await Promise.all([
    sendToTab<EditorReport | null>(tabId, query, frameId).catch(() => null),
    sendToTab<PageFrames | null>(tabId, framesQuery, 0).catch(() => null),
    savedSettings(),
  ]);
  if (answer?.report) show(container, answer.report, answer.subject ? t('popupSubject', answer.subject) : undefined);
  else if (answer) container.replaceChildren(note(t('popupNothingYet'), 'sr-empty'));
  // Only when no editor of this page is scored: an editor we can reach answers above.
  const unreached = (frames?.crossOrigin ?? []).filter((origin) => !coveredBy(origin, settings.sites));
  if (!answer?.report && unreached.length) container.append(frameHint(unreached));
}

async function scoreInput(text: string | ArrayBuffer, name = ''): Promise<void> {
  const error = $('paste-error');
  const result = $('paste-result');
  error.hidden = true;
  result.dataset.level = 'none';
  result.replaceChildren();
  const settings = await savedSettings();
  const options = analyzeOptions(settings, uiLocale());
  try {
    const kind = popupInputKind(text, name);
    if (kind === 'html-as-eml') {
      error.textContent = t('popupEmlIsHtml');
      error.hidden = false;
      return;
    }
    const isEml = kind === 'eml';
    const html = typeof text === 'string' ? text : isEml ? '' : new TextDecoder().decode(text);
    if (!isEml && !htmlHasContent(html, (source) => new DOMParser().parseFromString(source, 'text/html'))) {
      result.append(note(t('popupNothingToScore'), 'sr-empty'));
      return;
    }
    const report = isEml
      ? await analyzeEmail(text, options)
      : analyze({ html }, options);
    show(result, report, isEml ? t('popupScoredEml') : undefined);
  } catch (e) {
    error.textContent = t('popupError', e instanceof Error ? e.message : String(e));
    error.hidden = false;
  }
}

async function readFile(file: File): Promise<void> {
  const source = $<HTMLTextAreaElement>('source');
  const isEml = /\.eml$/i.test(file.name) || file.type === 'message/rfc822';
  if (isEml) {
    source.value = '';
    source.placeholder = file.name;
    await scoreInput(await file.arrayBuffer(), file.name);
  } else {
    source.value = await file.text();
    await scoreInput(source.value, file.name);
  }
}

function refuse(file: File): void {
  const error = $('paste-error');
  $('paste-result').replaceChildren();
  error.textContent = t('popupNotText', file.name);
  error.hidden = false;
}

function init(): void {
  adoptStyles(document);
  applyPageTheme(document);
  localizePage(document);
  initTabs(document);
  initExplainTab(document, { t, analyzeOptions: savedAnalyzeOptions, locale: findingsLocale(locale) });
  const source = $<HTMLTextAreaElement>('source');
  $('score').addEventListener('click', () => void scoreInput(source.value));
  $('open-options').addEventListener('click', () => void openOptionsPage());
  acceptFiles(source, $<HTMLInputElement>('file'), (file) => void readFile(file), refuse);
  void loadCurrent();
  // Test builds only: the suite opens the popup as a tab, brings the compose tab to the front, then
  // asks again (the real popup is opened over the compose tab and asks once).
  if (TEST_BUILD) window.addEventListener('spamrisk-test:refresh', () => void loadCurrent());
}

init();
