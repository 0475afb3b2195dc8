/**
 * How every Report is put together (DESIGN §2): the default threshold, the levels, points in
 * tenths, the score as the sum of the findings' points, findings sorted by points, and short
 * evidence. `analyze` uses it; explain, the domain check, the recipient check, the CLI and the
 * extension should too, so that "5.0 is high, half of it medium" is written once.
 */
import type { Finding, Level, Report, Stats } from '../types.ts';

/** SpamAssassin's convention: 5.0 points and above is likely to be filtered. */
export const DEFAULT_THRESHOLD = 5;

/** The level is `medium` from this share of the threshold up (2.5 of 5.0). */
export const MEDIUM_SHARE = 0.5;

/** Evidence longer than this is cut (80 characters: one line of a terminal or a panel). */
export const MAX_EVIDENCE = 80;

/** Stats of a report that has no message behind it (a bounce, a domain, a recipient list). */
export const EMPTY_STATS: Readonly<Stats> = Object.freeze({
  words: 0,
  links: 0,
  images: 0,
  imageArea: 0,
  textToImageRatio: null,
  linksPerWord: 0,
  htmlBytes: 0,
  language: 'und',
});

/** The threshold to use for a value the caller gave: a finite number above 0, else the default. */
export function thresholdOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_THRESHOLD;
}

/** The score from which a report is `medium` under `threshold`. */
export function mediumFrom(threshold: number): number {
  return threshold * MEDIUM_SHARE;
}

export function levelOf(score: number, threshold: number = DEFAULT_THRESHOLD): Level {
  if (score >= threshold) return 'high';
  if (score >= mediumFrom(threshold)) return 'medium';
  return 'low';
}

/** Points in tenths, as an integer, so that sums of points are exact. */
export function tenths(points: number): number {
  return Math.round(points * 10);
}

/** Points rounded to 0.1, as findings carry them. */
export function roundPoints(points: number): number {
  return tenths(points) / 10;
}

/** The score: the sum of the findings' points, in tenths, so it equals what the findings show. */
export function totalScore(findings: readonly Pick<Finding, 'points'>[]): number {
  return findings.reduce((sum, finding) => sum + tenths(finding.points), 0) / 10;
}

/**
 * Evidence is short and on one line: whitespace runs become one space, and text past `max`
 * characters is cut at the end, or in the middle when both ends matter (a DNS record, a URL).
 */
export function shorten(text: string, max: number = MAX_EVIDENCE, cut: 'end' | 'middle' = 'end'): string {
  // A long text (a megabyte of hidden words) is read at its ends only, when they hold enough.
  if (max >= 1 && text.length > 2 * endWindow(max)) {
    const short = shortenFromEnds(text, max, cut);
    if (short !== null) return short;
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  if (cut === 'end') return `${headOf(flat, max - 1)}…`;
  const half = Math.floor((max - 1) / 2);
  return `${headOf(flat, half)}…${tailOf(flat, half)}`;
}

/**
 * What `shorten(pieces joined by separator, max)` cut at the end is, reading no more pieces than
 * it needs: once the start of the joined text, flattened, is longer than `max`, the evidence is
 * its first characters whatever follows (270,000 hidden spans need not be joined for 80
 * characters of evidence). Whitespace runs are collapsed as the start grows, so pieces of
 * whitespace alone keep it short.
 */
export function shortenJoined(pieces: Iterable<string>, separator = ' ', max: number = MAX_EVIDENCE): string {
  const enough = 4 * Math.max(max, 1);
  let head = '';
  let first = true;
  for (const piece of pieces) {
    head += first ? piece : separator + piece;
    first = false;
    if (head.length > enough) {
      // Collapsing a start then adding to it collapses as the whole would: a run across the
      // join is one space either way.
      head = head.replace(/\s+/g, ' ');
      if (max >= 1 && head.trim().length > max) break;
    }
  }
  return shorten(head, max);
}

/** The first `n` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair (an emoji). */
function headOf(text: string, n: number): string {
  const last = text.charCodeAt(n - 1);
  return text.slice(0, n >= 1 && last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}

/** The last `n` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair. */
function tailOf(text: string, n: number): string {
  const start = text.length - n;
  const first = text.charCodeAt(start);
  return text.slice(n >= 1 && first >= 0xdc00 && first <= 0xdfff ? start + 1 : start);
}

/** How much of each end of a long text shortenFromEnds reads: room for the evidence and some whitespace. */
const endWindow = (max: number): number => 2 * Math.ceil(max) + 64;

/**
 * What shorten() makes of `text`, read from `max`'s window at each end instead of flattening all of
 * it, or null when a window holds too much whitespace to tell. The head, flattened and trimmed, is
 * the start of the whole text flattened (a whitespace run the window cuts becomes the one space it
 * would anyway), the tail its end; more than `max` characters in the head mean the whole is cut.
 */
function shortenFromEnds(text: string, max: number, cut: 'end' | 'middle'): string | null {
  const window = endWindow(max);
  const head = text.slice(0, window).replace(/\s+/g, ' ').trim();
  if (!(head.length > max)) return null;
  if (cut === 'end') return `${headOf(head, max - 1)}…`;
  const half = Math.floor((max - 1) / 2);
  const tail = text.slice(text.length - window).replace(/\s+/g, ' ').trim();
  if (!(tail.length >= half)) return null;
  return `${headOf(head, half)}…${tailOf(tail, half)}`;
}

/** Highest points first; findings with equal points keep the order they were given in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => b.finding.points - a.finding.points || a.index - b.index)
    .map(({ finding }) => finding);
}

export interface ReportParts {
  readonly findings: readonly Finding[];
  /** the caller's threshold, checked here (anything but a finite number above 0 gives the default) */
  readonly threshold?: unknown;
  readonly stats?: Stats;
}

/** A Report from findings: points in tenths, sorted, scored, levelled. */
export function assembleReport({ findings, threshold, stats }: ReportParts): Report {
  const limit = thresholdOf(threshold);
  const sorted = sortFindings(findings.map((finding) => ({ ...finding, points: roundPoints(finding.points) })));
  const score = totalScore(sorted);
  return { version: 1, score, level: levelOf(score, limit), threshold: limit, findings: sorted, stats: stats ?? { ...EMPTY_STATS } };
}
