/**
 * Input limits, in one place (issue 10): how large an input may be before it is refused, and how
 * many threads may score. A careless or hostile input (`spamrisk - < /dev/zero`, a 1 GB file,
 * `--jobs 1000`) gets a clear error or a capped run, never a machine out of memory.
 */
import { availableParallelism } from 'node:os';

/**
 * Default largest input: 25 MiB, the order of the message limits of the big providers (Gmail and
 * Outlook.com accept 25 MB, Yahoo 25 MB, Microsoft 365 35 MB by default, all counted after
 * base64). A template or a message larger than that would not be delivered anyway.
 */
export const DEFAULT_MAX_SIZE = 25 * 1024 * 1024;

/**
 * Units as GNU coreutils reads them (`sort -S`, `du -B`): K, M, G (and KiB, MiB, GiB) are powers of
 * 1024; KB, MB, GB powers of 1000. A bare number is bytes.
 */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1024],
  ['kib', 1024],
  ['kb', 1000],
  ['m', 1024 ** 2],
  ['mib', 1024 ** 2],
  ['mb', 1000 ** 2],
  ['g', 1024 ** 3],
  ['gib', 1024 ** 3],
  ['gb', 1000 ** 3],
]);

/** `25MB`, `512k`, `1.5 GiB`, `1000` → bytes; undefined when it is not a size. */
export function parseSize(raw: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(raw);
  if (!match) return undefined;
  const unit = UNITS.get((match[2] ?? '').toLowerCase());
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** Bytes for messages: `812 bytes`, `300 KiB`, `25 MiB`, `1.2 GiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KiB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MiB'] : [bytes / 1024 ** 3, 'GiB'];
  const shown = Number.isInteger(value) || value >= 100 ? String(Math.round(value)) : value.toFixed(1);
  return `${shown} ${unit}`;
}

/**
 * A size and the limit it is above, for one sentence: in bytes as well when rounding would make
 * them read the same (5,243,051 bytes is "5.0 MiB", the limit "5 MiB").
 */
export function formatSizeAndLimit(size: number, limit: number): [size: string, limit: string] {
  const shown = formatSize(size);
  const shownLimit = formatSize(limit);
  const [value, unit] = shown.split(' ');
  const [limitValue, limitUnit] = shownLimit.split(' ');
  if (Number(value) !== Number(limitValue) || unit !== limitUnit || size === limit) return [shown, shownLimit];
  const bytes = (count: number) => `${count.toLocaleString('en-US')} bytes`;
  return [`${shown} (${bytes(size)})`, `${shownLimit} (${bytes(limit)})`];
}

/**
 * The threads that may score at once: what was asked for, but never more than the cores there
 * are. Each worker holds its own copy of the core and wordlists (~100 MB): `--jobs 1000` once
 * started 150 of them and took the machine down (issue 10).
 */
export function capJobs(requested: number): number {
  return Math.max(1, Math.min(Math.floor(requested), availableParallelism()));
}
