/**
 * Meta-tests over the rule set (STYLE §4): every rule file is registered, named by its id, sits in
 * its category's folder, is documented, and owns pass and fail fixtures.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, rules } from '../../core/index.ts';
import { KNOWN_RULES, oldIdsOf, REPOSITORY, RULE_DOCS, settingFor } from '../../core/rules/settings.ts';
import type { Rule } from '../../core/rules/rule.ts';
import { fixtureContext } from './test-rule.ts';

const rulesDir = join(import.meta.dirname, '../../core/rules');
const repo = join(import.meta.dirname, '../..');

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value;
}

/**
 * What is wrong with the category folders under `dir`: every `.ts` file but index.ts must
 * default-export a registered rule whose id is the file name and whose category is the folder.
 */
async function ruleFolderProblems(dir: string, registered: ReadonlySet<Rule>): Promise<string[]> {
  const problems: string[] = [];
  for (const category of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(dir, category.name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()) {
      const where = `${category.name}/${file}`;
      const module = (await import(join(dir, category.name, file))) as { default?: unknown };
      if (!isRule(module.default)) {
        problems.push(`${where} does not default-export a rule`);
        continue;
      }
      if (!registered.has(module.default)) problems.push(`${where} is not listed in ${category.name}/index.ts`);
      if (`${module.default.id}.ts` !== file) problems.push(`${where} holds the rule ${module.default.id}`);
      if (module.default.category !== category.name) problems.push(`${where} has category ${module.default.category}`);
    }
  }
  return problems;
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
    expect(await ruleFolderProblems(rulesDir, new Set(rules))).toEqual([]);
  });

  it('fails on a file in a category folder that is not a rule (a helper belongs elsewhere)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spamrisk-meta-'));
    try {
      mkdirSync(join(root, 'links'));
      writeFileSync(join(root, 'links', 'index.ts'), 'export default [];\n');
      writeFileSync(join(root, 'links', 'link-helpers.ts'), 'export function isWebLink(): boolean { return true; }\n');
      expect(await ruleFolderProblems(root, new Set(rules))).toEqual(['links/link-helpers.ts does not default-export a rule']);
    } finally {
      rmSync(root, { recursive: true, force: true });
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
      // A setting naming the old id is accepted by analyze() and the config alike (core/rules/settings.ts).
      expect(() => analyze({ html: '<p>Hi</p>' }, { rules: { [old]: 'off' } }), old).not.toThrow();
    }
    expect(KNOWN_RULES.map((rule) => rule.id)).toEqual([...rules.map((rule) => rule.id), ...Object.keys(file.renamed)]);
  });

  it('reads a setting under an old id as the renamed rule\'s (renamed.json is empty today, so with a rename given)', () => {
    const oldIds = oldIdsOf(new Map([['url-shortener', 'link-shortener'], ['short-link', 'link-shortener']]));
    expect(oldIds.get('link-shortener')).toEqual(['url-shortener', 'short-link']);
    expect(settingFor({ 'url-shortener': 'off' }, 'link-shortener', oldIds)).toBe('off');
    expect(settingFor({ 'short-link': { points: 4 } }, 'link-shortener', oldIds)).toEqual({ points: 4 });
    // The current id wins over an old one; an old id sets nothing for another rule.
    expect(settingFor({ 'url-shortener': 'off', 'link-shortener': { points: 2 } }, 'link-shortener', oldIds)).toEqual({ points: 2 });
    expect(settingFor({ 'url-shortener': 'off' }, 'ip-address-link', oldIds)).toBeUndefined();
    expect(settingFor(undefined, 'link-shortener', oldIds)).toBeUndefined();
  });

  it("points at the rule pages in package.json's repository (core/ reads no files, so it keeps its own copy)", () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { repository?: { url?: string } };
    expect(pkg.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '')).toBe(REPOSITORY);
    expect(RULE_DOCS).toBe(`${REPOSITORY}/tree/main/docs/rules`);
    expect(existsSync(join(repo, 'docs/rules'))).toBe(true);
  });

  it('names the header fields of a headers rule whose findings have no location (the CLI points at them in an .eml)', () => {
    const unnamed: string[] = [];
    for (const rule of rules.filter((candidate) => candidate.category === 'headers')) {
      const folder = join(repo, 'test/rules', rule.id, 'fail');
      const files = existsSync(folder) ? readdirSync(folder).filter((name) => /\.(?:json|html|txt)$/.test(name)) : [];
      const unlocated = files.some((name) => rule.check(fixtureContext(join(folder, name))).some((hit) => hit.location === undefined));
      if (unlocated && !(rule.headerFields && rule.headerFields.length > 0)) unnamed.push(rule.id);
      for (const field of rule.headerFields ?? []) expect(field, rule.id).toMatch(/^[a-z0-9-]+$/);
    }
    expect(unnamed).toEqual([]);
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
