/**
 * Just enough CSS to know what a reader sees: inline `style` declarations, colours and lengths.
 * Email clients ignore most stylesheets and honour inline styles, so hiding tricks live here.
 */

/**
 * Parses `a: b; c: d` into a map of lower-case property → trimmed value (last one wins). One split
 * and one pass, so linear in the style's length; not capped, since a hiding declaration may come
 * after any amount of padding. The readers below cap what they read of a value.
 */
export function parseStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    // Only a value with a `!` can hold `!important`: the others skip the regular expression.
    const raw = part.slice(colon + 1);
    const value = (raw.includes('!') ? raw.replace(/!\s*important/i, '') : raw).trim().toLowerCase();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

export type Rgb = readonly [number, number, number];

const NAMED: ReadonlyMap<string, Rgb> = new Map([
  ['white', [255, 255, 255]], ['black', [0, 0, 0]], ['red', [255, 0, 0]], ['green', [0, 128, 0]],
  ['blue', [0, 0, 255]], ['yellow', [255, 255, 0]], ['gray', [128, 128, 128]], ['grey', [128, 128, 128]],
  ['silver', [192, 192, 192]], ['navy', [0, 0, 128]], ['maroon', [128, 0, 0]], ['purple', [128, 0, 128]],
  ['orange', [255, 165, 0]], ['lime', [0, 255, 0]], ['aqua', [0, 255, 255]], ['fuchsia', [255, 0, 255]],
  ['teal', [0, 128, 128]], ['olive', [128, 128, 0]], ['whitesmoke', [245, 245, 245]], ['snow', [255, 250, 250]],
  ['ivory', [255, 255, 240]], ['ghostwhite', [248, 248, 255]], ['lightgray', [211, 211, 211]],
  ['lightgrey', [211, 211, 211]], ['darkgray', [169, 169, 169]], ['pink', [255, 192, 203]],
]);

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/;
const RGB_FUNCTION = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})(?:[\s,/]+([\d.]+%?))?\s*\)$/;

/** A colour value, or null for anything we cannot read (gradients, variables, `inherit`). */
export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  const named = NAMED.get(v);
  if (named) return named;
  const hex = HEX.exec(v);
  if (hex?.[1]) {
    // One parseInt of the 3 or 6 hex digits, then their channels by shifts (`#abc` is `#aabbcc`: a
    // doubled digit is 17 times the digit), no copies or arrays of the digits.
    const digits = hex[1];
    const n = parseInt(digits, 16);
    if (digits.length === 3) return [((n >> 8) & 0xf) * 17, ((n >> 4) & 0xf) * 17, (n & 0xf) * 17];
    return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  }
  const rgb = v.length < 64 ? RGB_FUNCTION.exec(v) : null;
  if (rgb) {
    const alpha = rgb[4];
    if (alpha !== undefined && parseFloat(alpha) === 0) return null;
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])].map((c) => Math.min(255, c)) as unknown as Rgb;
  }
  return null;
}

/** The first colour-looking word of a `background` shorthand. */
export function backgroundColor(value: string): Rgb | null {
  // `rgb(35, 47, 160)` holds spaces: join function arguments before splitting the shorthand.
  for (const word of value.slice(0, 256).replace(/\s*([,()])\s*/g, '$1').split(/\s+/).slice(0, 8)) {
    const color = parseColor(word);
    if (color) return color;
  }
  return null;
}

/** Euclidean distance in RGB, 0–441. Below ~30 a reader cannot tell text from its background. */
export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** A CSS length in px (px, pt, em/rem at 16 px), or null when it is relative or unreadable. */
export function parseLength(value: string): number | null {
  const match = /^(-?\d*\.?\d+)\s*(px|pt|em|rem|%)?$/.exec(value.trim().slice(0, 32));
  if (!match?.[1]) return null;
  const n = parseFloat(match[1]);
  switch (match[2]) {
    case 'pt':
      return n * (4 / 3);
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return null;
    default:
      return n;
  }
}

/** HTML `<font size>` 1–7 (or ±n relative to 3) in px, per the HTML legacy mapping. */
export function fontSizeAttribute(value: string): number | null {
  const trimmed = value.trim();
  const n = parseInt(trimmed, 10);
  if (Number.isNaN(n)) return null;
  const size = trimmed.startsWith('+') || trimmed.startsWith('-') ? 3 + n : n;
  const px = [9, 10, 13, 16, 18, 24, 32, 48];
  return px[Math.max(0, Math.min(7, size))] ?? null;
}

/**
 * How far apart two colours look: the RGB distance with each channel weighted by its share of
 * luminance (ITU-R BT.709), as SpamAssassin's HTML_FONT_LOW_CONTRAST measures it. 0–191; greys
 * differing by Δ per channel are 0.75·Δ apart, so red on green (same luminance, different hue)
 * still reads as far apart, which a pure luminance ratio would miss.
 */
export function perceivedDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(0.2126 * (a[0] - b[0]), 0.7152 * (a[1] - b[1]), 0.0722 * (a[2] - b[2]));
}

/** One declaration of a rule or a `style` attribute. */
export interface Declaration {
  readonly property: string;
  readonly value: string;
  readonly important: boolean;
}

/** Parses `a: b !important; c: d` into declarations in source order (lower-case, trimmed). */
export function parseDeclarations(style: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    let value = part.slice(colon + 1).trim().toLowerCase();
    const bang = value.indexOf('!');
    const important = bang >= 0 && /^!\s*important$/.test(value.slice(bang));
    if (important) value = value.slice(0, bang).trim();
    if (property && value) declarations.push({ property, value, important });
  }
  return declarations;
}

/** A rule whose selector is one compound of a tag, classes and an id (`p`, `.note`, `td.cta`, `#footer`). */
interface SimpleRule {
  readonly tag: string | null;
  readonly classes: readonly string[];
  readonly id: string | null;
  /** CSS specificity as one number: ids × 10⁴ + classes × 10² + tags */
  readonly specificity: number;
  /** rank among the rules kept, in source order across every `<style>` block */
  readonly order: number;
  readonly declarations: readonly Declaration[];
}

/**
 * The `<style>` rules a reader's client applies that decide whether text is seen: simple selectors
 * only (a tag, classes, an id, in one compound). Rules with descendant, child, sibling, attribute
 * or pseudo selectors are not applied: matching them would need the element's ancestry and
 * siblings, and email clients drop many of them anyway. Rules inside `@media` are conditional (one
 * screen size, dark mode) and are not applied either; what they show again is remembered, so that
 * the responsive pattern (hidden on desktop, `display:block !important` on mobile) is not hiding.
 */
export interface StyleSheet {
  /** rules by the key an element is looked up with: `#id`, else `.first-class`, else the tag */
  readonly rules: ReadonlyMap<string, readonly SimpleRule[]>;
  /** `.class` and `#id` keys that a `@media` rule shows again (display other than none, visibility:visible, a height) */
  readonly revealed: ReadonlySet<string>;
  /** class-name fragments a `@media` rule shows again through `[class*="…"]` */
  readonly revealedFragments: readonly string[];
  /** a rule we could not apply sets a colour or a background: colour hiding is then a guess */
  readonly unreadPaint: boolean;
}


const COMPOUND = /^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$/i;
const PAINT = new Set(['color', 'background', 'background-color', 'background-image']);
/** Style text read per message: past it, rules are ignored (a hostile sheet cannot cost more). */
const MAX_SHEET_CHARS = 512 * 1024;

/** What a simple selector names (SimpleRule's tag, classes and id), or null for any other selector. */
interface Compound {
  readonly tag: string | null;
  readonly classes: readonly string[];
  readonly id: string | null;
}

function compoundOf(selector: string): Compound | null {
  const match = COMPOUND.exec(selector);
  if (!match || selector === '') return null;
  const tag = match[1]?.toLowerCase() ?? null;
  const classes: string[] = [];
  let id: string | null = null;
  for (const part of (match[2] ?? '').match(/[.#][\w-]+/g) ?? []) {
    if (part[0] === '#') {
      if (id !== null) return null;
      id = part.slice(1);
    } else classes.push(part.slice(1));
  }
  return { tag, classes, id };
}

function simpleRule({ tag, classes, id }: Compound, declarations: readonly Declaration[], order: number): SimpleRule {
  return { tag, classes, id, specificity: (id ? 10_000 : 0) + classes.length * 100 + (tag ? 1 : 0), order, declarations };
}

function ruleKey(rule: SimpleRule): string {
  return rule.id !== null ? `#${rule.id}` : rule.classes[0] !== undefined ? `.${rule.classes[0]}` : (rule.tag ?? '');
}

/**
 * Records the classes and ids a `@media` selector names in its last compound (`.show-mobile`,
 * `td.mobile`, `#nav`, `td[class*="mobile-show"]`, `[class~=x]`, `[id="y"]`): any selector may name
 * them, since only the names matter for "shown again on another screen".
 */
function noteRevealed(selector: string, revealed: Set<string>, fragments: string[]): void {
  const last = selector.replace(/\s*(?:[>+]|~(?!=))\s*/g, ' ').trim().split(/\s+/).pop() ?? '';
  for (const part of last.match(/[.#][\w-]+/g) ?? []) revealed.add(part);
  for (const match of last.matchAll(/\[\s*(class|id)\s*([*~|^$]?)=\s*["']?([\w-]+)["']?\s*\]/g)) {
    const [, attribute, operator, name] = match;
    if (!name) continue;
    if (operator === '*' || operator === '^' || operator === '$') {
      if (attribute === 'class' && fragments.length < 200 && !fragments.includes(name)) fragments.push(name);
    } else revealed.add(`${attribute === 'id' ? '#' : '.'}${name}`);
  }
}

/** A size that shows what a size of 0 hid. */
const showsSize = (value: string): boolean => value === 'none' || value === 'auto' || (parseLength(value) ?? 1) > 0;

/**
 * The properties `reveals` reads, each with the test of a value that shows what a default rule hid.
 * The one list of them: MAY_REVEAL is built from its keys, so a property added here is also let
 * through the filter.
 */
const REVEALING: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['display', (value: string) => value !== 'none'],
  ['visibility', (value: string) => value === 'visible'],
  ['max-height', showsSize],
  ['height', showsSize],
  ['font-size', showsSize],
  ['opacity', (value: string) => parseFloat(value) > 0],
  ['overflow', (value: string) => value === 'visible'],
]);

/**
 * Whether a rule's body may declare a property `reveals` reads: a test of the body before it is
 * parsed. Case aside, since parseDeclarations lower-cases properties (the names are letters and
 * hyphens: nothing to escape).
 */
const MAY_REVEAL = new RegExp([...REVEALING.keys()].join('|'), 'i');

/** A declaration that shows what a default rule hid: in `@media`, the mark of a responsive layout. */
function reveals({ property, value }: Declaration): boolean {
  return REVEALING.get(property)?.(value) ?? false;
}

/** A style sheet that grows as the parse meets `<style>` blocks; `sheet` is the same object throughout. */
export interface StyleSheetBuilder {
  readonly sheet: StyleSheet;
  /** Adds the rules of one `<style>` block, after those already added. */
  add(css: string): void;
}

/**
 * A builder of the style sheet of one message. Each block is read in one linear scan: comments
 * skipped, at-rules other than `@media`/`@supports` skipped whole, braces counted.
 */
export function styleSheetBuilder(): StyleSheetBuilder {
  const rules = new Map<string, SimpleRule[]>();
  const revealed = new Set<string>();
  const revealedFragments: string[] = [];
  const sheet = { rules, revealed, revealedFragments, unreadPaint: false };
  let order = 0;
  let budget = MAX_SHEET_CHARS;

  // A rule's declarations are parsed only when something is read from them: a rule that cannot
  // apply (a `@media` rule, a selector that is not simple) matters only for what it shows again or
  // whether it paints, and most do neither. (`order` counts the rules kept: only their relative
  // order is read, by the cascade.)
  const addRule = (selectorText: string, body: string, conditional: boolean): void => {
    if (conditional) {
      // Only a declaration of a property `reveals` reads can count as showing an element again.
      if (!MAY_REVEAL.test(body) || !parseDeclarations(body).some(reveals)) return;
      for (const raw of selectorText.split(',')) noteRevealed(raw.trim().slice(0, 500), revealed, revealedFragments);
      return;
    }
    let declarations: readonly Declaration[] | null = null;
    for (const raw of selectorText.split(',')) {
      const compound = compoundOf(raw.trim());
      if (!compound) {
        // What a rule we cannot apply does matters only until one is found that paints.
        if (sheet.unreadPaint) continue;
        declarations ??= parseDeclarations(body);
        if (declarations.some((d) => PAINT.has(d.property))) sheet.unreadPaint = true;
        continue;
      }
      declarations ??= parseDeclarations(body);
      if (declarations.length === 0) return;
      const rule = simpleRule(compound, declarations, order++);
      const key = ruleKey(rule);
      const list = rules.get(key);
      if (list) list.push(rule);
      else rules.set(key, [rule]);
    }
  };

  return {
    sheet,
    add(css) {
      if (budget <= 0) return;
      const text = css.length > budget ? css.slice(0, budget) : css;
      budget -= text.length;
      scanRules(stripComments(text), addRule);
    },
  };
}

/** The style sheet of `<style>` blocks, in order. */
export function buildStyleSheet(blocks: readonly string[]): StyleSheet {
  const builder = styleSheetBuilder();
  for (const block of blocks) builder.add(block);
  return builder.sheet;
}

/** `css` without `/* … *\/` comments and HTML comment markers (`<!--` hides old clients' view of the sheet). */
function stripComments(css: string): string {
  let out = '';
  let cursor = 0;
  while (cursor < css.length) {
    const open = css.indexOf('/*', cursor);
    if (open < 0) {
      out += css.slice(cursor);
      break;
    }
    out += css.slice(cursor, open);
    const close = css.indexOf('*/', open + 2);
    if (close < 0) break;
    cursor = close + 2;
  }
  return out.replaceAll('<!--', ' ').replaceAll('-->', ' ');
}

/**
 * Calls `rule(selector, body, conditional)` for each rule of `css`: top-level rules, and the rules
 * inside `@media` / `@supports` blocks as conditional. Other at-rules are skipped with their block.
 */
function scanRules(css: string, rule: (selector: string, body: string, conditional: boolean) => void): void {
  let cursor = 0;
  /** depth of the `@media`/`@supports` blocks we are inside */
  let conditional = 0;
  // The next brace of each kind, searched again only once the cursor has passed it: a sheet of a
  // million `}` and no `{` is still read once.
  let open = -1;
  let close = -1;
  while (cursor < css.length) {
    if (open < cursor) open = nextIndex(css, '{', cursor);
    if (close < cursor) close = nextIndex(css, '}', cursor);
    if (close < open) {
      // The end of a conditional block (or a stray brace).
      if (conditional > 0) conditional--;
      cursor = close + 1;
      continue;
    }
    if (open === css.length) break;
    const prelude = css.slice(cursor, open).trim();
    if (prelude.startsWith('@')) {
      // `@import …;` statements before the block belong to no rule.
      const statement = prelude.lastIndexOf(';');
      const atRule = statement >= 0 ? prelude.slice(statement + 1).trim() : prelude;
      if (/^@(?:media|supports)\b/i.test(atRule)) {
        conditional++;
        cursor = open + 1;
      } else {
        cursor = skipBlock(css, open);
      }
      continue;
    }
    if (close === css.length) break;
    const selector = prelude.slice(prelude.lastIndexOf(';') + 1);
    rule(selector, css.slice(open + 1, close), conditional > 0);
    cursor = close + 1;
  }
}

/** The index of `char` at or after `from`, or the length of the text when there is none. */
function nextIndex(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** The index after the block that opens at `open`, nested braces included. */
function skipBlock(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i + 1;
  }
  return css.length;
}

/**
 * The declarations that apply to one element, as a map of property → value: the sheet's rules in
 * order of specificity and source, then the inline style, then `!important` rules, then inline
 * `!important` (the cascade, without inheritance: the parse inherits what it needs). Null when
 * nothing applies.
 */
export function cascade(sheet: StyleSheet, tag: string, classAttribute: string | undefined, id: string | undefined, inline: string | undefined): Map<string, string> | null {
  const matched: SimpleRule[] = [];
  const collect = (key: string, classes: readonly string[]): void => {
    const candidates = sheet.rules.get(key);
    if (!candidates) return;
    for (const rule of candidates) {
      if (rule.tag !== null && rule.tag !== tag) continue;
      if (rule.id !== null && rule.id !== id) continue;
      if (rule.classes.length > 1 && !rule.classes.every((name) => classes.includes(name))) continue;
      matched.push(rule);
    }
  };
  if (sheet.rules.size > 0) {
    const classes = classAttribute ? classAttribute.split(/\s+/).filter(Boolean).slice(0, 32) : [];
    collect(tag, classes);
    for (const name of new Set(classes)) collect(`.${name}`, classes);
    if (id) collect(`#${id}`, classes);
  }
  const own = inline ? parseDeclarations(inline) : [];
  if (matched.length === 0 && own.length === 0) return null;
  const result = new Map<string, string>();
  const sorted = matched.length > 1 ? matched.sort((a, b) => a.specificity - b.specificity || a.order - b.order) : matched;
  for (const rule of sorted) for (const d of rule.declarations) if (!d.important) result.set(d.property, d.value);
  for (const d of own) if (!d.important) result.set(d.property, d.value);
  for (const rule of sorted) for (const d of rule.declarations) if (d.important) result.set(d.property, d.value);
  for (const d of own) if (d.important) result.set(d.property, d.value);
  return result;
}

/** Whether a `@media` rule shows this element again (its class or id). */
export function revealedBy(sheet: StyleSheet, classAttribute: string | undefined, id: string | undefined): boolean {
  if (sheet.revealed.size === 0 && sheet.revealedFragments.length === 0) return false;
  if (id && sheet.revealed.has(`#${id}`)) return true;
  if (!classAttribute) return false;
  if (sheet.revealedFragments.some((fragment) => classAttribute.includes(fragment))) return true;
  return classAttribute.split(/\s+/).some((name) => name !== '' && sheet.revealed.has(`.${name}`));
}

/** The font size of a `font` shorthand (`bold 14px/20px Arial`, `0/0 a`), or null. */
export function fontShorthandSize(value: string): number | null {
  for (const word of value.slice(0, 128).split(/\s+/)) {
    const size = word.split('/')[0] ?? '';
    if (size === '0') return 0;
    if (/^\d*\.?\d+(?:px|pt|em|rem)$/.test(size)) return parseLength(size);
  }
  return null;
}
