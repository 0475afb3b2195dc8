/**
 * Meta-tests over the rule set (STYLE §4): every rule file is registered, named by its id, sits in
 * its category's folder, is documented, and owns pass and fail fixtures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/index.ts';
import type { Rule } from '../../core/rules/rule.ts';

const rulesDir = join(import.meta.dirname, '../../core/rules');
const repo = join(import.meta.dirname, '../..');

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value;
}

describe('rule set', () => {
  it('has unique, kebab-case ids and sane metadata', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description.length, rule.id).toBeLessThanOrEqual(60);
      expect(rule.description, rule.id).not.toMatch(/\.$/);
      expect(rule.cap, rule.id).toBeGreaterThan(0);
      expect(Number.isFinite(rule.weight), rule.id).toBe(true);
    }
  });

  it('registers every rule file, named by its id, in its category folder', async () => {
    const registered = new Set(rules);
    for (const category of readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(rulesDir, category.name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        const module = (await import(join(rulesDir, category.name, file))) as { default?: unknown };
        if (!isRule(module.default)) continue; // a helper shared by the folder's rules
        expect(registered.has(module.default), `${file} is not listed in ${category.name}/index.ts`).toBe(true);
        expect(`${module.default.id}.ts`).toBe(file);
        expect(module.default.category).toBe(category.name);
      }
    }
  });

  it('lists the rules of each category sorted by id', async () => {
    for (const category of readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const { default: list } = (await import(join(rulesDir, category.name, 'index.ts'))) as { default: Rule[] };
      const ids = list.map((rule) => rule.id);
      expect(ids, category.name).toEqual([...ids].sort());
    }
  });

  it('maps renamed ids to current rules and never reuses an old id', async () => {
    const { default: file } = (await import('../../core/rules/renamed.json', { with: { type: 'json' } })) as { default: { renamed: Record<string, string> } };
    const ids = new Set(rules.map((rule) => rule.id));
    for (const [old, current] of Object.entries(file.renamed)) {
      expect(ids.has(current), `${old} -> ${current}: no such rule`).toBe(true);
      expect(ids.has(old), `${old} is renamed but still a rule id`).toBe(false);
    }
  });

  it('documents every rule and gives it pass and fail fixtures', () => {
    for (const rule of rules) {
      expect(existsSync(join(repo, 'docs/rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`).toBe(true);
      expect(existsSync(join(repo, 'test/rules', rule.id, `${rule.id}.test.ts`)), `test/rules/${rule.id}/${rule.id}.test.ts`).toBe(true);
      expect(existsSync(join(repo, 'test/rules', rule.id, 'pass')), `test/rules/${rule.id}/pass`).toBe(true);
      expect(existsSync(join(repo, 'test/rules', rule.id, 'fail')), `test/rules/${rule.id}/fail`).toBe(true);
    }
  });
});
