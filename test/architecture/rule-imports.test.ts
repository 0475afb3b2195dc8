/**
 * No rule imports another rule (review d18): what two rules both read has one home outside the
 * rules, in core/facts/, core/phrases/ or core/text/, so a rule can change without changing
 * another's results. Only a category's index.ts gathers its rules.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const rulesFolder = join(import.meta.dirname, '../../core/rules');

/** The rule modules: core/rules/<category>/<rule>.ts, the category's index.ts aside. */
function ruleFiles(): string[] {
  return readdirSync(rulesFolder)
    .map((name) => join(rulesFolder, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => join(folder, name)));
}

/** The relative modules a source imports, resolved to paths. */
function importsOf(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gm)].map((match) => resolve(dirname(path), match[1]!));
}

describe('rules', () => {
  it('import no other rule', () => {
    const files = ruleFiles();
    expect(files.length).toBeGreaterThan(50);
    const rules = new Set(files);
    const crossings = files.flatMap((file) => importsOf(file).filter((target) => rules.has(target)).map((target) => `${relative(rulesFolder, file)} imports ${relative(rulesFolder, target)}`));
    expect(crossings).toEqual([]);
  });
});
