/**
 * One streaming pass of htmlparser2 (the parser under cheerio/slim) over the HTML, building the
 * visible text with a map back to source offsets, and collecting links, images, hidden text and
 * risky elements as it goes. Streaming rather than a DOM: each text event carries its exact source
 * range, and nothing is walked twice.
 */
import { Parser } from 'htmlparser2';
import {
  backgroundColor,
  cascade,
  fontShorthandSize,
  fontSizeAttribute,
  parseColor,
  parseLength,
  parseStyle,
  perceivedDistance,
  revealedBy,
  styleSheetBuilder,
  type Rgb,
  type StyleSheet,
} from './css.ts';
import { LinkFlag, LinkTable } from './links.ts';
import { HiddenSpanBuilder, type HiddenSpanList } from './hidden-spans.ts';
import type { Element, HiddenReason, Image, StyledSpan } from './message.ts';
import { SegmentBuilder, type SegmentList } from './segments.ts';
import { utf8UnitLength } from '../text/characters.ts';

/** Elements after which a reader sees a line break: they separate words in the text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'img', 'button', 'input', 'select', 'textarea',
]);
/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(['head', 'script', 'style', 'title', 'template', 'xml', 'object', 'svg', 'math']);
/** htmlparser2's own void elements (Parser.ts `voidElements`): never pushed, closed at once. */
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** End tags HTML lets you leave out: their implied close is not broken markup. */
const OPTIONAL_END = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option',
  'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp',
]);
/** Tags the structure rules report. */
const NOTABLE = new Set([
  'form', 'input', 'textarea', 'select', 'button', 'script', 'iframe', 'frame', 'frameset', 'embed',
  'object', 'applet', 'base',
]);

/** What each set above says of a tag, as bits: one lookup per tag event instead of one per set. */
const Tag = { Block: 1, Invisible: 2, Void: 4, OptionalEnd: 8, Notable: 16 } as const;
const TAG_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const mark = (names: ReadonlySet<string>, bit: number): void => {
    for (const name of names) kinds.set(name, (kinds.get(name) ?? 0) | bit);
  };
  mark(BLOCK, Tag.Block);
  mark(INVISIBLE, Tag.Invisible);
  mark(VOID, Tag.Void);
  mark(OPTIONAL_END, Tag.OptionalEnd);
  mark(NOTABLE, Tag.Notable);
  return kinds;
})();

const HUGE_FONT_PX = 32;
const TINY_FONT_PX = 2;
/**
 * Text and background closer than this (perceived distance, 0–191: greys 0.75 × their difference)
 * look the same: `#fff` on `#f4f4f4` and nearer.
 */
const SAME_COLOR_DISTANCE = 9;
/**
 * Closer than this, text is hard to read against its background (`#eee` on white is 12.7):
 * SpamAssassin's HTML_FONT_LOW_CONTRAST draws its line at 12.
 */
const LOW_CONTRAST_DISTANCE = 12;
/** What mail clients paint links in unless the message says otherwise (`-webkit-link`). */
const LINK_COLOR: Rgb = [0, 0, 238];
const WHITE: Rgb = [255, 255, 255];
/** Gmail clips a message whose HTML passes ~102 KB (support.google.com, "message clipped"). */
export const GMAIL_CLIP_BYTES = 102 * 1024;
/**
 * Nesting depth past which the rest of the document is read as flat text. htmlparser2 keeps its
 * open-element stack with Array#unshift, so each level deeper costs a copy of the whole stack:
 * 100,000 unclosed `<font>` tags take seconds. Real mail nests a few dozen levels.
 */
export const MAX_DEPTH = 1024;

interface Hiding {
  readonly reason: HiddenReason;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

interface Style {
  readonly hidden: Hiding | null;
  /** text readable only with effort: its colour is close to its background (reason `low-contrast`) */
  readonly faint: Hiding | null;
  readonly color: Rgb | null;
  readonly background: Rgb | null;
  /**
   * an ancestor paints something we cannot read behind the text (an image, a gradient, a template
   * variable): colour equality proves nothing then
   */
  readonly backgroundImage: boolean;
  readonly fontPx: number;
  readonly linkIndex: number;
}

interface Frame {
  readonly name: string;
  readonly style: Style;
  readonly invisible: boolean;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly attributes: Record<string, string>;
  readonly textStart: number;
}

export interface ParsedHtml {
  text: string;
  segments: SegmentList;
  hidden: HiddenSpanList;
  lowContrast: HiddenSpanList;
  /** links in document order, filled in by parseMessage */
  links: LinkTable;
  images: Image[];
  elements: Element[];
  eventHandlers: Element[];
  asciiEntities: StyledSpan[];
  hugeFonts: StyledSpan[];
  colors: string[];
  unclosed: Element[];
  styleSheets: string[];
  /** a `<style>` rule we could not apply sets a colour or a background */
  unreadPaint: boolean;
}

const ROOT_STYLE: Style = {
  hidden: null,
  faint: null,
  color: null,
  background: null,
  backgroundImage: false,
  fontPx: 16,
  linkIndex: -1,
};

function numberAttribute(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = parseFloat(value);
  return Number.isFinite(n) && !value.trim().endsWith('%') ? n : null;
}

/** A colour a reader cannot read the text in: `transparent`, or an rgba() with alpha 0. */
function isTransparentColor(value: string): boolean {
  return value === 'transparent' || /^rgba\(.*[,/]\s*0(?:\.0*)?%?\s*\)$/.test(value.slice(0, 64));
}

/** The style being derived for one element (deriveStyle), changed in place by the helpers below. */
interface StyleDraft {
  hidden: Hiding | null;
  faint: Hiding | null;
  color: Rgb | null;
  background: Rgb | null;
  backgroundImage: boolean;
  fontPx: number;
  changed: boolean;
  ownColor: boolean;
  /** a class that a media query shows again: it hides on one screen only */
  readonly responsive: boolean;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

function hide(draft: StyleDraft, reason: HiddenReason): void {
  if (!draft.hidden && !draft.responsive) {
    draft.hidden = { reason, sourceStart: draft.sourceStart, sourceEnd: draft.sourceEnd };
    draft.changed = true;
  }
}

function setColor(draft: StyleDraft, value: string, colors: Set<string>): void {
  const parsed = parseColor(value);
  if (parsed) draft.color = parsed;
  colors.add(value.trim().toLowerCase());
  draft.ownColor = true;
  draft.changed = true;
}

function setBackground(draft: StyleDraft, value: string, shorthand: boolean): void {
  const parsed = shorthand ? backgroundColor(value) : parseColor(value);
  if (parsed) draft.background = parsed;
  // A background we cannot read (an image, a gradient, a template variable) may be anything.
  else if (!/^(?:transparent|none|inherit|initial|unset|currentcolor)$/.test(value.trim())) draft.backgroundImage = true;
  draft.changed = true;
}

/**
 * Declarations already read in this parse: mail repeats one style attribute, or one class, on
 * hundreds of elements (a template's cells, a hostile paste's 270,000 hidden spans), and each read
 * made a Map. The cascaded ones depend on the `<style>` rules met so far, so they are forgotten
 * when a sheet is added. Per parse, bounded; the Maps are only read.
 */
interface StyleMemo {
  readonly inline: Map<string, ReadonlyMap<string, string>>;
  /**
   * By the element's name, classes and id (one short key), then by its style attribute (a second
   * map rather than one key with the style in it: the style, often long, is hashed where it is and
   * not first copied into a new key)
   */
  readonly cascaded: Map<string, Map<string, Cascaded>>;
  /** entries in `cascaded`'s inner maps */
  cascadedSize: number;
}

/** What the sheet makes of one element: its declarations, and whether a media query shows it again. */
interface Cascaded {
  readonly css: ReadonlyMap<string, string> | null;
  readonly responsive: boolean;
}

const STYLE_MEMO_LIMIT = 4096;

function inlineStyle(memo: StyleMemo, style: string): ReadonlyMap<string, string> {
  let css = memo.inline.get(style);
  if (!css) {
    css = parseStyle(style);
    if (memo.inline.size < STYLE_MEMO_LIMIT) memo.inline.set(style, css);
  }
  return css;
}

function cascadedStyle(memo: StyleMemo, sheet: StyleSheet, name: string, classAttribute: string | undefined, id: string | undefined, style: string | undefined): Cascaded {
  // cascade() and revealedBy() read an empty attribute as an absent one. A name holds no space
  // and the classes' length is given, so the key is unambiguous.
  const classes = classAttribute ?? '';
  const key = `${name} ${classes.length} ${classes} ${id ?? ''}`;
  let byStyle = memo.cascaded.get(key);
  const styleKey = style ?? '';
  let found = byStyle?.get(styleKey);
  if (found === undefined) {
    found = { css: cascade(sheet, name, classAttribute, id, style), responsive: revealedBy(sheet, classAttribute, id) };
    if (memo.cascadedSize < STYLE_MEMO_LIMIT) {
      if (!byStyle) memo.cascaded.set(key, (byStyle = new Map()));
      byStyle.set(styleKey, found);
      memo.cascadedSize++;
    }
  }
  return found;
}

/** Attributes deriveStyle reads, as bits: which an element has, noted as its attributes are walked once. */
const Attribute = { Style: 1, Hidden: 2, Bgcolor: 4, Background: 8, Class: 16, Id: 32, Href: 64 } as const;
/**
 * The values of the attributes in `Attribute`, and which the element has, noted on the parse's one
 * walk over its attributes: reading them again by name from htmlparser2's records (a different
 * shape for each set of attributes) cost a dictionary lookup each. One record a parse, refilled
 * for each element; deriveStyle reads it before the next element is walked.
 */
interface NotedAttributes {
  present: number;
  style: string | undefined;
  hidden: string | undefined;
  bgcolor: string | undefined;
  background: string | undefined;
  class: string | undefined;
  id: string | undefined;
  href: string | undefined;
}

/** Attributes that can change the style of an element that is not a link, a `<font>`, a `<body>` or styled by the sheet. */
const STYLING = Attribute.Style | Attribute.Hidden | Attribute.Bgcolor | Attribute.Background;

const OFF_PAGE_SIDES = ['left', 'top', 'right'] as const;
const BOX_SIDES = ['height', 'max-height', 'width', 'max-width'] as const;

/**
 * The style an element gives its content, derived from its parent's and from what applies to it:
 * its `<style>` rules, its inline style, its presentational attributes. Shares the parent's when
 * nothing changes. (Helpers change a draft rather than closures over locals: this runs for every
 * styled element, and closures cost an allocation each.)
 */
function deriveStyle(
  parent: Style,
  name: string,
  attributes: Record<string, string>,
  /** the attributes it reads most, noted as the element's attributes were walked */
  noted: NotedAttributes,
  sourceStart: number,
  sourceEnd: number,
  colors: Set<string>,
  sheet: StyleSheet,
  memo: StyleMemo,
): Style {
  const { present } = noted;
  const isLink = name === 'a' && (present & Attribute.Href) !== 0;
  const styled = sheet.rules.size > 0 && ((present & (Attribute.Class | Attribute.Id)) !== 0 || sheet.rules.has(name));
  // Most elements set nothing that changes what the reader sees: they share the parent's style.
  // (The bits first: reading a property of htmlparser2's attribute records costs a dictionary lookup.)
  if (
    !styled &&
    !isLink &&
    name !== 'font' &&
    name !== 'body' &&
    ((present & STYLING) === 0 || (!noted.style && noted.hidden === undefined && !noted.bgcolor && !noted.background))
  ) {
    return parent;
  }
  const cascaded = styled ? cascadedStyle(memo, sheet, name, noted.class, noted.id, noted.style) : null;
  const css = cascaded ? cascaded.css : noted.style ? inlineStyle(memo, noted.style) : null;
  const draft: StyleDraft = {
    hidden: parent.hidden,
    faint: parent.faint,
    color: parent.color,
    background: parent.background,
    backgroundImage: parent.backgroundImage,
    fontPx: parent.fontPx,
    changed: false,
    ownColor: false,
    // A class that a media query shows again hides on one screen only: the responsive pattern.
    responsive: cascaded ? cascaded.responsive : revealedBy(sheet, noted.class, noted.id),
    sourceStart,
    sourceEnd,
  };

  if (noted.hidden !== undefined) hide(draft, 'hidden-attribute');
  if (noted.bgcolor) setBackground(draft, noted.bgcolor, false);
  if (noted.background) {
    draft.backgroundImage = true;
    draft.changed = true;
  }
  if (name === 'font') {
    if (attributes.color) setColor(draft, attributes.color, colors);
    const size = attributes.size ? fontSizeAttribute(attributes.size) : null;
    if (size !== null) {
      draft.fontPx = size;
      draft.changed = true;
    }
  }
  if (name === 'body' && attributes.text) setColor(draft, attributes.text, colors);
  if (css) {
    const display = css.get('display');
    if (display === 'none') hide(draft, 'display-none');
    const visibility = css.get('visibility');
    if (visibility === 'hidden' || visibility === 'collapse') hide(draft, 'visibility-hidden');
    const opacity = css.get('opacity');
    if (opacity !== undefined && parseFloat(opacity) === 0) hide(draft, 'transparent');
    const fontSize = css.get('font-size');
    const font = fontSize === undefined ? css.get('font') : undefined;
    const px = fontSize !== undefined ? parseLength(fontSize) : font !== undefined ? fontShorthandSize(font) : null;
    if (px !== null) {
      draft.fontPx = px;
      draft.changed = true;
    }
    const cssColor = css.get('color');
    if (cssColor !== undefined) {
      if (isTransparentColor(cssColor)) hide(draft, 'transparent');
      setColor(draft, cssColor, colors);
    }
    const bgColor = css.get('background-color');
    const bg = bgColor ?? css.get('background');
    if (bg !== undefined) setBackground(draft, bg, bgColor === undefined);
    if ((css.get('background') ?? '').includes('url(') || (css.has('background-image') && css.get('background-image') !== 'none')) {
      draft.backgroundImage = true;
      draft.changed = true;
    }
    const position = css.get('position');
    if (position === 'absolute' || position === 'fixed') {
      for (const side of OFF_PAGE_SIDES) {
        const offset = parseLength(css.get(side) ?? '');
        if (offset !== null && offset <= -500) hide(draft, 'off-page');
      }
    }
    const indent = parseLength(css.get('text-indent') ?? '');
    if (indent !== null && indent <= -500) hide(draft, 'off-page');
    const overflowHidden = css.get('overflow') === 'hidden';
    if (overflowHidden) {
      for (const side of BOX_SIDES) {
        if (parseLength(css.get(side) ?? '') === 0) hide(draft, 'zero-size-box');
      }
    }
  }
  // A responsive variant is shown on the screens its media query names: what it sets to hide
  // itself elsewhere (a zero size, a white colour) does not hide its text.
  if (draft.responsive) {
    if (draft.fontPx < TINY_FONT_PX) draft.fontPx = parent.fontPx;
    if (draft.color && !draft.backgroundImage && perceivedDistance(draft.color, draft.background ?? WHITE) < LOW_CONTRAST_DISTANCE) draft.color = parent.color;
  }
  // Clients paint a link in the link colour unless the message sets one for it.
  if (isLink && !draft.ownColor) {
    draft.color = LINK_COLOR;
    draft.ownColor = true;
    draft.changed = true;
  }
  // Layout templates (MJML and others) set font-size:0 on cells to kill whitespace gaps, then set
  // a real size on the text inside: a readable size un-hides what a tiny one hid.
  const fontHidden = draft.hidden !== null && (draft.hidden.reason === 'zero-font-size' || draft.hidden.reason === 'tiny-font-size');
  if (fontHidden && draft.fontPx >= TINY_FONT_PX && draft.hidden === parent.hidden) {
    draft.hidden = null;
    draft.changed = true;
  }
  // Likewise a colour that stands out again un-hides what a same-colour ancestor hid.
  const distance = draft.color && !draft.backgroundImage ? perceivedDistance(draft.color, draft.background ?? WHITE) : Infinity;
  if (draft.hidden !== null && draft.hidden === parent.hidden && draft.hidden.reason === 'same-color-as-background' && distance >= SAME_COLOR_DISTANCE) {
    draft.hidden = null;
    draft.changed = true;
  }
  if (draft.faint !== null && distance >= LOW_CONTRAST_DISTANCE) {
    draft.faint = null;
    draft.changed = true;
  }
  if (!draft.hidden && draft.fontPx <= 0) hide(draft, 'zero-font-size');
  else if (!draft.hidden && draft.fontPx < TINY_FONT_PX) hide(draft, 'tiny-font-size');
  // Mail clients paint a white page unless the message sets a background.
  if (!draft.hidden && distance < SAME_COLOR_DISTANCE) hide(draft, 'same-color-as-background');
  else if (!draft.hidden && !draft.faint && distance < LOW_CONTRAST_DISTANCE) {
    draft.faint = { reason: 'low-contrast', sourceStart, sourceEnd };
    draft.changed = true;
  }
  if (!draft.changed && draft.hidden === parent.hidden) return parent;
  const { hidden, faint, color, background, backgroundImage, fontPx } = draft;
  return { hidden, faint, color, background, backgroundImage, fontPx, linkIndex: parent.linkIndex };
}

/** Ways of hiding that hide text but not the pictures beside it. */
const TEXT_ONLY_REASONS: ReadonlySet<HiddenReason> = new Set(['zero-font-size', 'tiny-font-size', 'same-color-as-background']);

/** A character past ASCII (non-global: `search` reads no lastIndex). */
const NOT_ASCII = /[^\x00-\x7f]/;

/** Lines this many or more that average fewer than DENSE_LINE characters are read by codes. */
const DENSE_AFTER = 1024;
const DENSE_LINE = 8;

/**
 * Line feeds in `html` with no CR before them: each is sent as CRLF (RFC 5321 §2.3.8; RFC 2046
 * §4.1.1, a text part's canonical line break), one byte more than the source holds. One native
 * `indexOf` a line, not a regex or a test a character; but a call a line costs more than a test a
 * character when lines are a few characters long (10 MB of line feeds: about 200 ms against 30),
 * so past DENSE_AFTER lines averaging under DENSE_LINE characters the rest is read by codes.
 */
function bareLineFeeds(html: string): number {
  let count = 0;
  let lines = 0;
  for (let at = html.indexOf('\n'); at >= 0; at = html.indexOf('\n', at + 1)) {
    if (html.charCodeAt(at - 1) !== 0x0d) count++;
    if (++lines >= DENSE_AFTER && at < lines * DENSE_LINE) {
      for (let i = at + 1; i < html.length; i++) if (html.charCodeAt(i) === 0x0a && html.charCodeAt(i - 1) !== 0x0d) count++;
      return count;
    }
  }
  return count;
}

/**
 * Size of `html` as sent: its UTF-8 bytes, every line break as CRLF (an LF alone counts two bytes, a
 * CRLF two, so a template saved with either line end and the same HTML read from an .eml, whose
 * parts reach analyze() with LF, weigh the same); and the index where it passes `limit` bytes (null
 * if it never does). A lone CR is one byte, as sent.
 */
export function measureBytes(html: string, limit: number): { bytes: number; cutIndex: number | null } {
  // Most mail is ASCII: one native scan answers it, with one native search a line for the line
  // breaks (docs/speed.md, clip38).
  let bytes = html.length + bareLineFeeds(html);
  const firstWide = html.search(NOT_ASCII);
  // Otherwise count the extra bytes of the non-ASCII characters from the first one on, in a loop of
  // character codes (a regex of non-ASCII runs made a match and a string a run: 60 MB on 10 MB of
  // non-ASCII hosts); the character walk below is needed only when the size passes the limit.
  if (firstWide >= 0) for (let i = firstWide; i < html.length; i++) if (html.charCodeAt(i) > 0x7f) bytes += utf8UnitLength(html, i) - 1;
  if (bytes <= limit) return { bytes, cutIndex: null };
  // The size is known: walk only as far as the unit that passes the limit (10 MB past a 102 KB
  // limit was walked to its end a second time). A line break is cut whole, at its first unit: an LF
  // alone passes the limit with the CR sent before it, a CRLF's LF cuts at its CR.
  let counted = 0;
  for (let i = 0; i < html.length; i++) {
    counted += utf8UnitLength(html, i);
    const afterCr = html.charCodeAt(i) === 0x0a && html.charCodeAt(i - 1) === 0x0d;
    if (html.charCodeAt(i) === 0x0a && !afterCr) counted++;
    if (counted > limit) {
      // An astral character is cut whole too: its second half passing the limit cuts at its first,
      // or the clip point (and the text shown from it) would start with half a character.
      const code = html.charCodeAt(i);
      const secondHalf = code >= 0xdc00 && code <= 0xdfff && utf8UnitLength(html, i) === 2;
      return { bytes, cutIndex: afterCr || secondHalf ? i - 1 : i };
    }
  }
  return { bytes, cutIndex: null };
}

/** Best effort past the depth limit: the text between tags, in one linear indexOf walk. */
function appendFlat(html: string, from: number, append: (value: string, sourceStart: number, sourceEnd: number, exact: boolean) => void): void {
  let cursor = from;
  while (cursor < html.length) {
    const open = html.indexOf('<', cursor);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > cursor) append(html.slice(cursor, textEnd), cursor, textEnd, true);
    if (open < 0) break;
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    append(' ', open, close + 1, false);
    cursor = close + 1;
  }
}

/** The attributes of an element closed only because the parser had to: none, shared (read-only). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Pieces of text joined into one string at a time: two million tags past the depth limit are two
 * million pieces, which as one array (and its copies as it grew) took ~50 MB until the end.
 */
const TEXT_BATCH = 4096;

export function parseHtml(html: string): ParsedHtml {
  const parts: string[] = [];
  /** the text of every full batch of parts, in order */
  const batches: string[] = [];
  let textLength = 0;
  let lastChar = '\n';
  // Mutable while the parse extends them; the Message exposes them read-only.
  const segments = new SegmentBuilder(html.length);
  const hidden = new HiddenSpanBuilder(html.length);
  const lowContrast = new HiddenSpanBuilder(html.length);
  const links = new LinkTable();
  const images: Image[] = [];
  const elements: Element[] = [];
  const eventHandlers: Element[] = [];
  const asciiEntities: StyledSpan[] = [];
  const hugeFonts: StyledSpan[] = [];
  const colors = new Set<string>();
  const unclosed: Element[] = [];
  const styleSheets: string[] = [];
  // Rules of the `<style>` blocks met so far apply to the elements after them: one parse, no
  // second pass (a sheet at the end of a body styles nothing here, which is rare in mail).
  const styles = styleSheetBuilder();
  const styleMemo: StyleMemo = { inline: new Map(), cascaded: new Map(), cascadedSize: 0 };
  const noted: NotedAttributes = { present: 0, style: undefined, hidden: undefined, bgcolor: undefined, background: undefined, class: undefined, id: undefined, href: undefined };
  let pendingStyle = '';
  /** where the text stood when the last link closed */
  let linkEndedAt = -1;
  const stack: Frame[] = [];
  let flattenFrom = -1;

  const current = (): Frame | undefined => stack[stack.length - 1];
  /**
   * The one-attribute record of an event handler, one per distinct handler: hostile markup repeats
   * one `onclick` on every tag (50,000 in 2 MB), each a record of its own. Bounded like the style memo.
   */
  const handlers = new Map<string, Readonly<Record<string, string>>>();
  const handlerAttributes = (name: string, value: string): Readonly<Record<string, string>> => {
    const key = `${name} ${value}`; // a name never holds a space
    let record = handlers.get(key);
    if (!record) {
      record = Object.freeze({ [name]: value });
      if (handlers.size < STYLE_MEMO_LIMIT) handlers.set(key, record);
    }
    return record;
  };

  const append = (value: string, sourceStart: number, sourceEnd: number, exact: boolean): void => {
    if (value.length === 0) return;
    const frame = current();
    const style = frame?.style ?? ROOT_STYLE;
    const start = textLength;
    parts.push(value);
    if (parts.length === TEXT_BATCH) {
      batches.push(parts.join(''));
      parts.length = 0;
    }
    textLength += value.length;
    lastChar = value[value.length - 1] ?? lastChar;
    // Merge runs of plain text that continue each other in the source, to keep the map small.
    if (!exact || !segments.extendLast(start, textLength, sourceStart, sourceEnd)) segments.push(start, textLength, sourceStart, sourceEnd, exact);
    const hiding = style.hidden ?? style.faint;
    if (hiding && /\S/.test(value)) {
      const spans = style.hidden ? hidden : lowContrast;
      if (!spans.extendLast(start, textLength, hiding.sourceStart)) spans.push(start, textLength, hiding.reason, hiding.sourceStart, hiding.sourceEnd, sourceStart);
    }
  };

  const separate = (sourceStart: number, sourceEnd: number): void => {
    if (lastChar !== '\n' && lastChar !== ' ') append('\n', sourceStart, sourceEnd, false);
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const sourceStart = parser.startIndex;
        const sourceEnd = parser.endIndex + 1;
        const parent = current();
        const parentStyle = parent?.style ?? ROOT_STYLE;
        const kind = TAG_KINDS.get(name) ?? 0;
        const invisible = (parent?.invisible ?? false) || (kind & Tag.Invisible) !== 0;

        let present = 0;
        noted.style = noted.hidden = noted.bgcolor = noted.background = noted.class = noted.id = noted.href = undefined;
        for (const attribute in attributes) {
          switch (attribute) {
            case 'style':
              present |= Attribute.Style;
              noted.style = attributes[attribute];
              break;
            case 'hidden':
              present |= Attribute.Hidden;
              noted.hidden = attributes[attribute];
              break;
            case 'bgcolor':
              present |= Attribute.Bgcolor;
              noted.bgcolor = attributes[attribute];
              break;
            case 'background':
              present |= Attribute.Background;
              noted.background = attributes[attribute];
              break;
            case 'class':
              present |= Attribute.Class;
              noted.class = attributes[attribute];
              break;
            case 'id':
              present |= Attribute.Id;
              noted.id = attributes[attribute];
              break;
            case 'href':
              present |= Attribute.Href;
              noted.href = attributes[attribute];
              break;
            default:
              if (attribute.startsWith('on') && attribute.length > 2) {
                eventHandlers.push({ name: attribute, attributes: handlerAttributes(attribute, attributes[attribute] ?? ''), sourceStart, sourceEnd });
              }
          }
        }
        if ((kind & Tag.Notable) !== 0 || (name === 'meta' && /refresh/i.test(attributes['http-equiv'] ?? ''))) {
          elements.push({ name: name === 'meta' ? 'meta-refresh' : name, attributes, sourceStart, sourceEnd });
        } else if (name === 'link' && /stylesheet/i.test(attributes.rel ?? '') && attributes.href) {
          elements.push({ name: 'stylesheet', attributes, sourceStart, sourceEnd });
        }

        noted.present = present;
        let style = deriveStyle(parentStyle, name, attributes, noted, sourceStart, sourceEnd, colors, styles.sheet, styleMemo);
        if ((name === 'a' || name === 'area') && noted.href !== undefined) {
          // Links side by side (`<a>JACKETS</a><a>PANTS</a>`, a menu of padded inline links) are
          // separate items to the reader, not one word.
          if (textLength === linkEndedAt && textLength > 0 && lastChar !== ' ' && lastChar !== '\n') append(' ', sourceStart, sourceStart, false);
          const linkIndex = links.add(noted.href.trim(), textLength, textLength, sourceStart, sourceEnd, style.hidden !== null ? LinkFlag.Hidden : 0);
          style = { ...style, linkIndex };
        }
        if (name === 'img') {
          const css = noted.style ? inlineStyle(styleMemo, noted.style) : null;
          const linkIndex = parentStyle.linkIndex;
          const linked = linkIndex >= 0 && linkIndex < links.length;
          if (linked) links.markImage(linkIndex);
          images.push({
            src: (attributes.src ?? '').trim(),
            alt: attributes.alt ?? null,
            width: numberAttribute(attributes.width) ?? parseLength(css?.get('width') ?? ''),
            height: numberAttribute(attributes.height) ?? parseLength(css?.get('height') ?? ''),
            linked,
            // A font size or a text colour hides text, not pictures.
            hidden: style.hidden !== null && !TEXT_ONLY_REASONS.has(style.hidden.reason),
            sourceStart,
            sourceEnd,
          });
        }
        if ((kind & Tag.Block) !== 0 && !invisible) separate(sourceStart, sourceEnd);

        if ((kind & Tag.Void) !== 0) return;
        if (stack.length >= MAX_DEPTH) {
          flattenFrom = sourceEnd;
          unclosed.push({ name, attributes: { reason: `nested deeper than ${MAX_DEPTH} elements` }, sourceStart, sourceEnd });
          parser.pause();
          return;
        }
        stack.push({ name, style, invisible, sourceStart, sourceEnd, attributes, textStart: textLength });
      },

      ontext(data) {
        const frame = current();
        const sourceStart = parser.startIndex;
        const sourceEnd = parser.endIndex + 1;
        if (frame?.name === 'style') {
          styleSheets.push(data);
          pendingStyle += data;
          return;
        }
        if (frame?.invisible) return;
        const exact = sourceEnd - sourceStart === data.length;
        if (!exact && data.length === 1 && /[A-Za-z0-9]/.test(data) && html[sourceStart] === '&') {
          asciiEntities.push({ start: textLength, end: textLength + 1, sourceStart, sourceEnd, value: data });
        }
        append(data, sourceStart, sourceEnd, exact);
      },

      onclosetag(name, isImplied) {
        // Void elements were never pushed (htmlparser2 reports their close at once).
        const kind = TAG_KINDS.get(name) ?? 0;
        if ((kind & Tag.Void) !== 0) return;
        if (flattenFrom >= 0) return;
        const frame = stack.pop();
        if (!frame) return;
        if (name === 'style' && pendingStyle !== '') {
          styles.add(pendingStyle);
          styleMemo.cascaded.clear();
          styleMemo.cascadedSize = 0;
          pendingStyle = '';
        }
        if (isImplied && (kind & Tag.OptionalEnd) === 0) {
          unclosed.push({ name, attributes: NO_ATTRIBUTES, sourceStart: frame.sourceStart, sourceEnd: frame.sourceEnd });
        }
        if (frame.style.linkIndex >= 0 && frame.style.linkIndex < links.length && (frame.name === 'a' || frame.name === 'area')) {
          links.setEnd(frame.style.linkIndex, textLength);
          linkEndedAt = textLength;
        }
        if (frame.style.fontPx >= HUGE_FONT_PX && frame.style !== (current()?.style ?? ROOT_STYLE) && textLength > frame.textStart) {
          const parentPx = current()?.style.fontPx ?? 16;
          if (parentPx < HUGE_FONT_PX) {
            hugeFonts.push({ start: frame.textStart, end: textLength, sourceStart: frame.sourceStart, sourceEnd: frame.sourceEnd, value: `${Math.round(frame.style.fontPx)}px` });
          }
        }
        if ((kind & Tag.Block) !== 0 && !frame.invisible) separate(parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  if (flattenFrom >= 0) appendFlat(html, flattenFrom, append);

  if (batches.length > 0) batches.push(parts.join(''));
  return {
    text: batches.length > 0 ? batches.join('') : parts.join(''),
    segments: segments.done(),
    hidden: hidden.done(),
    links,
    images,
    elements,
    eventHandlers,
    asciiEntities,
    hugeFonts,
    colors: [...colors].sort(),
    unclosed,
    styleSheets,
    lowContrast: lowContrast.done(),
    unreadPaint: styles.sheet.unreadPaint,
  };
}
