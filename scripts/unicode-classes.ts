/**
 * `npx tsx scripts/unicode-classes.ts`: writes core/text/unicode-classes.ts, the tokenizer's class
 * of every code point as runs, read from the regular expressions and `toLowerCase()` of the Node
 * that runs it (see that file). The table is pinned Unicode data, committed: it is written again
 * only from a Node whose Unicode is newer than the table's (test/text/unicode-classes.test.ts fails
 * there and says so); from an older one this refuses, since that table would lose letters.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNICODE_VERSION } from '../core/text/unicode-classes.ts';

/** The command that writes the table, for the messages that ask for it. */
export const WRITE_TABLE = 'npx tsx scripts/unicode-classes.ts';

/** Negative, zero or positive as Unicode version `a` ("17.0", "15.1") is older, the same or newer than `b`. */
export function compareUnicodeVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** 0 neither letter, mark nor number; 1 mark or number; 2 letter; 3 letter that `toLowerCase()` changes. */
function classOf(code: number): number {
  const char = String.fromCodePoint(code);
  if (/\p{L}/u.test(char)) return char.toLowerCase() === char ? 2 : 3;
  return /[\p{M}\p{N}]/u.test(char) ? 1 : 0;
}

/** The table's file for the Unicode of this Node. */
function render(): { file: string; runs: number } {
  // Each run as base 36 of (length × 4 + class), comma-separated, from U+0000 to U+10FFFF.
  const runs: string[] = [];
  let start = 0;
  let current = classOf(0);
  for (let code = 1; code <= 0x110000; code++) {
    const next = code <= 0x10ffff ? classOf(code) : -1;
    if (next === current) continue;
    runs.push(((code - start) * 4 + current).toString(36));
    start = code;
    current = next;
  }
  const lines: string[] = [];
  for (let i = 0; i < runs.length; i += 24) lines.push(`  '${runs.slice(i, i + 24).join(',')}${i + 24 < runs.length ? ',' : ''}' +`);
  const body = lines.join('\n').replace(/ \+$/, ';');
  const file = `// Pinned Unicode data, not a build product: committed so that a report is the same in every runtime
// (Node, Chromium, Firefox ESR), whichever Unicode its own regexes know. Written by
// scripts/unicode-classes.ts from Node ${process.versions.node} (Unicode ${process.versions.unicode}); write it again only from a
// newer Unicode (test/text/unicode-classes.test.ts says when; the script refuses an older one).

/**
 * The tokenizer's class of every code point (core/text/characters.ts reads it): 0 neither letter,
 * mark nor number, 1 a mark or a number (\`\\p{M}\`, \`\\p{N}\`), 2 a letter (\`\\p{L}\`), 3 a letter that
 * \`toLowerCase()\` changes. Runs from U+0000 on, each base 36 of its length × 4 + its class.
 */
export const UNICODE_VERSION = '${process.versions.unicode}';
export const CLASS_RUNS =
${body}
`;
  return { file, runs: runs.length };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const node = process.versions.unicode ?? '';
  if (compareUnicodeVersions(node, UNICODE_VERSION) < 0) {
    console.error(
      `Node ${process.versions.node} has Unicode ${node}, older than the committed table's ${UNICODE_VERSION}: not written ` +
        `(it would lose the letters Unicode added since). Run this with a Node whose Unicode is ${UNICODE_VERSION} or newer.`,
    );
    process.exitCode = 1;
  } else {
    const { file, runs } = render();
    const out = resolve(import.meta.dirname, '../core/text/unicode-classes.ts');
    writeFileSync(out, file);
    console.log(`wrote ${out}: Unicode ${node}, ${runs} runs, ${file.length} characters`);
  }
}
