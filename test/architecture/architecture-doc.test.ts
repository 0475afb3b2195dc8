/**
 * ARCHITECTURE.md is a map, so every folder and file it names must exist: a renamed or moved
 * path fails here until the map follows. A path with a placeholder (`core/rules/<category>/<rule-id>.ts`)
 * must have its fixed part, the folder before the first `<`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');

/** The repository paths a Markdown text names in backticks: `core/`, `cli/main.ts`, `wordlists/<lang>/`. */
export function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] ?? '');
  return [...new Set(spans.filter((span) => /^[\w.-]+\/|^[\w-]+\.(?:ts|js|md|json|ya?ml|txt|html)$/.test(span) && !span.startsWith('..')))];
}

/** The part of a path that must exist: all of it, or the folder before its first placeholder. */
function fixedPart(path: string): string {
  const open = path.indexOf('<');
  return open < 0 ? path : path.slice(0, path.lastIndexOf('/', open) + 1);
}

function missing(markdown: string, root: string): string[] {
  return namedPaths(markdown).filter((path) => !existsSync(join(root, fixedPart(path))));
}

describe('ARCHITECTURE.md', () => {
  const text = readFileSync(join(repo, 'ARCHITECTURE.md'), 'utf8');

  it('names only folders and files that exist', () => {
    expect(missing(text, repo)).toEqual([]);
  });

  it('names the rooms, and enough paths for the check to mean something', () => {
    const paths = namedPaths(text);
    for (const room of ['core/', 'cli/', 'extension/shared/', 'extension/content/', 'scripts/', 'test/', 'wordlists/']) expect(paths, room).toContain(room);
    expect(paths.length).toBeGreaterThan(40);
  });

  it('would catch a moved path (the check is not vacuous)', () => {
    const sample = 'See `core/analyze.ts`, `core/rules/<category>/<rule-id>.ts`, `core/no-such-room/`, `cli/gone.ts`, `npm run lint`, `analyze()` and `.yml`.';
    expect(namedPaths(sample)).toEqual(['core/analyze.ts', 'core/rules/<category>/<rule-id>.ts', 'core/no-such-room/', 'cli/gone.ts']);
    expect(missing(sample, repo)).toEqual(['core/no-such-room/', 'cli/gone.ts']);
    expect(missing('`wordlists/zz/<list>.txt`', repo)).toEqual(['wordlists/zz/<list>.txt']);
  });
});
