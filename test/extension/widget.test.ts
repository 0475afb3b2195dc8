// @vitest-environment happy-dom
// The in-page widget's logic (ux30): scores written with one decimal on the badge, in the panel and
// in the live region; the keyboard shortcut's panel gives focus back to the draft on Escape. The
// browser suite checks the same in Chromium and Firefox with real focus and caret.

import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding, Report } from '../../core/types.ts';
import { ariaKeyShortcuts } from '../../extension/shared/shortcut.ts';
import { boundedSpacing, ScoreWidget, type WidgetEvents } from '../../extension/ui/widget.ts';
import en from '../../extension/_locales/en/messages.json' with { type: 'json' };

const messages = en as Record<string, { message: string }>;
const t = (key: string, subs?: string | string[]): string => {
  const list = subs === undefined ? [] : [subs].flat();
  return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
};

const finding = (rule: string, located: boolean): Finding => ({
  rule,
  category: 'content',
  points: 1,
  message: `${rule} message`,
  suggestion: 'fix it',
  evidence: located ? 'FREE' : '',
  ...(located ? { location: { in: 'html' as const, start: 0, end: 4 } } : {}),
});

const report = (score: number): Report => ({
  version: 1,
  score,
  level: 'high',
  threshold: 5,
  findings: [finding('shady-phrase', true), finding('missing-unsubscribe', false)],
  stats: {} as never,
});

let controller: AbortController;
let widget: ScoreWidget;
let shadow: ShadowRoot;

const QUIET_EVENTS: WidgetEvents = { select: () => undefined, locatable: (f) => f.location !== undefined, close: () => undefined, theme: () => 'light' };

function make(locale = 'en', events: WidgetEvents = QUIET_EVENTS): void {
  // Production builds close the shadow root: keep a handle on it as it is attached.
  const attach = HTMLElement.prototype.attachShadow;
  HTMLElement.prototype.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    shadow = attach.call(this, init);
    return shadow;
  };
  controller = new AbortController();
  try {
    widget = new ScoreWidget(document, t, events, controller.signal, locale);
  } finally {
    HTMLElement.prototype.attachShadow = attach;
  }
}

afterEach(() => {
  controller.abort();
  widget.remove();
});

const text = (selector: string): string => shadow.querySelector(selector)?.textContent ?? '';
const escape = (): void => {
  (shadow.activeElement ?? shadow.querySelector('.sr-panel'))!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
};

describe('scores: one decimal everywhere (ux30: "15" for 15.4, "14" for 13.9)', () => {
  test('badge, its label, the live region and the panel', () => {
    make();
    widget.setReport(report(15.4));
    expect(text('.sr-badge-score')).toBe('15.4');
    expect(shadow.querySelector('.sr-badge')!.getAttribute('aria-label')).toContain('15.4');
    expect(text('.sr-live')).toContain('15.4');
    widget.openPanel();
    expect(text('.sr-panel .sr-score')).toBe('15.4');
    widget.setReport(report(13.9));
    expect(text('.sr-badge-score')).toBe('13.9');
    expect(text('.sr-live')).toContain('13.9');
    expect(text('.sr-panel .sr-score')).toBe('13.9');
  });

  test("in the UI language's number format", () => {
    make('de');
    widget.setReport(report(15.4));
    expect(text('.sr-badge-score')).toBe('15,4');
    expect(text('.sr-live')).toContain('15,4');
  });
});

describe('the keyboard shortcut (ux30)', () => {
  test('opens the panel with focus in it; Escape closes it and gives focus back to the draft, not the badge', () => {
    make();
    widget.setReport(report(8));
    let returned = 0;
    widget.toggleFromShortcut(() => void returned++);
    expect(widget.panelOpen).toBe(true);
    expect(shadow.activeElement?.className).toBe('sr-panel');
    escape();
    expect(widget.panelOpen).toBe(false);
    expect(returned).toBe(1);
    expect(shadow.activeElement?.className, 'the badge did not take focus').not.toBe('sr-badge');
  });

  test('the close button does the same; pressing the shortcut again from inside the panel closes it', () => {
    make();
    widget.setReport(report(8));
    let returned = 0;
    widget.toggleFromShortcut(() => void returned++);
    (shadow.querySelector('.sr-close') as HTMLButtonElement).click();
    expect(returned).toBe(1);
    widget.toggleFromShortcut(() => void returned++);
    expect(widget.panelOpen).toBe(true);
    widget.toggleFromShortcut(() => void returned++);
    expect(widget.panelOpen).toBe(false);
    expect(returned).toBe(2);
  });

  test('opened from the badge instead, Escape still returns to the badge', () => {
    make();
    widget.setReport(report(8));
    let returned = 0;
    widget.toggleFromShortcut(() => void returned++);
    escape();
    (shadow.querySelector('.sr-badge') as HTMLButtonElement).click();
    expect(widget.panelOpen).toBe(true);
    escape();
    expect(returned, 'the shortcut\'s way back is not kept for the next opening').toBe(1);
    expect(shadow.activeElement?.className).toBe('sr-badge');
  });

  test('every finding is a Tab stop in the panel, the one without a place in the draft included', () => {
    make();
    widget.setReport(report(8));
    widget.openPanel();
    const stops = [...shadow.querySelectorAll<HTMLElement>('.sr-panel button')].filter((b) => !(b as HTMLButtonElement).disabled && b.tabIndex >= 0);
    expect(stops.map((b) => b.dataset.rule ?? b.className)).toEqual(['sr-close', 'shady-phrase', 'missing-unsubscribe']);
  });
});

describe('the shortcut on the badge (ext30 review: it was only on the options page)', () => {
  test('the keys in force on the tooltip and as aria-keyshortcuts; none set, nothing said', () => {
    make();
    widget.setReport(report(8));
    const badge = shadow.querySelector('.sr-badge') as HTMLButtonElement;
    expect(badge.title).not.toContain('Alt');
    widget.setShortcut('Alt+Shift+K');
    expect(badge.title.split('\n').at(-1)).toBe('Shortcut from the draft: Alt+Shift+K');
    expect(badge.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+K');
    // the user changed it (Chrome on a Mac names keys with symbols), then removed it
    widget.setShortcut('⌃⇧Y');
    expect(badge.title).toContain('⌃⇧Y');
    expect(badge.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Y');
    widget.setShortcut('');
    expect(badge.title).not.toContain('Shortcut');
    expect(badge.hasAttribute('aria-keyshortcuts')).toBe(false);
  });

  test('ariaKeyShortcuts: the names browsers give, as key values; anything else, none', () => {
    expect(ariaKeyShortcuts('Alt+Shift+K')).toBe('Alt+Shift+K');
    expect(ariaKeyShortcuts('Ctrl+Shift+Comma')).toBe('Control+Shift+,');
    expect(ariaKeyShortcuts('MacCtrl+Shift+K')).toBe('Control+Shift+K');
    expect(ariaKeyShortcuts('Command+Alt+Up')).toBe('Meta+Alt+ArrowUp');
    expect(ariaKeyShortcuts('⌥⇧K')).toBe('Alt+Shift+K');
    expect(ariaKeyShortcuts('⌘F5')).toBe('Meta+F5');
    for (const bad of ['', 'K', 'Hyper+K', 'Alt+Alt+K', 'Alt+Shift+', '⌥', 'Alt+Shift+Foo']) expect(ariaKeyShortcuts(bad), bad).toBeNull();
  });
});

describe('a redraw keeps the user\'s place (ext33 audit 3: focus fell to <body>)', () => {
  const located = (rule: string, evidence: string, start: number): Finding => ({
    rule,
    category: 'phrases',
    points: 1,
    message: `\`${evidence}\` is a trigger`,
    suggestion: 'Say it plainly.',
    evidence,
    location: { in: 'html', start, end: start + evidence.length },
  });
  const withFindings = (...findings: Finding[]): Report => ({ version: 1, score: 8, level: 'high', threshold: 5, findings, stats: {} as never });
  const focusedRule = (): string | undefined => (shadow.activeElement as HTMLElement | null)?.dataset.rule;
  const focusedText = (): string => shadow.activeElement?.querySelector('.sr-message')?.textContent ?? '';

  test('the same finding keeps focus, found by rule and place, then by its text when the place moved', () => {
    make();
    widget.setReport(withFindings(located('urgency-phrase', 'act now', 10), located('free-offer-phrase', 'FREE', 30), located('free-offer-phrase', 'free cash', 60)));
    widget.openPanel();
    (shadow.querySelectorAll<HTMLElement>('.sr-panel .sr-finding')[2])!.focus();
    expect(focusedText()).toContain('free cash');
    // A signature appended: same places, one finding more at the end.
    widget.setReport(withFindings(located('urgency-phrase', 'act now', 10), located('free-offer-phrase', 'FREE', 30), located('free-offer-phrase', 'free cash', 60), located('money-phrase', '$$$', 90)));
    expect(focusedRule()).toBe('free-offer-phrase');
    expect(focusedText()).toContain('free cash');
    // Text typed before it: the places moved, the order of the findings changed.
    widget.setReport(withFindings(located('free-offer-phrase', 'free cash', 75), located('urgency-phrase', 'act now', 25), located('free-offer-phrase', 'FREE', 45)));
    expect(focusedText()).toContain('free cash');
  });

  test('the finding is gone: focus goes to the panel, not to the page', () => {
    make();
    widget.setReport(withFindings(located('urgency-phrase', 'act now', 10), located('free-offer-phrase', 'FREE', 30)));
    widget.openPanel();
    (shadow.querySelectorAll<HTMLElement>('.sr-panel .sr-finding')[1])!.focus();
    widget.setReport(withFindings(located('urgency-phrase', 'act now', 10)));
    expect(shadow.activeElement?.className).toBe('sr-panel');
    expect(widget.panelOpen).toBe(true);
  });

  test('focus on the close button or the badge is left alone', () => {
    make();
    widget.setReport(withFindings(located('urgency-phrase', 'act now', 10)));
    widget.openPanel();
    (shadow.querySelector('.sr-close') as HTMLElement).focus();
    widget.setReport(withFindings(located('urgency-phrase', 'act now', 12)));
    expect(shadow.activeElement?.className).toBe('sr-close');
  });
});

describe('the widget says its language (ext33 audit 5: German text on an English page, no lang)', () => {
  test('lang and dir of the UI language on the widget root, whatever the page says', () => {
    document.documentElement.lang = 'en';
    for (const [locale, dir] of [['de', 'ltr'], ['fr', 'ltr'], ['en-US', 'ltr'], ['ar', 'rtl'], ['he', 'rtl']] as const) {
      make(locale);
      const root = shadow.querySelector('.sr-root') as HTMLElement;
      expect(root.lang, locale).toBe(locale);
      expect(root.dir, locale).toBe(dir);
      expect(root.contains(shadow.querySelector('.sr-panel')), 'the panel is inside it').toBe(true);
      controller.abort();
      widget.remove();
    }
    make();
  });
});

describe('text spacing from the page, bounded (ext34 review: a page\'s -3px letter-spacing crushed the panel)', () => {
  test('within 0 … cap em it is inherited as it is; outside it is clamped; "normal" stays', () => {
    expect(boundedSpacing('1.56px', 13, 0.5)).toBeNull(); // a user's 0.12em
    expect(boundedSpacing('0px', 13, 0.5)).toBeNull();
    expect(boundedSpacing('normal', 13, 0.5)).toBeNull();
    expect(boundedSpacing('6.5px', 13, 0.5)).toBeNull(); // exactly the cap
    expect(boundedSpacing('-3px', 13, 0.5)).toBe('0px');
    expect(boundedSpacing('-20px', 13, 1)).toBe('0px');
    expect(boundedSpacing('32px', 13, 0.5)).toBe('6.5px');
    expect(boundedSpacing('64px', 13, 1)).toBe('13px');
  });
});

describe('the badge says it is scoring (ext43 review: an empty envelope while 600 KB were scored)', () => {
  const badgeEl = (): HTMLElement => shadow.querySelector('.sr-badge') as HTMLElement;

  test('no score yet: a visible "…", a name that says it is checking, aria-busy; then the score', () => {
    make();
    widget.setIdle();
    expect(text('.sr-badge-score')).toBe('');
    widget.setBusy(true);
    expect(text('.sr-badge-score'), 'a visible working sign').toBe('…');
    expect(badgeEl().getAttribute('aria-label')).toBe('Checking spam risk…');
    expect(badgeEl().getAttribute('aria-busy')).toBe('true');
    widget.setReport(report(6.2));
    widget.setBusy(false);
    expect(text('.sr-badge-score')).toBe('6.2');
    expect(badgeEl().hasAttribute('aria-busy')).toBe(false);
    expect(badgeEl().getAttribute('aria-label')).not.toContain('Checking');
  });

  test('with an earlier score: the number stays, the name says it is checking again', () => {
    make();
    widget.setReport(report(6.2));
    widget.setBusy(true);
    expect(text('.sr-badge-score')).toBe('6.2');
    expect(badgeEl().getAttribute('aria-label')).toMatch(/^Checking spam risk… .*6\.2/);
    expect(badgeEl().getAttribute('aria-busy')).toBe('true');
    widget.setBusy(false);
    expect(badgeEl().getAttribute('aria-label')).toMatch(/^Spam risk/);
  });

  test('the live region says so only when scoring outlasts the delay: not on every pause in typing', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      make();
      const view = document.defaultView!;
      const fake = view.setTimeout === globalThis.setTimeout;
      expect(fake, 'the widget\'s window timers are the faked ones').toBe(true);
      widget.setReport(report(6.2));
      const scored = text('.sr-live');
      widget.setBusy(true);
      vi.advanceTimersByTime(300);
      expect(text('.sr-live'), 'at 300 ms, before the new score, still the last score: nothing said yet').toBe(scored);
      widget.setReport(report(6.4));
      widget.setBusy(false);
      vi.advanceTimersByTime(5000);
      expect(text('.sr-live'), 'a quick re-score: only the new score').toContain('6.4');
      expect(text('.sr-live')).not.toBe(scored);
      widget.setBusy(true);
      vi.advanceTimersByTime(300);
      expect(text('.sr-live')).not.toBe('Checking spam risk…');
      vi.advanceTimersByTime(1200);
      expect(text('.sr-live'), 'a long one is announced').toBe('Checking spam risk…');
      widget.setReport(report(6.6));
      widget.setBusy(false);
      expect(text('.sr-live')).toContain('6.6');
    } finally {
      vi.useRealTimers();
    }
  });

  test('removed while scoring (the compose closed): nothing is said afterwards', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      make();
      widget.setReport(report(6.2));
      const scored = text('.sr-live');
      widget.setBusy(true);
      widget.remove();
      vi.advanceTimersByTime(5000);
      expect(text('.sr-live')).toBe(scored);
      expect(vi.getTimerCount(), 'no timer left behind').toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test('an empty draft while scoring: the "…" goes', () => {
    make();
    widget.setBusy(true);
    widget.setIdle();
    widget.setBusy(false);
    expect(text('.sr-badge-score')).toBe('');
    expect(badgeEl().getAttribute('aria-label')).toBe('Nothing to score yet: the draft is empty.');
  });
});

describe('a finding that cannot be shown, pressed (ext43 review 5: the last highlight stayed)', () => {
  test('takes the previous highlight away and says why in the live region; a locatable one still selects', () => {
    const calls: string[] = [];
    make('en', { ...QUIET_EVENTS, select: (f) => void calls.push(`select ${f.rule}`), close: () => void calls.push('clear') });
    widget.setReport(report(6.2));
    widget.openPanel();
    const [shown, unshown] = [...shadow.querySelectorAll<HTMLButtonElement>('.sr-panel .sr-finding')];
    shown!.click();
    expect(calls).toEqual(['select shady-phrase']);
    expect(shown!.getAttribute('aria-pressed')).toBe('true');
    unshown!.click();
    expect(calls).toEqual(['select shady-phrase', 'clear']);
    expect(shown!.getAttribute('aria-pressed')).toBe('false');
    expect(text('.sr-live')).toBe(messages.notInDraft!.message);
  });
});
