// Validates wordlists/** and generates core/data/<lang>.ts, core/data/global.ts and
// core/data/characters.ts from them. The generated files are build output (git ignores them):
// `npm ci` runs this as `prepare`, and `npm test` runs it before anything else.
//
//   npx tsx scripts/build-wordlists.ts           validate, then write the generated files
//   npx tsx scripts/build-wordlists.ts --check   validate, then fail if they are out of date
//
// Exit codes: 0 fine, 1 violations or out-of-date files, 2 usage error.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGenerated, readSources } from './wordlists/files.ts';
import { renderOutputs } from './wordlists/render.ts';
import { validateSources } from './wordlists/validate.ts';
import type { SourceFile, Violation, WordlistData } from './wordlists/validate.ts';

export interface BuildResult {
  readonly violations: readonly Violation[];
  readonly data: WordlistData;
  /** Generated file contents by repo path; only meaningful when there are no violations. */
  readonly outputs: ReadonlyMap<string, string>;
}

/** The whole build as a pure function of the sources: what the script writes, and why not. */
export function buildWordlists(sources: readonly SourceFile[]): BuildResult {
  const { violations, data } = validateSources(sources);
  return { violations, data, outputs: renderOutputs(data) };
}

export function formatViolation(violation: Violation): string {
  const where = violation.line === undefined ? violation.file : `${violation.file}:${violation.line}`;
  return `${where}: ${violation.message}`;
}

/**
 * How the files on disk differ from the expected ones, one message per file. Lines are
 * compared as multisets: the generated files hold one entry per line, so "lines only on disk"
 * and "lines only expected" is exactly the list of entries that changed.
 */
export function describeDrift(
  expected: ReadonlyMap<string, string>,
  actual: ReadonlyMap<string, string>,
  maxLines = 12,
): string[] {
  const messages: string[] = [];
  for (const [path, text] of expected) {
    const current = actual.get(path);
    if (current === undefined) messages.push(`${path}: missing`);
    else if (current !== text) messages.push(`${path}: out of date\n${lineDiff(current, text, maxLines)}`);
  }
  for (const path of actual.keys()) {
    if (!expected.has(path)) messages.push(`${path}: generated file with no source any more`);
  }
  return messages;
}

function lineDiff(current: string, expected: string, maxLines: number): string {
  const removed = multisetMinus(current.split('\n'), expected.split('\n')).map((l) => `  - ${l}`);
  const added = multisetMinus(expected.split('\n'), current.split('\n')).map((l) => `  + ${l}`);
  const lines = [...removed, ...added];
  const more = lines.length - maxLines;
  return [...lines.slice(0, maxLines), ...(more > 0 ? [`  … and ${more} more changed lines`] : [])].join('\n');
}

function multisetMinus(from: readonly string[], minus: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of minus) counts.set(line, (counts.get(line) ?? 0) + 1);
  return from.filter((line) => {
    const count = counts.get(line) ?? 0;
    if (count === 0) return true;
    counts.set(line, count - 1);
    return false;
  });
}

function main(args: readonly string[]): number {
  const check = args.includes('--check');
  if (args.some((arg) => arg !== '--check')) {
    console.error('usage: tsx scripts/build-wordlists.ts [--check]');
    return 2;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { violations, outputs } = buildWordlists(readSources(root));
  if (violations.length > 0) {
    for (const violation of violations) console.error(formatViolation(violation));
    console.error(`\n${violations.length} wordlist problem(s); nothing was generated.`);
    return 1;
  }
  const drift = describeDrift(outputs, readGenerated(root));
  if (check) {
    if (drift.length === 0) return 0;
    console.error(drift.join('\n'));
    console.error('\nGenerated wordlist data is out of date: run `npx tsx scripts/build-wordlists.ts`.');
    return 1;
  }
  const changed = write(root, outputs, readGenerated(root));
  console.log(changed.length === 0 ? 'wordlists: generated files already up to date' : changed.join('\n'));
  return 0;
}

/** Writes only what changed (so file times stay meaningful); returns one line per change. */
function write(
  root: string,
  outputs: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): string[] {
  const changed: string[] = [];
  for (const [path, text] of outputs) {
    if (current.get(path) === text) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    changed.push(`wrote ${path}`);
  }
  // A generated file whose language was removed would otherwise keep shipping stale data.
  for (const path of current.keys()) {
    if (outputs.has(path)) continue;
    rmSync(join(root, path));
    changed.push(`removed ${path}`);
  }
  return changed;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
