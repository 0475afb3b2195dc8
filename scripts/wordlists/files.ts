// The file-system side of the wordlist build: reads the sources and the generated files.
// Kept apart from validate.ts and render.ts so those stay pure and testable on strings.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { GENERATED_MARK, OUTPUT_DIR } from './render.ts';
import type { SourceFile } from './validate.ts';

export const SOURCE_DIR = 'wordlists';

/**
 * Every file under wordlists/ except Markdown docs, so that a stray or misnamed file is
 * reported by the validator instead of being silently ignored.
 */
export function readSources(root: string): SourceFile[] {
  return listFiles(join(root, SOURCE_DIR))
    .filter((path) => !path.endsWith('.md'))
    .map((path) => ({ path: toRepoPath(root, path), text: readFileSync(path, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The generated files now on disk (those that open with the generated mark), by repo path. */
export function readGenerated(root: string): Map<string, string> {
  const generated = new Map<string, string>();
  for (const path of listFiles(join(root, OUTPUT_DIR))) {
    if (!path.endsWith('.ts')) continue;
    const text = readFileSync(path, 'utf8');
    if (text.startsWith(GENERATED_MARK)) generated.set(toRepoPath(root, path), text);
  }
  return generated;
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // A missing folder is reported as missing files by the validator.
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
