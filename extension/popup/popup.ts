/**
 * The toolbar popup: the report of the editor the user is working in (asked from the tab's content
 * script by tab id, so no `tabs` permission), and a box to paste or drop HTML or a raw .eml and
 * score it right here; a second tab explains a pasted bounce (explain-tab.ts). Nothing is sent
 * anywhere; reports are rendered with textContent only.
 */
import { analyze, analyzeEmail } from '../../core/index.ts';
import type { AnalyzeOptions, Report } from '../../core/types.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';
import { activeTabId, openOptionsPage, sendToTab, syncGet } from '../shared/browser.ts';
import { localizePage, t } from '../shared/i18n.ts';
import { looksLikeEml } from '../shared/eml.ts';
import type { EditorReport, ReportQuery } from '../shared/messages.ts';
import { analyzeOptions, normalizeSettings, SETTINGS_KEY } from '../shared/settings.ts';
import { renderFindings, renderSummary } from '../ui/report-view.ts';
import { adoptStyles, applyPageTheme } from '../ui/page-style.ts';
import { initExplainTab, initTabs } from './explain-tab.ts';
import { acceptFiles } from './files.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The content check's options from the saved settings (the user's languages, rules, phrases). */
async function savedAnalyzeOptions(): Promise<AnalyzeOptions> {
  return analyzeOptions(normalizeSettings(await syncGet(SETTINGS_KEY).catch(() => undefined)));
}

function show(container: HTMLElement, report: Report, extra?: string): void {
  container.dataset.level = report.level;
  container.replaceChildren(renderSummary(document, report, t));
  if (extra) {
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = extra;
    container.append(note);
  }
  container.append(renderFindings(document, report, t));
}

async function loadCurrent(): Promise<void> {
  const container = $('current');
  container.textContent = t('popupNoEditor');
  const tabId = await activeTabId().catch(() => undefined);
  if (tabId === undefined) return;
  const query: ReportQuery = { type: 'get-report' };
  const answer = await sendToTab<EditorReport | null>(tabId, query).catch(() => null);
  if (answer?.report) show(container, answer.report, answer.subject ? t('popupSubject', answer.subject) : undefined);
}

async function scoreInput(text: string | ArrayBuffer, name = ''): Promise<void> {
  const error = $('paste-error');
  const result = $('paste-result');
  error.hidden = true;
  result.replaceChildren();
  const options = await savedAnalyzeOptions();
  try {
    const isEml = /\.eml$/i.test(name) || (typeof text === 'string' ? looksLikeEml(text) : true);
    const report = isEml
      ? await analyzeEmail(text, options)
      : analyze({ html: typeof text === 'string' ? text : new TextDecoder().decode(text) }, options);
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

function init(): void {
  adoptStyles(document);
  applyPageTheme(document);
  localizePage(document);
  initTabs(document);
  initExplainTab(document, { t, analyzeOptions: savedAnalyzeOptions });
  const source = $<HTMLTextAreaElement>('source');
  $('score').addEventListener('click', () => void scoreInput(source.value));
  $('open-options').addEventListener('click', () => void openOptionsPage());
  acceptFiles(source, $<HTMLInputElement>('file'), (file) => void readFile(file));
  void loadCurrent();
  // Test builds only: the suite opens the popup as a tab, brings the compose tab to the front, then
  // asks again (the real popup is opened over the compose tab and asks once).
  if (TEST_BUILD) window.addEventListener('spamrisk-test:refresh', () => void loadCurrent());
}

init();
