/**
 * Styles of the injected UI (inside its shadow root) and of the findings list shared with the popup.
 * Kept as strings: the content script puts them in a <style> inside its closed shadow root, the
 * extension pages adopt them as constructed stylesheets (allowed under their `style-src 'self'` CSP).
 */

/**
 * Colours per theme. `--sr-level` is a background behind white text (badge, pills: each at least
 * 4.5:1 with white, shared/levels.ts); `--sr-level-text` is the level as text on the panel's own
 * background, lighter in the dark theme so it keeps 4.5:1 there too (WCAG 2.2 AA, 1.4.3).
 */
export const THEME_CSS = `
  [data-theme="light"] {
    --sr-bg: #ffffff; --sr-fg: #1f2328; --sr-muted: #59636e; --sr-border: #8c959f;
    --sr-hover: #f3f6f9; --sr-code: #eff2f5; --sr-shadow: 0 8px 28px rgba(0, 0, 0, .22);
    --sr-focus: #0b57d0; --sr-error: #c62828; --sr-warn: #9c5700;
    --sr-text-low: #1e7d32; --sr-text-medium: #9c5700; --sr-text-high: #c62828; --sr-text-none: #59636e;
  }
  [data-theme="dark"] {
    --sr-bg: #1f2328; --sr-fg: #e6edf3; --sr-muted: #9aa5b1; --sr-border: #6e7781;
    --sr-hover: #2a3038; --sr-code: #2d333b; --sr-shadow: 0 8px 28px rgba(0, 0, 0, .6);
    --sr-focus: #8ab4f8; --sr-error: #ffa198; --sr-warn: #ffb454;
    --sr-text-low: #7ee787; --sr-text-medium: #ffb454; --sr-text-high: #ffa198; --sr-text-none: #9aa5b1;
  }
  [data-level="low"] { --sr-level: #1e7d32; --sr-level-text: var(--sr-text-low); }
  [data-level="medium"] { --sr-level: #9c5700; --sr-level-text: var(--sr-text-medium); }
  [data-level="high"] { --sr-level: #c62828; --sr-level-text: var(--sr-text-high); }
  [data-level="none"] { --sr-level: #6e7781; --sr-level-text: var(--sr-text-none); }
`;

export const FINDINGS_CSS = `
  .sr-summary { display: flex; align-items: baseline; gap: 8px; margin: 0 0 8px; }
  .sr-score { font-size: 22px; font-weight: 700; color: var(--sr-level-text, var(--sr-level)); font-variant-numeric: tabular-nums; }
  .sr-threshold { color: var(--sr-muted); }
  .sr-level { margin-left: auto; padding: 2px 8px; border-radius: 999px; background: var(--sr-level); color: #fff;
    font-size: 12px; font-weight: 600; }
  .sr-empty { color: var(--sr-muted); margin: 8px 0; }
  .sr-findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
  .sr-finding { display: grid; grid-template-columns: 44px 1fr; gap: 2px 8px; width: 100%; box-sizing: border-box;
    padding: 8px; border: 1px solid var(--sr-border); border-radius: 8px; background: transparent; color: inherit;
    font: inherit; text-align: left; }
  button.sr-finding { cursor: pointer; }
  button.sr-finding[aria-disabled="true"] { cursor: default; }
  button.sr-finding:not([aria-disabled="true"]):hover, button.sr-finding[aria-pressed="true"] { background: var(--sr-hover); }
  button.sr-finding:focus-visible { outline: 2px solid var(--sr-focus); outline-offset: 1px; }
  .sr-nothing { color: var(--sr-muted); margin: 4px 0 8px; }
  .sr-points { grid-row: span 2; align-self: start; justify-self: center; min-width: 36px; padding: 2px 0; border-radius: 6px;
    text-align: center; font-weight: 700; font-variant-numeric: tabular-nums; color: var(--sr-fg); background: var(--sr-code); }
  .sr-points[data-kind="risk"] { color: #fff; background: var(--sr-level, #c62828); }
  .sr-message { font-weight: 500; overflow-wrap: anywhere; }
  .sr-suggestion { color: var(--sr-muted); overflow-wrap: anywhere; }
  .sr-finding code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--sr-code);
    padding: 0 3px; border-radius: 4px; }
`;

/**
 * Forced-colours mode (Windows High Contrast, Firefox's "override the page's colours"): the browser
 * paints every colour in system colours and drops box-shadows, so what a colour or a shadow told
 * is given a border or words instead, in system colours (borders in the page's colours were left at
 * Firefox's ButtonBorder, 1.3:1 on Canvas). Only inside the media query: the normal look does not change.
 * Shared by the widget and the extension pages (the findings list).
 */
export const FORCED_COLORS_CSS = `
  @media (forced-colors: active) {
    .sr-finding { border-color: CanvasText; }
    button.sr-finding { border-color: ButtonText; }
    button.sr-finding:focus-visible { outline-color: CanvasText; }
    /* The level and the points were white on a coloured pill: the pill keeps its shape. */
    .sr-level, .sr-points, .sr-field { border: 1px solid CanvasText; }
  }
`;

/** The in-page widget: badge, panel and send confirmation. Lives in a shadow root on an `all: initial` host. */
export const WIDGET_CSS = `
  ${THEME_CSS}
  .sr-root { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--sr-fg);
    position: relative; }
  /* Buttons take the text spacing the host inherits (a user's, WCAG 1.4.12), not the UA's "normal". */
  button { letter-spacing: inherit; word-spacing: inherit; }
  .sr-badge { display: inline-flex; align-items: center; gap: 6px; height: 26px; padding: 0 10px 0 8px; border: 0;
    border-radius: 13px; background: var(--sr-level); color: #fff; font: 600 13px/1 system-ui, -apple-system, "Segoe UI",
    Roboto, Arial, sans-serif; cursor: pointer; box-shadow: 0 1px 4px rgba(0, 0, 0, .3); font-variant-numeric: tabular-nums; }
  .sr-badge:focus-visible { outline: 3px solid var(--sr-focus); outline-offset: 2px; }
  .sr-badge[data-state="idle"] { background: var(--sr-bg); color: var(--sr-fg); box-shadow: 0 0 0 1px var(--sr-border), 0 1px 4px rgba(0, 0, 0, .2); }
  .sr-sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0);
    white-space: nowrap; border: 0; }
  .sr-badge-icon { width: 14px; height: 14px; flex: none; }
  /* Re-scoring: the score keeps its full contrast (dimmed to .7 it fell to 3.1:1) and is underlined dotted. */
  .sr-badge[data-busy="true"] .sr-badge-score { text-decoration: underline dotted 1px; text-underline-offset: 3px; }
  .sr-badge-marker { display: inline-flex; align-items: center; justify-content: center; width: 15px; height: 15px;
    margin-right: -4px; border-radius: 50%; background: #fff; color: #9c5700; font: 700 10px/1 system-ui, sans-serif; }
  .sr-badge-marker[hidden] { display: none; }
  .sr-recipients { margin: 0 0 10px; padding: 0 0 10px; border-bottom: 1px solid var(--sr-border); }
  .sr-section-title { margin: 0 0 6px; font-size: 13px; font-weight: 700; }
  .sr-recipient-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
  .sr-recipient { display: grid; grid-template-columns: 44px 1fr; gap: 2px 8px; padding: 8px; border-radius: 8px;
    border: 1px solid var(--sr-warn); }
  .sr-recipient .sr-field { grid-row: span 2; align-self: start; justify-self: center; min-width: 36px; padding: 2px 0;
    border-radius: 6px; text-align: center; font-weight: 700; color: #fff; background: #9c5700; }
  .sr-mark { position: fixed; box-sizing: border-box; pointer-events: none; border: 2px solid #c62828; border-radius: 4px;
    box-shadow: 0 0 0 2px #ffffff; }
  .sr-mark[hidden] { display: none; }
  .sr-panel, .sr-confirm { position: fixed; left: 0; bottom: 0; width: 360px; max-height: 480px; overflow: auto;
    box-sizing: border-box; padding: 12px; border-radius: 12px; background: var(--sr-bg); color: var(--sr-fg);
    border: 1px solid var(--sr-border); box-shadow: var(--sr-shadow); }
  .sr-panel[hidden], .sr-confirm[hidden] { display: none; }
  .sr-panel { padding: 0; }
  .sr-head { display: flex; align-items: center; gap: 8px; padding: 10px 12px 6px; position: sticky; top: 0; z-index: 1;
    background: var(--sr-bg); border-bottom: 1px solid var(--sr-border); margin-bottom: 8px; }
  .sr-body { padding: 0 12px; }
  .sr-title { font-weight: 700; font-size: 14px; margin: 0; }
  .sr-close { margin-left: auto; width: 26px; height: 26px; border: 0; border-radius: 6px; background: transparent;
    color: var(--sr-muted); font: 18px/1 system-ui, sans-serif; cursor: pointer; }
  .sr-close:hover { background: var(--sr-hover); }
  .sr-close:focus-visible, .sr-actions button:focus-visible, .sr-panel:focus-visible, .sr-confirm:focus-visible {
    outline: 2px solid var(--sr-focus); outline-offset: 1px; }
  .sr-panel:focus, .sr-confirm:focus { outline: none; }
  .sr-panel:focus-visible, .sr-confirm:focus-visible { outline: 2px solid var(--sr-focus); outline-offset: -2px; }
  .sr-foot { margin: 0; padding: 10px 12px 12px; color: var(--sr-muted); font-size: 12px; }
  .sr-confirm p { margin: 0 0 8px; }
  .sr-confirm ul { margin: 0 0 10px; padding-left: 18px; }
  .sr-actions { display: flex; justify-content: flex-end; gap: 8px; }
  .sr-actions button { font: 600 13px system-ui, sans-serif; padding: 6px 12px; border-radius: 8px; cursor: pointer;
    border: 1px solid var(--sr-border); background: var(--sr-bg); color: var(--sr-fg); }
  .sr-actions .sr-primary { background: var(--sr-level); border-color: var(--sr-level); color: #fff; }
  /* The level as text on the badge, shown only in forced-colours mode (below), where its colour is gone. */
  .sr-badge-level { display: none; }
  ${FINDINGS_CSS}
  ${FORCED_COLORS_CSS}
  /*
   * Forced colours, the widget's own parts: the badge (whose idle ring and whole look were a
   * box-shadow and a background) and the close button get a border, the badge says its level in
   * words (on one line: wrapped while the host still sat at its idle place, place() measured a width
   * the badge did not keep), the subject frame and the focus rings are CanvasText, the colour made to
   * stand on Canvas (Highlight, Firefox's #3399ff on Linux, was 2.9:1 on Canvas, 2.4:1 on ButtonFace).
   */
  @media (forced-colors: active) {
    .sr-badge, .sr-close { border: 1px solid ButtonText; }
    .sr-badge[data-state="scored"] .sr-badge-level { display: inline; white-space: nowrap; }
    .sr-badge-marker { border: 1px solid CanvasText; }
    .sr-panel, .sr-confirm, .sr-head, .sr-recipient, .sr-recipients { border-color: CanvasText; }
    .sr-actions button, .sr-actions .sr-primary { border-color: ButtonText; }
    .sr-mark { border-color: CanvasText; }
    .sr-badge:focus-visible, .sr-close:focus-visible, .sr-actions button:focus-visible, .sr-panel:focus-visible,
    .sr-confirm:focus-visible { outline-color: CanvasText; }
  }
`;
