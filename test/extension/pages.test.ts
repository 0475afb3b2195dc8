// @vitest-environment happy-dom
// Rendering reports (panel and popup) and small page helpers. Email-derived strings must stay text.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeEmail } from '../../core/index.ts';
import type { Report } from '../../core/types.ts';
import { parseColor, luminance, themeBehind } from '../../extension/content/theme.ts';
import { looksLikeEml, popupInputKind } from '../../extension/shared/eml.ts';
import { formatToolbarScore } from '../../extension/shared/format.ts';
import { renderFindings, renderSummary } from '../../extension/ui/report-view.ts';

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

const report: Report = {
  version: 1,
  score: 6.2,
  level: 'high',
  threshold: 5,
  findings: [
    { rule: 'script-in-email', category: 'structure', points: 2, message: `The message contains \`${hostile}\`.`, suggestion: `Remove ${hostile}`, evidence: hostile, location: { in: 'html', start: 0, end: 10 } },
    { rule: 'missing-unsubscribe', category: 'compliance', points: 0, message: 'No unsubscribe link.', suggestion: 'Add one.', evidence: '' },
  ],
  stats: { words: 3, links: 0, images: 1, imageArea: 0, textToImageRatio: null, linksPerWord: 0, htmlBytes: 80, language: 'en' },
};

const t = (key: string, subs?: string | string[]): string => `${key}${subs ? `(${[subs].flat().join(',')})` : ''}`;

describe('report view', () => {
  test('hostile evidence is rendered as text, never as markup', () => {
    const list = renderFindings(document, report, t, { select: () => undefined, locatable: () => true });
    document.body.replaceChildren(list);
    expect(list.querySelectorAll('img, script')).toHaveLength(0);
    expect(list.textContent).toContain(hostile);
    expect(list.querySelector('code')?.textContent).toBe(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('findings are buttons when they can be shown in the draft, with points and kinds', () => {
    const picked: string[] = [];
    const list = renderFindings(document, report, t, { select: (finding) => void picked.push(finding.rule), locatable: () => true });
    const buttons = list.querySelectorAll('button.sr-finding');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]?.querySelector('.sr-points')?.textContent).toBe('+2.0');
    expect(buttons[1]?.querySelector('.sr-points')?.getAttribute('data-kind')).toBe('advice');
    (buttons[0] as HTMLButtonElement).click();
    expect(picked).toEqual(['script-in-email']);
    expect(renderFindings(document, report, t).querySelectorAll('button')).toHaveLength(0);
  });

  test('a finding that cannot be shown in the draft is still a Tab stop, but activating it does nothing (ux30)', () => {
    const picked: string[] = [];
    const list = renderFindings(document, report, t, { select: (f) => void picked.push(f.rule), locatable: (f) => f.location !== undefined });
    document.body.replaceChildren(list);
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.sr-finding')];
    // every finding, in reading order, is focusable (not `disabled`, which would drop it from Tab order)
    expect(buttons.map((b) => b.dataset.rule)).toEqual(['script-in-email', 'missing-unsubscribe']);
    expect(buttons.map((b) => b.disabled)).toEqual([false, false]);
    expect(buttons.map((b) => b.getAttribute('aria-disabled'))).toEqual([null, 'true']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', null]);
    expect(buttons[1]!.title).toBe('notInDraft');
    buttons[1]!.focus();
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]!.click();
    expect(picked, 'nothing selected, nothing highlighted').toEqual([]);
    buttons[0]!.click();
    expect(picked).toEqual(['script-in-email']);
    // the popup (no actions): plain text, no buttons
    expect(renderFindings(document, report, t).querySelectorAll('button')).toHaveLength(0);
  });

  test('the tooltip of a finding that cannot be shown says why: no place at all, or not as it was scored (ext30 review)', () => {
    // script-in-email has a place, but the text changed since scoring (locatable says no)
    const list = renderFindings(document, report, t, { select: () => undefined, locatable: () => false });
    const titles = [...list.querySelectorAll<HTMLButtonElement>('button.sr-finding')].map((b) => [b.dataset.rule, b.title]);
    expect(titles).toEqual([
      ['script-in-email', 'notInDraftNow'],
      ['missing-unsubscribe', 'notInDraft'],
    ]);
  });

  test('options page: the refused-language message is announced once, by itself (ext30 review)', () => {
    const html = readFileSync('extension/options/options.html', 'utf8');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const error = page.querySelector('#languages-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    // not inside another live region (it would be spoken twice)
    expect(error.parentElement?.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  test('numbers in the UI language: French and German decimal commas', () => {
    expect(renderSummary(document, { ...report, score: 9.8 }, t, 'fr').querySelector('.sr-score')?.textContent).toBe('9,8');
    expect(renderSummary(document, { ...report, score: 9.8 }, t, 'de').querySelector('.sr-threshold')?.textContent).toBe('thresholdOf(5,0)');
    const list = renderFindings(document, report, t, undefined, 'de');
    expect(list.querySelector('.sr-points')?.textContent).toBe('+2,0');
  });

  test('summary and empty list', () => {
    expect(renderSummary(document, report, t).textContent).toBe('6.2thresholdOf(5.0)level_high');
    expect(renderFindings(document, { ...report, findings: [] }, t).textContent).toBe('noFindings');
  });

  test('formatToolbarScore: one decimal while it fits the toolbar badge\'s four characters (ux30)', () => {
    expect(formatToolbarScore(0)).toBe('0.0');
    expect(formatToolbarScore(9.96)).toBe('10.0');
    expect(formatToolbarScore(12.4)).toBe('12.4');
    expect(formatToolbarScore(15.4, 'de')).toBe('15,4');
    expect(formatToolbarScore(99.94)).toBe('99.9');
    expect(formatToolbarScore(99.96), 'rounds to 100.0: five characters').toBe('100');
    expect(formatToolbarScore(123.4)).toBe('123');
    expect(formatToolbarScore(9.8, 'fr')).toBe('9,8');
    expect(formatToolbarScore(9.8, 'de')).toBe('9,8');
    expect(formatToolbarScore(9.8, 'es')).toBe('9,8');
    expect(formatToolbarScore(-0.5, 'en')).toBe('-0.5');
    for (const score of [0, 4.9, 13.9, 15.4, 99.9, 100, 250.5]) expect(formatToolbarScore(score).length).toBeLessThanOrEqual(4);
  });

  test('the summary writes scores of 10 and more with one decimal too (ux30: "15" for 15.4)', () => {
    const summary = renderSummary(document, { ...report, score: 15.4, threshold: 5 }, t, 'fr');
    expect(summary.querySelector('.sr-score')?.textContent).toBe('15,4');
    expect(summary.querySelector('.sr-threshold')?.textContent).toBe('thresholdOf(5,0)');
  });
});

describe('eml detection', () => {
  test('raw messages vs HTML', () => {
    expect(looksLikeEml('From: a@example.test\r\nSubject: Hi\r\n\r\nbody')).toBe(true);
    expect(looksLikeEml('Received: from x\n\tby y\nMIME-Version: 1.0\n\n<html>')).toBe(true);
    expect(looksLikeEml('<html><body>From: me</body></html>')).toBe(false);
    expect(looksLikeEml('Note: this is text\n\nmore')).toBe(false);
    // An indented first line is folded away; markup first is HTML, whatever header lines follow.
    expect(looksLikeEml('  Subject: Hi\nFrom: a@example.test\n\nbody')).toBe(true);
    expect(looksLikeEml('  <p>Act now</p>\nSubject: Hi\n\nbody')).toBe(false);
    // A pasted message that kept its byte-order mark is still one.
    expect(looksLikeEml('\uFEFFFrom: a@example.test\nSubject: Hi\n\nbody')).toBe(true);
  });

  test('the popup never sends HTML to analyzeEmail: an .eml that is HTML gets its own translated message', async () => {
    const html = '\n<!doctype html><p>Act now</p>';
    expect(popupInputKind(html, '')).toBe('html');
    expect(popupInputKind(html, 'promo.eml')).toBe('html-as-eml');
    expect(popupInputKind(new TextEncoder().encode(`\uFEFF${html}`).buffer, 'promo.eml')).toBe('html-as-eml');
    expect(popupInputKind(new TextEncoder().encode('From: a@example.test\n\nbody').buffer, 'mail.eml')).toBe('eml');
    expect(popupInputKind('  Subject: Hi\nFrom: a@example.test\n\nbody', '')).toBe('eml');
    // What the popup sends as a raw message is read, not refused.
    for (const text of ['  Subject: Hi\nFrom: a@example.test\n\nbody', 'Subject: Hi\rFrom: a@example.test\r\rbody']) {
      if (popupInputKind(text, 'x.eml') === 'eml') await expect(analyzeEmail(text)).resolves.toMatchObject({ version: 1 });
      else expect.unreachable(text);
    }
    const popup = readFileSync('extension/popup/popup.ts', 'utf8');
    expect(popup).toContain("t('popupEmlIsHtml')");
    for (const lang of ['en', 'de', 'fr', 'es']) {
      const messages = JSON.parse(readFileSync(`extension/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      expect(messages.popupEmlIsHtml?.message, lang).toMatch(/HTML.*\.html/);
    }
  });
});

describe('theme', () => {
  test('colours and luminance', () => {
    expect(parseColor('rgb(32, 33, 36)')).toEqual([32, 33, 36, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual([0, 0, 0, 0.5]);
    expect(parseColor('transparent')).toBeNull();
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([32, 33, 36])).toBeLessThan(0.2);
  });

  test('the first opaque background behind the editor decides', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(32, 33, 36)"><div id="e">x</div></div><div id="l" style="background-color: rgb(255, 255, 255)"><p id="f">y</p></div>';
    expect(themeBehind(document.getElementById('e')!)).toBe('dark');
    expect(themeBehind(document.getElementById('f')!)).toBe('light');
  });
});
