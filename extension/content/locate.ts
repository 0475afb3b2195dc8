/**
 * Maps a finding's location (UTF-16 offsets into the editor's innerHTML, as sent to the core) back
 * to a DOM Range over the live editor, without touching it: we re-derive the HTML serialization
 * (HTML spec "serializing HTML fragments") while walking the tree and remember where each text node
 * and start tag landed. If our serialization differs from the HTML that was scored (the draft
 * changed since, or a browser serializes differently) the offsets are not trusted and the
 * evidence text is searched instead.
 */

const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Text inside these is serialized raw (noscript too: scripting is enabled in an editor's document).
const RAW_TEXT_PARENTS = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

interface TextSpan {
  node: Text;
  start: number;
  end: number;
  escaped: boolean;
}

interface TagSpan {
  element: Element;
  /** offset of `<` */
  start: number;
  /** offset just after the start tag's `>` */
  tagEnd: number;
}

export interface SourceMap {
  html: string;
  texts: TextSpan[];
  tags: TagSpan[];
}

/**
 * Since 2025 (Chromium 138, Firefox 140) `<` and `>` in attribute values are escaped too. Ask the
 * browser once, on an element of an inert document (nothing loads or runs there).
 */
let escapesAngleInAttributes: boolean | undefined;
function attributeEscapesAngles(doc: Document): boolean {
  if (escapesAngleInAttributes === undefined) {
    const probe = doc.implementation.createHTMLDocument('').createElement('p');
    probe.setAttribute('title', '<');
    escapesAngleInAttributes = probe.outerHTML.includes('&lt;');
  }
  return escapesAngleInAttributes;
}

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function escapeAttribute(value: string, angles: boolean): string {
  return value.replace(angles ? /[&"<>\u00a0]/g : /[&"\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}

function tagName(el: Element): string {
  const ns = el.namespaceURI;
  return ns === HTML_NS || ns === SVG_NS || ns === MATHML_NS ? el.localName : el.tagName;
}

function attributeName(attr: Attr): string {
  switch (attr.namespaceURI) {
    case null:
      return attr.localName;
    case XML_NS:
      return `xml:${attr.localName}`;
    case XMLNS_NS:
      return attr.localName === 'xmlns' ? 'xmlns' : `xmlns:${attr.localName}`;
    case XLINK_NS:
      return `xlink:${attr.localName}`;
    default:
      return attr.name;
  }
}

/** Serializes `root`'s children the way innerHTML does, recording where every text node and start tag went. */
export function sourceMap(root: Element): SourceMap {
  const angles = attributeEscapesAngles(root.ownerDocument);
  const parts: string[] = [];
  const texts: TextSpan[] = [];
  const tags: TagSpan[] = [];
  let length = 0;
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
  };

  const walk = (parent: Node): void => {
    const children = parent instanceof HTMLTemplateElement ? parent.content.childNodes : parent.childNodes;
    const rawParent = parent.nodeType === 1 && RAW_TEXT_PARENTS.has((parent as Element).localName);
    for (const node of children) {
      switch (node.nodeType) {
        case 1: {
          const el = node as Element;
          const name = tagName(el);
          const start = length;
          let tag = `<${name}`;
          for (const attr of el.attributes) tag += ` ${attributeName(attr)}="${escapeAttribute(attr.value, angles)}"`;
          push(`${tag}>`);
          tags.push({ element: el, start, tagEnd: length });
          if (el.namespaceURI === HTML_NS && VOID_ELEMENTS.has(el.localName)) break;
          walk(el);
          push(`</${name}>`);
          break;
        }
        case 3: {
          const text = node as Text;
          const start = length;
          push(rawParent ? text.data : escapeText(text.data));
          texts.push({ node: text, start, end: length, escaped: !rawParent });
          break;
        }
        case 4: // CDATA (foreign content)
          push(`<![CDATA[${(node as CharacterData).data}]]>`);
          break;
        case 7:
          push(`<?${(node as ProcessingInstruction).target} ${(node as ProcessingInstruction).data}>`);
          break;
        case 8:
          push(`<!--${(node as Comment).data}-->`);
          break;
        case 10:
          push(`<!DOCTYPE ${(node as DocumentType).name}>`);
          break;
        default:
          break;
      }
    }
  };
  walk(root);
  return { html: parts.join(''), texts, tags };
}

/** Character index in `span.node` of HTML offset `offset` (inside or at the end of the span). */
function charIndex(span: TextSpan, offset: number): number {
  if (!span.escaped) return Math.min(offset - span.start, span.node.data.length);
  let position = span.start;
  const data = span.node.data;
  for (let i = 0; i < data.length; i++) {
    if (position >= offset) return i;
    const c = data[i];
    position += c === '&' ? 5 : c === '<' || c === '>' ? 4 : c === '\u00a0' ? 6 : 1;
  }
  return data.length;
}

/** Index of the last of `count` items whose start (`startAt(i)`, ascending) is at or before `offset`, or -1. */
function lastStartingBy(count: number, startAt: (index: number) => number, offset: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (startAt(mid) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Index of the last span starting at or before `offset` (spans sorted by start), or -1. */
function lastAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  return lastStartingBy(spans.length, (index) => spans[index]!.start, offset);
}

/** The DOM range for HTML offsets [start, end) given a source map of the live editor, or null. */
export function rangeForOffsets(map: SourceMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end >= start && end <= map.html.length)) return null;
  const doc = map.texts[0]?.node.ownerDocument ?? map.tags[0]?.element.ownerDocument;
  if (!doc) return null;

  // Evidence inside one start tag (an href, an img src): select that element. Start tags do not
  // overlap and are in source order: the only candidate is the last one starting at or before `start`.
  const candidate = map.tags[lastAtOrBefore(map.tags, start)];
  const tag = candidate && end <= candidate.tagEnd ? candidate : undefined;
  if (tag) {
    const range = doc.createRange();
    if (VOID_ELEMENTS.has(tag.element.localName) || !tag.element.hasChildNodes()) range.selectNode(tag.element);
    else range.selectNodeContents(tag.element);
    return range;
  }

  // Otherwise cover the text nodes the offsets touch (texts are in source order and do not overlap).
  const stop = Math.max(end, start + 1);
  let from = Math.max(0, lastAtOrBefore(map.texts, start));
  while (from < map.texts.length && map.texts[from]!.end <= start) from++;
  let to = from;
  while (to < map.texts.length && map.texts[to]!.start < stop) to++;
  const first = from < to ? map.texts[from] : undefined;
  const last = from < to ? map.texts[to - 1] : undefined;
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, start > first.start ? charIndex(first, start) : 0);
  range.setEnd(last.node, end < last.end ? charIndex(last, end) : last.node.data.length);
  return range;
}

/** The editor's text as one string, with where each text node starts in it (for the fallback search). */
export interface TextIndex {
  nodes: Text[];
  starts: number[];
  text: string;
  /** `text` lower-cased, built on first use */
  lower?: string;
}

export function textIndex(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(length);
    parts.push((node as Text).data);
    length += (node as Text).data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/**
 * Fallback: the first occurrence of `needle` in the editor's text (exact case first, then any case).
 * `index`: the editor's text index when the caller already has one (one per panel render).
 */
export function rangeForText(root: Element, needle: string, index: TextIndex = textIndex(root)): Range | null {
  const wanted = needle.trim();
  if (!wanted) return null;
  const { nodes, starts, text } = index;
  let at = text.indexOf(wanted);
  if (at < 0) {
    index.lower ??= text.toLowerCase();
    at = index.lower.indexOf(wanted.toLowerCase());
  }
  if (at < 0) return null;
  const locate = (offset: number, isEnd: boolean): [Text, number] | null => {
    // the last node starting before (end) or at (start) the offset; offsets are whole numbers
    const found = lastStartingBy(nodes.length, (index) => starts[index]!, isEnd ? offset - 1 : offset);
    const node = nodes[found];
    return node ? [node, offset - starts[found]!] : null;
  };
  const from = locate(at, false);
  const to = locate(at + wanted.length, true);
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
