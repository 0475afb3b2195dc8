// The wordlist build as pure functions: validate the sources, render the generated files, and say
// how the files on disk differ. The command (scripts/build-wordlists.ts) and the tests use these.

import { renderOutputs } from './render.ts';
import { validateSources } from './validate.ts';
import type { SourceFile, Violation, WordlistData } from './validate.ts';

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
