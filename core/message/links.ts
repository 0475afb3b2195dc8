/**
 * The message's links stored by column: per link, seven 32-bit numbers in one typed array (text
 * and source offsets, flags, which distinct href, which distinct link text), and each distinct
 * href, parsed URL and shown text once. Rules read them through `LinkView`s, small objects that
 * have the `Link` shape as getters. As plain objects of eleven fields, 230,000 links took 112
 * bytes each, a quarter of the peak memory of a 10 MB page of links; a view and its row take 68.
 */
import type { ParsedUrl } from '../links/url.ts';
import type { Link, LinkPlace, LinkPlaces, LinkScan } from './message.ts';
import { mergeByStart, type Range, type RangeColumns } from '../text/ranges.ts';

/**
 * How many different link addresses (distinct hrefs, `<a href>` links and URLs written in the text
 * alike) an analysis checks one by one: the first this many in text order. The links to the others
 * are counted (`stats.links` stays exact) but get no parsed URL, no shown domain and no link view,
 * so no rule looks at where they go, and the advice `unchecked-links` says so. What costs per
 * distinct address (the URL parse with its UTS #46 host mapping, the domain a link text shows,
 * look-alike, mismatch, shortener, tracker, redirect and free-hosting checks) grew to 1.6–5 s and
 * 13–23× the input's size on 10 MB of links that all differ (docs/speed.md, bound34).
 *
 * The precedent: SpamAssassin's `body_part_scan_size` (50,000 bytes of each text part for its body
 * rules; `rawbody_part_scan_size`, 500,000) and its URIDNSBL plugin's `uridnsbl_max_domains` (20
 * domains looked up); rspamd's `max_urls` (10,240 URLs a message, "to avoid DoS"; the URLs past it
 * are dropped without a word) and its url_suspect plugin's `max_urls` (10,000). The figure: the
 * dev corpus's largest message links to 3,139 different addresses (a 196 KB plain-text digest of
 * weblog updates, SpamAssassin hard_ham), the next 232; the test fixtures at most 133, the examples
 * 4; Gmail clips a message at 102 KB, which holds about 1,650 links at that digest's 62 bytes a
 * link and about 3,200 of the shortest plausible `<a href="https://x.io/1">1</a>`. 10,000 is three
 * times the largest and as rspamd's url_suspect.
 */
export const LINK_ADDRESS_LIMIT = 10_000;

/** Whether `href` goes somewhere: neither empty nor an in-page anchor (`#…`), which LINK_ADDRESS_LIMIT does not count. */
export function isAddress(href: string): boolean {
  return href !== '' && !href.startsWith('#');
}

/**
 * Whether links to `href` count among the different addresses the reader sees (link-density's
 * count, `stats.links`): not hidden, and an address (`isAddress`).
 */
export function isShownAddress(href: string, hidden: boolean): boolean {
  return !hidden && isAddress(href);
}

/** The links to the first addresses of a table past its limit (`LinkTable.bound`), and what is said of the rest. */
export interface LinkBound {
  /** by href slot: 1 for an address checked one by one */
  readonly checked: Uint8Array;
  readonly scan: LinkScan;
}

const FIELDS = 7;
const START = 0;
const END = 1;
const SOURCE_START = 2;
const SOURCE_END = 3;
const FLAGS = 4;
const TARGET = 5;
const SHOWN = 6;

export const LinkFlag = { HasImage: 1, Hidden: 2, Bare: 4 } as const;

/** How many distinct strings `StringSlots` keeps in a Map before it moves them to its table. */
const TABLE_FROM = 4096;
/** How far `StringSlots` probes for a string before it gives up its table for a Map. */
const MAX_PROBE = 128;

/**
 * A string's hash for `StringSlots`: FNV-1a over its UTF-16 units, then murmur3's finaliser (the
 * cell is the hash's low bits, and FNV's low bits never see its inputs' high ones).
 */
function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** Puts an entry (slot + 1) and its hash in the first empty cell from the hash's own (there is one: the cells are at most half full). */
function place(cells: Int32Array, entry: number, hash: number): void {
  const mask = (cells.length >>> 1) - 1;
  let cell = hash & mask;
  while (cells[2 * cell] !== 0) cell = (cell + 1) & mask;
  cells[2 * cell] = entry;
  cells[2 * cell + 1] = hash;
}

/**
 * Which string of a list each string is, pushing a new one onto the list: the link table's index
 * of distinct hrefs. Up to TABLE_FROM strings, a Map (mail links to a few dozen addresses, the
 * dev corpus's largest to 3,139, and V8 hashes a long tracking URL faster than a loop of ours);
 * past it, an open-addressing table of 32-bit cells, a string's slot and its hash side by side, so
 * a probe reads a few neighbouring numbers and touches a string only when the hashes agree. A Map
 * of 217,732 distinct hrefs (10 MB of distinct non-ASCII hosts) cost about 0.5 µs a new one warm
 * and, with its 8-byte entries and their growth copies, about 14 MB of old space (docs/speed.md,
 * host37).
 *
 * The hash is no secret, so a page can be made of hrefs that collide; a probe longer than
 * MAX_PROBE cells (linear probing at most half full takes a few on any honest input) moves the
 * index back to a Map for good: crafted collisions cost at most MAX_PROBE comparisons each until
 * then. Slots are given in first-seen order either way, so nothing a report says depends on which
 * is used.
 */
export class StringSlots {
  private map: Map<string, number> | null = new Map();
  /** per cell: slot + 1 (0 for an empty cell), then the string's hash; null while the Map is used */
  private cells: Int32Array | null = null;
  /** a probe passed `maxProbe`: the Map is used from then on */
  private collided = false;

  constructor(
    /** the strings, in the order first seen: a string's slot is its index here */
    private readonly list: string[],
    private readonly tableFrom: number = TABLE_FROM,
    private readonly maxProbe: number = MAX_PROBE,
  ) {}

  /** Whether the strings are in the table of cells now (not in a Map). */
  get tabled(): boolean {
    return this.cells !== null;
  }

  /** The slot of `value`, which is pushed onto the list when it is new. */
  slot(value: string): number {
    const cells = this.cells;
    if (cells === null) {
      const slot = this.mapSlot(value);
      if (!this.collided && this.list.length >= this.tableFrom) this.toCells();
      return slot;
    }
    const hash = hashOf(value);
    const mask = (cells.length >>> 1) - 1;
    let cell = hash & mask;
    for (let probe = 0; ; probe++) {
      const entry = cells[2 * cell] ?? 0;
      if (entry === 0) break;
      if (cells[2 * cell + 1] === hash && this.list[entry - 1] === value) return entry - 1;
      if (probe >= this.maxProbe) {
        this.toMap();
        return this.mapSlot(value);
      }
      cell = (cell + 1) & mask;
    }
    const slot = this.list.length;
    this.list.push(value);
    cells[2 * cell] = slot + 1;
    cells[2 * cell + 1] = hash;
    // At most half full: twice the cells, each entry moved by the hash it keeps.
    if (2 * (slot + 1) > mask + 1) {
      const grown = new Int32Array(2 * cells.length);
      for (let from = 0; from < cells.length; from += 2) if (cells[from] !== 0) place(grown, cells[from] ?? 0, cells[from + 1] ?? 0);
      this.cells = grown;
    }
    return slot;
  }

  private toCells(): void {
    let size = 64;
    while (size < 2 * (this.list.length + 1)) size *= 2;
    const cells = new Int32Array(2 * size);
    for (let slot = 0; slot < this.list.length; slot++) place(cells, slot + 1, hashOf(this.list[slot] ?? ''));
    this.cells = cells;
    this.map = null;
  }

  private toMap(): void {
    const map = new Map<string, number>();
    for (let slot = 0; slot < this.list.length; slot++) map.set(this.list[slot] ?? '', slot);
    this.map = map;
    this.cells = null;
    this.collided = true;
  }

  private mapSlot(value: string): number {
    const map = this.map as Map<string, number>;
    let slot = map.get(value);
    if (slot === undefined) {
      slot = this.list.length;
      this.list.push(value);
      map.set(value, slot);
    }
    return slot;
  }
}

/**
 * Links as the parse finds them (`add`, then `setEnd`/`markImage` while the `<a>` is open), then
 * filled in by parseMessage once the text is whole (`resolveUrls`, `setShown`).
 */
export class LinkTable {
  length = 0;
  private rows = new Int32Array(FIELDS * 8);
  /** each distinct href, in the order first seen */
  readonly hrefs: string[] = [];
  /** the parsed URL of each of `hrefs`, once `resolveUrls` has run (past the limit only of the checked ones: `bound`) */
  readonly urls: ParsedUrl[] = [];
  /** which of `hrefs` each href is, while links are added (let go by `resolveUrls`, which ends the table) */
  private hrefIndex: StringSlots | null = new StringSlots(this.hrefs);
  /**
   * Each distinct link text, index 0 the empty one, and beside it the registrable domain it shows
   * if it is an address: two columns, not an object a text (100,000 different texts were as many).
   */
  readonly shownTexts: string[] = [''];
  readonly shownDomains: (string | null)[] = [null];

  add(href: string, start: number, end: number, sourceStart: number, sourceEnd: number, flags: number): number {
    // The index is gone once `resolveUrls` has run: a link added later would count its href twice.
    if (this.hrefIndex === null) throw new Error('LinkTable.add after resolveUrls: the table is complete');
    const index = this.length;
    if ((index + 1) * FIELDS > this.rows.length) {
      // Doubling: the rows of 230,000 links are 6.4 MB, the garbage copies as much again at most.
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const target = this.hrefIndex.slot(href);
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
   * Parses each distinct href once (mail repeats its links: logo, button and footer), or each
   * `checked` one (`bound`). The last step of the table: no link is added after it, so the index of
   * hrefs (a Map entry a distinct href) is let go rather than kept for the rest of the analysis.
   */
  resolveUrls(parse: (href: string) => ParsedUrl, checked: Uint8Array | null = null): void {
    // Past the limit only the checked hrefs are parsed: the others are holes, which no view reaches (`views`).
    for (let index = this.urls.length; index < this.hrefs.length; index++) if (checked === null || checked[index] === 1) this.urls[index] = parse(this.hrefs[index] ?? '');
    this.urls.length = this.hrefs.length;
    this.hrefIndex = null;
  }

  /**
   * Null when the links go to at most `limit` different addresses (hrefs that are addresses:
   * `isAddress`; empty and in-page ones go nowhere, are not counted and are always checked); else
   * which are checked: the first `limit`, those of the links the reader sees first, then those of
   * hidden links, each in text order, an anchor's place its tag's and a URL written in the text its
   * own (the table holds the anchors first, then the bare URLs, each in text order: merged here by
   * start, an anchor first at a tie), with the figures the report gives and the first link, in that
   * order, to an address past them. Read once the bare URLs are added, before `resolveUrls`.
   */
  bound(limit: number): LinkBound | null {
    const slots = this.hrefs.length;
    const checked = new Uint8Array(slots);
    let addresses = 0;
    for (let slot = 0; slot < slots; slot++) {
      if (isAddress(this.hrefs[slot] ?? '')) addresses++;
      else checked[slot] = 1;
    }
    if (addresses <= limit) return null;
    const anchors = this.firstBare();
    let count = 0;
    let first = -1;
    // Padding hidden from the reader must not push a link the reader sees past the limit.
    for (const hidden of [0, LinkFlag.Hidden]) {
      let anchor = 0;
      let bare = anchors;
      while (first < 0 && (anchor < anchors || bare < this.length)) {
        const index = anchor < anchors && (bare >= this.length || this.start(anchor) <= this.start(bare)) ? anchor++ : bare++;
        const slot = this.slot(index);
        if ((this.flags(index) & LinkFlag.Hidden) !== hidden || checked[slot] === 1) continue;
        if (count < limit) {
          checked[slot] = 1;
          count++;
        } else first = index;
      }
    }
    // The different addresses the reader sees, checked or not, as link-density counts them; and
    // the rows of the links to the addresses not checked.
    const seen = new Uint8Array(slots);
    let shownAddresses = 0;
    const rows = new Int32Array(this.length);
    let unchecked = 0;
    for (let index = 0; index < this.length; index++) {
      const slot = this.slot(index);
      if (checked[slot] === 0) rows[unchecked++] = index;
      if (seen[slot] === 0 && isShownAddress(this.hrefs[slot] ?? '', (this.flags(index) & LinkFlag.Hidden) !== 0)) {
        seen[slot] = 1;
        shownAddresses++;
      }
    }
    return { checked, scan: { checked: limit, addresses, shownAddresses, firstUnchecked: this.place(first), unchecked: this.places(rows.subarray(0, unchecked)) } };
  }

  /** The first row of a URL written in the text: the table holds the anchors first, then the bare URLs (`length` when none). */
  private firstBare(): number {
    let first = 0;
    while (first < this.length && !(this.flags(first) & LinkFlag.Bare)) first++;
    return first;
  }

  /** Where link `index` is written and its href, as an object. */
  private place(index: number): LinkPlace {
    return {
      href: this.href(index),
      start: this.start(index),
      end: this.end(index),
      sourceStart: this.sourceStart(index),
      sourceEnd: this.sourceEnd(index),
      bare: (this.flags(index) & LinkFlag.Bare) !== 0,
    };
  }

  /** The links of the given rows, by column. */
  private places(rows: Int32Array): LinkPlaces {
    const row = (index: number): number => rows[index] ?? 0;
    return {
      length: rows.length,
      href: (index) => this.href(row(index)),
      start: (index) => this.start(row(index)),
      end: (index) => this.end(row(index)),
      hidden: (index) => (this.flags(row(index)) & LinkFlag.Hidden) !== 0,
      place: (index) => this.place(row(index)),
    };
  }

  /**
   * The URLs written in the text (the bare links: the table's last rows, in text order), every one
   * of them, also those past the limit, as ranges of the text read in place. Read once the bare
   * URLs are added.
   */
  bareRanges(): RangeColumns {
    const first = this.firstBare();
    const length = this.length - first;
    return { length, start: (index) => this.start(first + index), end: (index) => this.end(first + index) };
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

  /** One view per link, in the order they were added; given `checked` (`bound`), only of the links to checked addresses. */
  views(checked: Uint8Array | null = null): Link[] {
    const views: Link[] = [];
    for (let index = 0; index < this.length; index++) if (checked === null || checked[this.slot(index)] === 1) views.push(new LinkView(this, index));
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
