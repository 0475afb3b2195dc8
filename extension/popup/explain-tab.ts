/**
 * The popup's tabs ("Score" and "Explain a bounce") and the explain tab: paste a bounce, the
 * server's error line or a message's headers, or drop an .eml, and see why it bounced and what to
 * do (core explain(), synchronous and local: nothing is sent anywhere). Reports are rendered with
 * textContent only (ui/explain-view.ts).
 */
import { explain } from '../../core/index.ts';
import type { AnalyzeOptions } from '../../core/types.ts';
import type { Translate } from '../ui/report-view.ts';
import { renderExplanation } from '../ui/explain-view.ts';
import { acceptFiles } from './files.ts';

/** ARIA tabs: click or arrow keys select; the selected tab alone is in the tab order. */
export function initTabs(doc: Document): void {
  const tabs = [...doc.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean): void => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = doc.getElementById(other.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const next =
        event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft' ? tabs[(index - 1 + tabs.length) % tabs.length]
        : event.key === 'Home' ? tabs[0]
        : event.key === 'End' ? tabs[tabs.length - 1]
        : undefined;
      if (!next) return;
      event.preventDefault();
      select(next, true);
    });
  });
}

export interface ExplainTabOptions {
  readonly t: Translate;
  /** options of the content check run on a returned message (the user's languages, rules, phrases) */
  readonly analyzeOptions: () => Promise<AnalyzeOptions | undefined>;
  /** the language explanations are written in: the UI's, when the core writes in it (shared/settings.ts findingsLocale) */
  readonly locale?: string;
}

/** Wires #bounce, #bounce-file, #explain, #explain-error and #explain-result. */
export function initExplainTab(doc: Document, { t, analyzeOptions, locale }: ExplainTabOptions): void {
  const source = doc.getElementById('bounce') as HTMLTextAreaElement;
  const fileInput = doc.getElementById('bounce-file') as HTMLInputElement;
  const button = doc.getElementById('explain') as HTMLButtonElement;
  const error = doc.getElementById('explain-error') as HTMLElement;
  const result = doc.getElementById('explain-result') as HTMLElement;
  const placeholder = source.getAttribute('placeholder') ?? '';
  /** a dropped or chosen file, explained as bytes (each MIME part has its own charset) until the user types */
  let file: Uint8Array | null = null;

  const fail = (text: string): void => {
    result.replaceChildren();
    error.textContent = text;
    error.hidden = false;
  };

  const run = async (): Promise<void> => {
    error.hidden = true;
    const input = source.value.trim() !== '' ? source.value : file;
    if (input === null) {
      fail(t('popupExplainEmpty'));
      return;
    }
    try {
      const analyze = await analyzeOptions().catch(() => undefined);
      const report = explain(input, { ...(analyze ? { analyze } : {}), ...(locale !== undefined ? { locale } : {}) });
      result.dataset.level = report.level;
      result.replaceChildren(renderExplanation(doc, report, t, locale));
    } catch (e) {
      fail(t('popupExplainError', e instanceof Error ? e.message : String(e)));
    }
  };

  const readFile = async (chosen: File): Promise<void> => {
    file = new Uint8Array(await chosen.arrayBuffer());
    source.value = '';
    source.placeholder = chosen.name;
    await run();
  };

  button.addEventListener('click', () => void run());
  source.addEventListener('input', () => {
    if (file && source.value !== '') {
      file = null;
      source.placeholder = placeholder;
    }
  });
  // A paste is explained at once: the textarea has the text after the event.
  source.addEventListener('paste', () => setTimeout(() => void run(), 0));
  acceptFiles(source, fileInput, (chosen) => void readFile(chosen), (refused) => fail(t('popupNotText', refused.name)));
}
