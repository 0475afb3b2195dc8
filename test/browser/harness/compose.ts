// What the suite does in a compose page, the same way in both browsers: find the badge (test builds
// keep its shadow root open), type into the editor, open the panel, click findings, read the
// highlight registry. Functions passed to `evaluate` run in the page and must not close over
// anything.

import type { Driver } from './browsers.ts';

export interface EditorSpec {
  /** iframe holding the editor (TinyMCE) */
  frame?: string;
  editor: string;
  subject?: string;
}

export interface Variant {
  name: string;
  site: string;
  file: string;
  query: string;
  spec: EditorSpec;
  adapter: 'gmail' | 'outlook' | 'yahoo' | 'generic';
  /** the body already holds quoted history: type at the start, above it */
  typeAtStart?: boolean;
}

export const WEBMAIL_VARIANTS: Variant[] = [
  { name: 'Gmail new message (docked)', site: 'mail.google.com', file: 'gmail-compose.html', query: '?mode=mole', adapter: 'gmail',
    spec: { editor: '[g_editable="true"]', subject: 'input[name="subjectbox"]' } },
  { name: 'Gmail full screen', site: 'mail.google.com', file: 'gmail-compose.html', query: '?mode=fullscreen', adapter: 'gmail',
    spec: { editor: '[g_editable="true"]', subject: 'input[name="subjectbox"]' } },
  { name: 'Gmail pop-out window', site: 'mail.google.com', file: 'gmail-compose.html', query: '?mode=standalone', adapter: 'gmail',
    spec: { editor: '[g_editable="true"]', subject: 'input[name="subjectbox"]' } },
  { name: 'Gmail inline reply', site: 'mail.google.com', file: 'gmail-inline-reply.html', query: '', adapter: 'gmail',
    spec: { editor: '#fx-reply-body' } },
  { name: 'Outlook new message', site: 'outlook.office.com', file: 'outlook-compose.html', query: '?mode=new', adapter: 'outlook',
    spec: { editor: '[aria-label^="Message body"]', subject: 'input[aria-label="Add a subject"]' } },
  { name: 'Outlook reply', site: 'outlook.live.com', file: 'outlook-compose.html', query: '?mode=reply', adapter: 'outlook', typeAtStart: true,
    spec: { editor: '[aria-label^="Message body"]', subject: 'input[aria-label="Add a subject"]' } },
  { name: 'Yahoo new message', site: 'mail.yahoo.com', file: 'yahoo-compose.html', query: '?mode=new', adapter: 'yahoo',
    spec: { editor: '[data-test-id="rte"]', subject: 'input[data-test-id="compose-subject"]' } },
];

/** Real editors from npm (devDependencies), served under /vendor/ by the fixture server. */
export const REAL_EDITOR_VARIANTS: Variant[] = [
  { name: 'TinyMCE 7 (npm) in an ESP form', site: 'esp.example', file: 'esp-tinymce7-editor.html', query: '', adapter: 'generic',
    spec: { frame: '#fx-body_ifr', editor: 'body#tinymce', subject: '#fx-subject' } },
  { name: 'Quill 2 (npm) in an ESP form', site: 'esp.example', file: 'esp-quill-editor.html', query: '', adapter: 'generic',
    spec: { editor: '.ql-editor', subject: '#fx-subject' } },
  { name: 'CKEditor 5 classic (npm) in an ESP form', site: 'esp.example', file: 'esp-ckeditor5-editor.html', query: '', adapter: 'generic',
    spec: { editor: '.ck-editor__editable', subject: '#fx-subject' } },
  { name: 'CKEditor 4 classic (npm) in an ESP form', site: 'esp.example', file: 'esp-ckeditor4-editor.html', query: '', adapter: 'generic',
    spec: { frame: 'iframe.cke_wysiwyg_frame', editor: 'body', subject: '#fx-subject' } },
  { name: 'Tiptap 3 (npm, bundled) in an ESP form', site: 'esp.example', file: 'esp-tiptap-editor.html', query: '', adapter: 'generic',
    spec: { editor: '.tiptap', subject: '#fx-subject' } },
  // Tiptap's quick start: no size from the page, one paragraph, so the editor is one line high.
  { name: 'Tiptap 3 quick start (one line high, unstyled)', site: 'esp.example', file: 'esp-tiptap-editor.html', query: '?plain=1', adapter: 'generic',
    spec: { editor: '.tiptap', subject: '#fx-subject' } },
];

export const ESP_SITE = 'esp.example';
export const ESP_VARIANTS: Variant[] = [
  { name: 'ESP TinyMCE iframe (document.write)', site: ESP_SITE, file: 'esp-tinymce-editor.html', query: '?iframe=write', adapter: 'generic',
    spec: { frame: '#fx-block-text_ifr', editor: 'body#tinymce', subject: '#fx-subject' } },
  { name: 'ESP TinyMCE iframe (srcdoc)', site: ESP_SITE, file: 'esp-tinymce-editor.html', query: '?iframe=srcdoc', adapter: 'generic',
    spec: { frame: '#fx-block-text_ifr', editor: 'body#tinymce', subject: '#fx-subject' } },
];

export const CLEAN_TEXT = ' Hi Sam, the quarterly figures are in the shared folder. Could we review them together on Thursday? Thanks, Alex. ';
export const SPAMMY_TEXT =
  ' Dear friend, act now! FREE cash bonus, limited time offer, 100% guaranteed risk free. ' +
  'Click here to claim your prize!!! Winner! Cheap viagra, no prescription. Earn $$$ from home, double your income!!! ';

export interface BadgeState {
  count: number;
  site?: string;
  score: number;
  level?: string;
  scored: number;
  /** 'idle' (nothing to score: an empty draft) or 'scored' */
  state?: string;
  text: string;
  busy: boolean;
  theme?: string;
  panelOpen: boolean;
  highlightVia?: string;
  analyzeMs?: number;
  roundTripMs?: number;
}

export async function badge(page: Driver): Promise<BadgeState> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('spamrisk-badge')] as HTMLElement[];
    const host = hosts[0];
    const root = host?.shadowRoot;
    const d = host?.dataset ?? {};
    return {
      count: hosts.length,
      site: d.site,
      score: Number(d.score ?? NaN),
      level: d.level,
      scored: Number(d.scored ?? 0),
      state: d.state,
      text: root?.querySelector('.sr-badge-score')?.textContent ?? '',
      busy: root?.querySelector('.sr-badge')?.getAttribute('data-busy') === 'true',
      theme: (root?.querySelector('.sr-root') as HTMLElement | null)?.dataset.theme,
      panelOpen: root?.querySelector('.sr-panel')?.hasAttribute('hidden') === false,
      highlightVia: d.highlightVia,
      analyzeMs: d.analyzeMs === undefined ? undefined : Number(d.analyzeMs),
      roundTripMs: d.roundTripMs === undefined ? undefined : Number(d.roundTripMs),
    };
  });
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
    last = await probe();
  }
  return last;
}

/** Waits for the first score of a freshly loaded compose page. */
export function firstScore(page: Driver): Promise<BadgeState> {
  return waitFor('the first score', () => badge(page), (b) => b.count >= 1 && b.scored >= 1 && !b.busy);
}

/** Waits for a score newer than `after` (data-scored counts scorings). */
export function nextScore(page: Driver, after: BadgeState): Promise<BadgeState> {
  return waitFor('a new score', () => badge(page), (b) => b.scored > after.scored && !b.busy);
}

/** Centre of an element, in the top page's viewport, for a real mouse click. */
async function centre(page: Driver, spec: { frame?: string; selector: string; shadow?: boolean }): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((s) => {
    let offsetX = 0;
    let offsetY = 0;
    let doc: Document = document;
    if (s.frame) {
      const frame = document.querySelector(s.frame) as HTMLIFrameElement;
      const r = frame.getBoundingClientRect();
      offsetX = r.left + frame.clientLeft;
      offsetY = r.top + frame.clientTop;
      doc = frame.contentDocument!;
    }
    const el = s.shadow
      ? document.querySelector('spamrisk-badge')?.shadowRoot?.querySelector(s.selector)
      : doc.querySelector(s.selector);
    if (!el) return null;
    if (!s.shadow) el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    // a point in the visible part of the element (long drafts are taller than the viewport)
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, (el.ownerDocument.defaultView ?? window).innerHeight);
    return { x: offsetX + r.left + Math.min(r.width / 2, 40), y: offsetY + top + Math.min((bottom - top) / 2, 12) };
  }, spec);
  if (!point) throw new Error(`no element ${spec.selector}`);
  return point;
}

/** Clicks into the editor and puts the caret at its end (or start), as a user would before typing. */
export async function focusEditor(page: Driver, spec: EditorSpec, atStart = false): Promise<void> {
  const { x, y } = await centre(page, { frame: spec.frame, selector: spec.editor });
  await page.click(x, y);
  await page.evaluate(
    (s) => {
      const doc = s.frame ? (document.querySelector(s.frame) as HTMLIFrameElement).contentDocument! : document;
      const editor = doc.querySelector(s.editor) as HTMLElement;
      editor.focus();
      const range = doc.createRange();
      range.selectNodeContents(editor);
      range.collapse(s.atStart);
      const selection = doc.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { ...spec, atStart },
  );
}

export async function focusSubject(page: Driver, spec: EditorSpec): Promise<void> {
  const { x, y } = await centre(page, { selector: spec.subject! });
  await page.click(x, y);
  await page.evaluate((selector) => {
    const input = document.querySelector(selector) as HTMLInputElement;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, spec.subject!);
}

export function editorHtml(page: Driver, spec: EditorSpec): Promise<string> {
  return page.evaluate((s) => {
    const doc = s.frame ? (document.querySelector(s.frame) as HTMLIFrameElement).contentDocument! : document;
    return (doc.querySelector(s.editor) as HTMLElement).innerHTML;
  }, spec);
}

/** Counts every mutation of the editor from now on (the extension must cause none). */
export async function watchMutations(page: Driver, spec: EditorSpec): Promise<void> {
  await page.evaluate((s) => {
    const doc = s.frame ? (document.querySelector(s.frame) as HTMLIFrameElement).contentDocument! : document;
    const editor = doc.querySelector(s.editor) as HTMLElement;
    const w = window as unknown as { __editorMutations: string[]; __editorObserver?: MutationObserver };
    w.__editorObserver?.disconnect();
    w.__editorMutations = [];
    const describe = (r: MutationRecord): string =>
      `${r.type} on ${r.target.nodeName}${r.attributeName ? `[${r.attributeName}]` : ''} +${r.addedNodes.length} -${r.removedNodes.length}`;
    w.__editorObserver = new MutationObserver((records) => w.__editorMutations.push(...records.map(describe)));
    w.__editorObserver.observe(editor, { subtree: true, childList: true, characterData: true, attributes: true });
  }, spec);
}

/** The mutations of the editor since `watchMutations`, described ("childList on DIV +1 -0"). */
export function editorMutations(page: Driver): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __editorMutations: string[]; __editorObserver?: MutationObserver };
    const pending = w.__editorObserver?.takeRecords() ?? [];
    return [...w.__editorMutations, ...pending.map((r) => `${r.type} on ${r.target.nodeName}`)];
  });
}

export async function clickBadge(page: Driver): Promise<void> {
  const { x, y } = await centre(page, { selector: '.sr-badge', shadow: true });
  await page.click(x, y);
}

export interface PanelFinding {
  rule: string;
  points: string;
  message: string;
  suggestion: string;
  /** the draft text the message quotes (rendered as <code>) */
  quoted: string[];
}

export function panelFindings(page: Driver): Promise<PanelFinding[]> {
  return page.evaluate(() => {
    const root = document.querySelector('spamrisk-badge')?.shadowRoot;
    return [...(root?.querySelectorAll('.sr-panel .sr-finding') ?? [])].map((el) => ({
      rule: (el as HTMLElement).dataset.rule ?? '',
      points: el.querySelector('.sr-points')?.textContent ?? '',
      message: el.querySelector('.sr-message')?.textContent ?? '',
      suggestion: el.querySelector('.sr-suggestion')?.textContent ?? '',
      quoted: [...el.querySelectorAll('.sr-message code')].map((code) => code.textContent ?? ''),
    }));
  });
}

export async function clickFinding(page: Driver, index: number): Promise<void> {
  const point = await page.evaluate((i) => {
    const root = document.querySelector('spamrisk-badge')?.shadowRoot;
    const el = root?.querySelectorAll('.sr-panel .sr-finding')[i] as HTMLElement | undefined;
    if (!el) return null;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + 20, y: r.top + Math.min(r.height / 2, 14) };
  }, index);
  if (!point) throw new Error(`no finding #${index}`);
  await page.click(point.x, point.y);
}

/** The ranges in the editor document's highlight registry, as text. */
export function highlights(page: Driver, spec: EditorSpec): Promise<{ size: number; texts: string[]; inEditor: boolean }> {
  return page.evaluate((s) => {
    const frame = s.frame ? (document.querySelector(s.frame) as HTMLIFrameElement) : null;
    const win = (frame ? frame.contentWindow : window) as Window & { CSS: { highlights?: Map<string, Set<Range>> } };
    const doc = frame ? frame.contentDocument! : document;
    const editor = doc.querySelector(s.editor) as HTMLElement;
    const highlight = win.CSS.highlights?.get('spamrisk-finding');
    const ranges = [...(highlight ?? [])] as Range[];
    return {
      size: highlight?.size ?? 0,
      texts: ranges.map((r) => r.toString()),
      inEditor: ranges.every((r) => editor.contains(r.commonAncestorContainer)),
    };
  }, spec);
}

/** Runs `fn` on the badge's shadow root (test builds keep it open) and returns what it returns. */
export function inWidget<R>(page: Driver, fn: string): Promise<R> {
  return page.evaluate((source) => {
    const root = document.querySelector('spamrisk-badge')?.shadowRoot ?? null;
    return new Function('root', `return (${source})(root)`)(root) as R;
  }, fn);
}

/** Boxes (viewport) of the badge, the panel and the confirm, and what has focus inside the widget. */
export interface WidgetBoxes {
  badge: { left: number; top: number; right: number; bottom: number } | null;
  panel: { left: number; top: number; right: number; bottom: number; scrollHeight: number; clientHeight: number } | null;
  confirm: { left: number; top: number; right: number; bottom: number } | null;
  focus: string;
  live: string;
  label: string;
}

export function widgetBoxes(page: Driver): Promise<WidgetBoxes> {
  return page.evaluate(() => {
    const root = document.querySelector('spamrisk-badge')?.shadowRoot;
    const box = (el: Element | null | undefined): { left: number; top: number; right: number; bottom: number } | null => {
      if (!el || (el as HTMLElement).hidden) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const panel = root?.querySelector('.sr-panel') as HTMLElement | null;
    const active = root?.activeElement as HTMLElement | null | undefined;
    return {
      badge: box(root?.querySelector('.sr-badge')),
      panel: panel && !panel.hidden ? { ...box(panel)!, scrollHeight: panel.scrollHeight, clientHeight: panel.clientHeight } : null,
      confirm: box(root?.querySelector('.sr-confirm')),
      focus: active ? `${active.localName}.${active.className}${active.dataset.rule ? `[${active.dataset.rule}]` : ''}` : '',
      live: root?.querySelector('.sr-live')?.textContent ?? '',
      label: root?.querySelector('.sr-badge')?.getAttribute('aria-label') ?? '',
    };
  });
}

export async function closePanel(page: Driver): Promise<void> {
  const { x, y } = await centre(page, { selector: '.sr-close', shadow: true });
  await page.click(x, y);
}
