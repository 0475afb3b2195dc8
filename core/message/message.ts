/**
 * The read-only Message that one parse produces and every rule reads (DESIGN §1). Offsets named
 * `start`/`end` are UTF-16 offsets into `text` (the visible text); `sourceStart`/`sourceEnd` are
 * offsets into `html`, the string we were given.
 */
import type { FunctionWordVotes } from '../text/language.ts';
import type { TokenList } from '../text/tokenize.ts';
import type { ParsedUrl } from '../links/url.ts';
import type { Range, RangeColumns } from '../text/ranges.ts';
import type { HiddenSpanList } from './hidden-spans.ts';
import type { SegmentList } from './segments.ts';

export type HiddenReason =
  | 'display-none'
  | 'visibility-hidden'
  | 'zero-font-size'
  | 'tiny-font-size'
  | 'same-color-as-background'
  | 'low-contrast'
  | 'off-page'
  | 'zero-size-box'
  | 'transparent'
  | 'hidden-attribute';

export interface HiddenSpan {
  readonly start: number;
  readonly end: number;
  readonly reason: HiddenReason;
  /** the element that hides it, in the HTML source */
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/** A run of `text` that came from one place in the source. */
export interface TextSegment {
  readonly textStart: number;
  readonly textEnd: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** true when text and source are the same characters (no entity, no inserted separator) */
  readonly exact: boolean;
}

/**
 * A link of the message. In a parsed message each is a view over the message's link table
 * (core/message/links.ts): its fields are getters, so copy one with `toJSON()`, never with a spread,
 * `Object.keys` or `structuredClone` (they see no fields), and keep none past the message's life (a
 * view holds the whole table).
 */
export interface Link {
  /** the href as written (entities decoded, trimmed) */
  readonly href: string;
  readonly url: ParsedUrl;
  /** text the reader sees for the link (may be empty for image links) */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** the opening tag in the source, or the URL itself for links found in plain text */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** registrable domain the link text shows (`www.paypal.com` → `paypal.com`), when it shows one */
  readonly shownDomain: string | null;
  readonly hasImage: boolean;
  readonly hidden: boolean;
  /** a bare URL in the text rather than an `<a href>` */
  readonly bare: boolean;
}

/**
 * What the analysis did not check one by one in a message that links to more different addresses
 * than LINK_ADDRESS_LIMIT (core/message/links.ts): `Message.links` holds only the links to the
 * first that many, in text order.
 */
export interface LinkScan {
  /** how many different addresses were checked (the limit) */
  readonly checked: number;
  /** how many different addresses (hrefs) the message links to, `<a href>` links and URLs written in the text */
  readonly addresses: number;
  /**
   * the different addresses of the links the reader sees, checked or not (hidden links, in-page
   * `#…` and empty hrefs aside): link-density's count and `stats.links`
   */
  readonly shownAddresses: number;
  /** the first link, in text order, to an address that was not checked: where checking stopped */
  readonly firstUnchecked: LinkPlace;
  /**
   * every link to an address that was not checked, by column, in the order of the table (`<a href>`
   * links, then URLs written in the text): where it is, its href and whether it is hidden, for the
   * cheap string tests that must see every link (the opt-out reading), never a parsed URL
   */
  readonly unchecked: LinkPlaces;
}

/** Where a link is written and the address it goes to, without what is read of it (its URL, its text). */
export type LinkPlace = Pick<Link, 'href' | 'start' | 'end' | 'sourceStart' | 'sourceEnd' | 'bare'>;

/** Links by column, read by index: `place(index)` builds one as an object. */
export interface LinkPlaces {
  readonly length: number;
  href(index: number): string;
  start(index: number): number;
  end(index: number): number;
  hidden(index: number): boolean;
  place(index: number): LinkPlace;
}

export interface Image {
  readonly src: string;
  readonly alt: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly linked: boolean;
  readonly hidden: boolean;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/** A tag worth reporting (form, script, iframe, meta refresh, stylesheet, …) with its source span. */
export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

export interface StyledSpan {
  readonly start: number;
  readonly end: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly value: string;
}

export interface Message {
  /** the HTML source ('' for a text-only message) */
  readonly html: string;
  readonly isHtml: boolean;
  /** visible text: the HTML's text content, or the plain text when there is no HTML */
  readonly text: string;
  readonly segments: SegmentList;
  /** stored by column (hidden-spans.ts): read `start(i)`/`end(i)`/`reason(i)`, or `get(i)` for an object */
  readonly hidden: HiddenSpanList;
  /**
   * text the reader sees only with effort: its colour is close to its background (reason
   * `low-contrast`). Not in `hidden`: links and words there still count as shown.
   */
  readonly lowContrast: HiddenSpanList;
  /** the text/plain alternative, when an .eml or the caller gave both */
  readonly plainText: string | null;
  readonly subject: string | null;
  /** lower-case header name → values, in order */
  readonly headers: ReadonlyMap<string, readonly string[]>;

  /** the links, in the order the parse met them (`<a href>` links, then URLs written in the text); only those to checked addresses when `linkScan` is set */
  readonly links: readonly Link[];
  /** set when the message links to more different addresses than are checked one by one; null for nearly all mail */
  readonly linkScan: LinkScan | null;
  /**
   * where the text writes URLs out (the bare links), every one, in text order, also when `links`
   * holds only some: their words are no prose (link-density, leet-speak, the trigger reading)
   */
  readonly urlsInText: RangeColumns;
  readonly images: readonly Image[];
  /** forms and their controls, scripts, iframes, embed/object/applet, meta refresh, external CSS, base */
  readonly elements: readonly Element[];
  /** attributes such as `onclick`/`onerror` (script that runs on an event) */
  readonly eventHandlers: readonly Element[];
  /** `&#86;`-style entities that encode a plain ASCII letter or digit */
  readonly asciiEntities: readonly StyledSpan[];
  /** text set in a huge font (≥ 32 px), value = the size */
  readonly hugeFonts: readonly StyledSpan[];
  /** distinct text colours set in the markup */
  readonly colors: readonly string[];
  /** elements closed only because the parser had to (missing end tags) */
  readonly unclosed: readonly Element[];
  /** CSS text of `<style>` blocks */
  readonly styleSheets: readonly string[];
  /**
   * a `<style>` rule the parse could not apply (a descendant or pseudo selector) sets a colour or
   * a background, so colour hiding may be a misreading
   */
  readonly unreadPaint: boolean;

  readonly htmlBytes: number;
  /** where Gmail's ~102 KB clipping would cut, as a byte offset and an index into `html` */
  readonly clip: { readonly byte: number; readonly sourceIndex: number } | null;

  /**
   * given the headers of a whole message (an .eml, with From or Received), not just a draft's HTML
   * and subject: only then is a missing header a fact about the message, and only then are its
   * merge tags filled in (facts.wholeMessage reads it)
   */
  readonly wholeMessage: boolean;
  /**
   * template syntax (`{{ name }}`, `*|FNAME|*`, …) and filler copy (Lorem ipsum) in `text`, sorted;
   * a tag's fallback (`[[x OR "Friend"]]`) is text, left out; none in a whole message
   */
  readonly placeholders: readonly Range[];
  readonly language: string;
  /** the function words' votes the detection weighed (core/text/language.ts): none when the text is mostly in another script */
  readonly functionWords: FunctionWordVotes;
  readonly tokens: TokenList;
  readonly subjectTokens: TokenList;
  /**
   * the words of `plainText`, tokenized once (the trigger phrases and text-part-mismatch read them);
   * none when there is no text/plain alternative (a text-only message's text is `text`)
   */
  readonly plainTokens: TokenList;
  /**
   * the language of `plainText`, read as `language` is (in its first words), or null without a
   * text/plain alternative: a text part may be in another language than the HTML, and its phrases
   * are read in its own language too when the language is detected
   */
  readonly plainLanguage: string | null;
}
