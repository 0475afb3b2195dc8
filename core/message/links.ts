/**
 * The message's links stored by column: per link, seven 32-bit numbers in one typed array (text
 * and source offsets, flags, which distinct href, which distinct link text), and each distinct
 * href, parsed URL and shown text once. Rules read them through `LinkView`s, small objects that
 * have the `Link` shape as getters. As plain objects of eleven fields, 230,000 links took 112
 * bytes each, a quarter of the peak memory of a 10 MB page of links; a view and its row take 68.
 */
import type { ParsedUrl } from '../links/url.ts';
import type { Link } from './message.ts';
import { mergeByStart, type Range } from '../text/ranges.ts';

const FIELDS = 7;
const START = 0;
const END = 1;
const SOURCE_START = 2;
const SOURCE_END = 3;
const FLAGS = 4;
const TARGET = 5;
const SHOWN = 6;

export const LinkFlag = { HasImage: 1, Hidden: 2, Bare: 4 } as const;

/**
 * Links as the parse finds them (`add`, then `setEnd`/`markImage` while the `<a>` is open), then
 * filled in by parseMessage once the text is whole (`resolveUrls`, `setShown`).
 */
export class LinkTable {
  length = 0;
  private rows = new Int32Array(FIELDS * 8);
  /** each distinct href, in the order first seen */
  readonly hrefs: string[] = [];
  /** the parsed URL of each of `hrefs`, once `resolveUrls` has run */
  readonly urls: ParsedUrl[] = [];
  /** which of `hrefs` each href is, while links are added (emptied by `resolveUrls`, which ends the table) */
  private readonly hrefIndex = new Map<string, number>();
  /** set by `resolveUrls`: the index is gone, so a link added later would count its href twice */
  private resolved = false;
  /**
   * Each distinct link text, index 0 the empty one, and beside it the registrable domain it shows
   * if it is an address: two columns, not an object a text (100,000 different texts were as many).
   */
  readonly shownTexts: string[] = [''];
  readonly shownDomains: (string | null)[] = [null];

  add(href: string, start: number, end: number, sourceStart: number, sourceEnd: number, flags: number): number {
    if (this.resolved) throw new Error('LinkTable.add after resolveUrls: the table is complete');
    const index = this.length;
    if ((index + 1) * FIELDS > this.rows.length) {
      // Doubling: the rows of 230,000 links are 6.4 MB, the garbage copies as much again at most.
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    let target = this.hrefIndex.get(href);
    if (target === undefined) {
      target = this.hrefs.length;
      this.hrefs.push(href);
      this.hrefIndex.set(href, target);
    }
    const at = index * FIELDS;
    const rows = this.rows;
    rows[at + START] = start;
    rows[at + END] = end;
    rows[at + SOURCE_START] = sourceStart;
    rows[at + SOURCE_END] = sourceEnd;
    rows[at + FLAGS] = flags;
    rows[at + TARGET] = target;
    rows[at + SHOWN] = 0;
    this.length = index + 1;
    return index;
  }

  start(index: number): number {
    return this.rows[index * FIELDS + START] ?? 0;
  }

  end(index: number): number {
    return this.rows[index * FIELDS + END] ?? 0;
  }

  sourceStart(index: number): number {
    return this.rows[index * FIELDS + SOURCE_START] ?? 0;
  }

  sourceEnd(index: number): number {
    return this.rows[index * FIELDS + SOURCE_END] ?? 0;
  }

  flags(index: number): number {
    return this.rows[index * FIELDS + FLAGS] ?? 0;
  }

  /** Which of `hrefs` link `index` goes to. */
  slot(index: number): number {
    return this.rows[index * FIELDS + TARGET] ?? 0;
  }

  href(index: number): string {
    return this.hrefs[this.rows[index * FIELDS + TARGET] ?? 0] ?? '';
  }

  url(index: number): ParsedUrl {
    return this.urls[this.rows[index * FIELDS + TARGET] ?? 0] as ParsedUrl;
  }

  text(index: number): string {
    return this.shownTexts[this.rows[index * FIELDS + SHOWN] ?? 0] ?? '';
  }

  shownDomain(index: number): string | null {
    return this.shownDomains[this.rows[index * FIELDS + SHOWN] ?? 0] ?? null;
  }

  setEnd(index: number, end: number): void {
    this.rows[index * FIELDS + END] = end;
  }

  markImage(index: number): void {
    this.rows[index * FIELDS + FLAGS] = this.flags(index) | LinkFlag.HasImage;
  }

  /**
   * Parses each distinct href once (mail repeats its links: logo, button and footer). The last
   * step of the table: no link is added after it, so the index of hrefs (a Map entry a distinct
   * href) is let go rather than kept for the rest of the analysis.
   */
  resolveUrls(parse: (href: string) => ParsedUrl): void {
    for (let index = this.urls.length; index < this.hrefs.length; index++) this.urls.push(parse(this.hrefs[index] ?? ''));
    this.hrefIndex.clear();
    this.resolved = true;
  }

  /** Sets what link `index` shows: an index into `shown`, from `shownIndex`. */
  setShown(index: number, shown: number): void {
    this.rows[index * FIELDS + SHOWN] = shown;
  }

  /** The index of a new distinct link text and the domain it shows (null if none), for `setShown`. */
  addShown(text: string, domain: string | null): number {
    this.shownTexts.push(text);
    this.shownDomains.push(domain);
    return this.shownTexts.length - 1;
  }

  /**
   * Where the text spells out an address rather than saying something: each bare URL's text
   * (LinkFlag.Bare) and each link text that is itself an address (one that shows a domain,
   * `www.paypal.com`, `https://example.com/login`), in increasing order of start. Read once the
   * shown texts are set. The language detection reads past them: a host's or a path's letters are
   * no words of the mail's language.
   */
  addressRanges(): readonly Range[] {
    const anchors: Range[] = [];
    const bare: Range[] = [];
    for (let index = 0; index < this.length; index++) {
      if (this.flags(index) & LinkFlag.Bare) bare.push({ start: this.start(index), end: this.end(index) });
      else if (this.shownDomain(index) !== null) anchors.push({ start: this.start(index), end: this.end(index) });
    }
    // Each list is in text order: anchors as the parse met them, bare URLs as findUrls found them.
    return mergeByStart(anchors, bare);
  }

  /** One view per link, in the order they were added. */
  views(): Link[] {
    const views: Link[] = [];
    for (let index = 0; index < this.length; index++) views.push(new LinkView(this, index));
    return views;
  }
}

/**
 * Counts links by distinct href without a Set of them: `slots` is how many distinct hrefs the
 * links' table holds, `slot(link)` which of them a link's is (links to one href share one slot and
 * one parsed URL; two slots never share an href string or a parsed URL). A Set of 145,000
 * different hrefs cost its hashing and growth copies, several megabytes at a time, in each rule
 * that counted them; a byte a slot does the same. Null when the links are not all views of one
 * table (links built by hand): count with a Set then.
 */
export function hrefSlots(links: readonly Link[]): { readonly slots: number; slot(link: Link): number } | null {
  const first = links[0];
  if (!(first instanceof LinkView)) return null;
  const table = first.table;
  for (let index = 0; index < links.length; index++) {
    const link = links[index];
    if (!(link instanceof LinkView) || link.table !== table) return null;
  }
  return { slots: table.hrefs.length, slot: (link) => table.slot((link as LinkView).index) };
}

/** A link of a LinkTable in the shape of the Message's `Link`. */
class LinkView implements Link {
  constructor(
    readonly table: LinkTable,
    readonly index: number,
  ) {}

  get href(): string {
    return this.table.href(this.index);
  }

  get url(): ParsedUrl {
    return this.table.url(this.index);
  }

  get text(): string {
    return this.table.text(this.index);
  }

  get start(): number {
    return this.table.start(this.index);
  }

  get end(): number {
    return this.table.end(this.index);
  }

  get sourceStart(): number {
    return this.table.sourceStart(this.index);
  }

  get sourceEnd(): number {
    return this.table.sourceEnd(this.index);
  }

  get shownDomain(): string | null {
    return this.table.shownDomain(this.index);
  }

  get hasImage(): boolean {
    return (this.table.flags(this.index) & LinkFlag.HasImage) !== 0;
  }

  get hidden(): boolean {
    return (this.table.flags(this.index) & LinkFlag.Hidden) !== 0;
  }

  get bare(): boolean {
    return (this.table.flags(this.index) & LinkFlag.Bare) !== 0;
  }

  /** The link as a plain object, in the field order links had as objects (logs, dumps of facts). */
  toJSON(): Link {
    const { href, url, text, start, end, sourceStart, sourceEnd, shownDomain, hasImage, hidden, bare } = this;
    return { href, url, text, start, end, sourceStart, sourceEnd, shownDomain, hasImage, hidden, bare };
  }
}
