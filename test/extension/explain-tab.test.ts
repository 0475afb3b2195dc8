// @vitest-environment happy-dom
// The popup's "Explain a bounce" tab: the real popup.html markup, the real explain(), a pasted or
// dropped bounce; the main cause comes first with its category, and bounce text stays text.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';
import { explain } from '../../core/index.ts';
import { initExplainTab, initTabs } from '../../extension/popup/explain-tab.ts';
import { categoryLabel, renderExplanation } from '../../extension/ui/explain-view.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const POPUP_HTML = readFileSync(path.join(REPO_ROOT, 'extension/popup/popup.html'), 'utf8');
const EN = JSON.parse(readFileSync(path.join(REPO_ROOT, 'extension/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** English through the real messages, `$1` substituted, as browser.i18n does. */
const t = (key: string, subs?: string | string[]): string => {
  const message = EN[key]?.message;
  if (message === undefined) return '';
  const values = [subs ?? []].flat();
  return message.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

const GMAIL_LINE = [
  'Delivery to the following recipient failed permanently:',
  '',
  '     reader@gmail.com',
  '',
  'The response was:',
  '',
  '550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users,',
  '550-5.7.26 and has been blocked. The sender must authenticate with at least one of SPF or DKIM.',
  '550 5.7.26 For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126',
].join('\n');

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const HOSTILE_BOUNCE = `550 5.1.1 <${hostile}@example.com>: Recipient address rejected: User unknown in virtual mailbox table ${hostile}`;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mountPopup(): void {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(POPUP_HTML)?.[1] ?? '';
  document.body.innerHTML = body;
  initTabs(document);
  initExplainTab(document, { t, analyzeOptions: async () => ({ languages: ['en'] }) });
}

beforeEach(() => {
  document.body.replaceChildren();
  delete (window as unknown as { __pwned?: number }).__pwned;
});

describe('popup tabs', () => {
  test('Score is shown first; the Explain tab shows its panel and hides the other', () => {
    mountPopup();
    expect($('panel-score').hidden).toBe(false);
    expect($('panel-explain').hidden).toBe(true);
    $('tab-explain').click();
    expect($('panel-explain').hidden).toBe(false);
    expect($('panel-score').hidden).toBe(true);
    expect($('tab-explain').getAttribute('aria-selected')).toBe('true');
    expect($('tab-score').tabIndex).toBe(-1);
    $('tab-explain').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect($('panel-score').hidden).toBe(false);
  });
});

describe('explain tab', () => {
  test('a pasted Gmail 5.7.26 bounce: the main cause first, with its category, message and what to do', async () => {
    mountPopup();
    $<HTMLTextAreaElement>('bounce').value = GMAIL_LINE;
    $('explain').click();
    await settle();
    const result = $('explain-result');
    const main = result.querySelector('.sr-main');
    expect(main?.getAttribute('data-category')).toBe('authentication');
    expect(result.firstElementChild?.firstElementChild).toBe(main);
    expect(main?.querySelector('.sr-main-label')?.textContent).toBe('Main cause');
    expect(main?.querySelector('.sr-category')?.textContent).toBe('Authentication (SPF, DKIM, DMARC)');
    expect(main?.querySelector('.sr-main-message')?.textContent).toMatch(/unauthenticated/i);
    expect(main?.querySelector('.sr-main-suggestion')?.textContent).toMatch(/^What to do: .*SPF/);
    expect(main?.querySelector('.sr-evidence code')?.textContent).toContain('5.7.26');
    expect(result.dataset.level).toBe('high');
    expect($('explain-error').hidden).toBe(true);
  });

  test('a paste is explained at once', async () => {
    mountPopup();
    const box = $<HTMLTextAreaElement>('bounce');
    box.value = '550 5.7.1 Unable to relay for partner@remote.example';
    box.dispatchEvent(new Event('paste'));
    await settle();
    await settle();
    expect($('explain-result').querySelector('.sr-main')?.getAttribute('data-category')).toBe('relay');
  });

  test('a dropped .eml is explained from its bytes', async () => {
    mountPopup();
    const dsn = readFileSync(path.join(REPO_ROOT, 'test/cli/fixtures/explain/gmail-5.7.26-dsn.eml'));
    const file = new File([dsn], 'bounce.eml', { type: 'message/rfc822' });
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    $('bounce').dispatchEvent(drop);
    for (let i = 0; i < 20 && !$('explain-result').querySelector('.sr-main'); i++) await settle();
    expect($('explain-result').querySelector('.sr-main')?.getAttribute('data-category')).toBe('authentication');
    expect($<HTMLTextAreaElement>('bounce').placeholder).toBe('bounce.eml');
    // The returned message's content findings follow the main cause.
    expect($('explain-result').querySelector('.sr-others-title')?.textContent).toMatch(/^Also found \(\d+\)$/);
  });

  test('hostile bounce text is rendered as text, never as markup', async () => {
    mountPopup();
    $<HTMLTextAreaElement>('bounce').value = HOSTILE_BOUNCE;
    $('explain').click();
    await settle();
    const result = $('explain-result');
    expect(result.querySelector('.sr-main')?.getAttribute('data-category')).toBe('mailbox');
    expect(result.querySelectorAll('img, script')).toHaveLength(0);
    expect(result.textContent).toContain('<script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('an unrecognised text says so; an empty box asks for input', async () => {
    mountPopup();
    $('explain').click();
    await settle();
    expect($('explain-error').hidden).toBe(false);
    expect($('explain-error').textContent).toBe('Paste a bounce or drop a file first.');
    $<HTMLTextAreaElement>('bounce').value = 'Hi team, the meeting notes are attached. Thanks, Dana';
    $('explain').click();
    await settle();
    expect($('explain-error').hidden).toBe(true);
    const main = $('explain-result').querySelector('.sr-main');
    expect(main?.getAttribute('data-rule')).toBe('unrecognised-input');
    expect(main?.querySelector('.sr-category')?.textContent).toBe('Other');
  });
});

describe('explain view', () => {
  test('the other findings follow the main cause with their categories; unknown categories keep their id', () => {
    const report = explain('X-Spam-Status: Yes, score=7.5 required=5.0 tests=BAYES_99,MIME_HTML_ONLY autolearn=no\nSubject: hi\n');
    const view = renderExplanation(document, report, t);
    expect(view.querySelector('.sr-main')?.getAttribute('data-rule')).toBe(report.findings[0]?.rule);
    expect(view.querySelectorAll('.sr-others .sr-finding')).toHaveLength(report.findings.length - 1);
    expect(categoryLabel('structure', t)).toBe('structure');
    expect(renderExplanation(document, { ...report, findings: [] }, t).textContent).toBe('Nothing to explain.');
  });
});
