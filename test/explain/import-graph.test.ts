/**
 * explain() used to import `analyze` from the package entry that re-exports explain() itself
 * (issue 10). The entry now injects it; this keeps core/ free of value-import cycles, so every
 * module can load on its own (a bundler's chunk, a worker, a test).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '..', '..', 'core');

function modules(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return modules(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports that load code (`import type` and `export type` erase). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\bfrom\s+)?'(\.{1,2}\/[^']+)'/gm)) {
    found.push(resolve(dirname(file), match[1] as string));
  }
  return found;
}

function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('core/ import graph', () => {
  const graph = new Map(modules(CORE).map((file) => [file, valueImports(file)]));

  it('reads the imports it is meant to see', () => {
    expect(graph.get(join(CORE, 'index.ts'))).toContain(join(CORE, 'explain', 'index.ts'));
    expect(cycles(new Map([['a', ['b']], ['b', ['a']]]))).toEqual([['a', 'b', 'a']]);
  });

  it('has no value-import cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.map((file) => relative(CORE, file)).join(' → '))).toEqual([]);
  });

  it('explain/ does not import the package entry', () => {
    for (const [file, imports] of graph) {
      if (file.startsWith(join(CORE, 'explain'))) expect(imports, relative(CORE, file)).not.toContain(join(CORE, 'index.ts'));
    }
  });
});

describe('the injected content check', () => {
  it('gives the entry’s explain() the same reports as explain/ with its own analyzer', async () => {
    const { explain: fromEntry } = await import('../../core/index.ts');
    const { explain: direct } = await import('../../core/explain/index.ts');
    const fixtures = join(import.meta.dirname, 'fixtures');
    for (const name of readdirSync(fixtures)) {
      const text = readFileSync(join(fixtures, name), 'utf8');
      expect(fromEntry(text), name).toEqual(direct(text));
      expect(fromEntry(text, { analyze: { phrases: { add: ['zorblax'] } } }), name).toEqual(direct(text, { analyze: { phrases: { add: ['zorblax'] } } }));
    }
  });
});
