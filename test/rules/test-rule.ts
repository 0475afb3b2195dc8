/**
 * The shared rule tester (STYLE §4). Each rule owns test/rules/<rule-id>/ with `pass/` and `fail/`
 * fixtures: `.html` (an HTML body), `.txt` (a plain-text body) or `.json` (a whole `analyze()`
 * input: `{ html?, text?, subject?, headers? }`, plus `phrases` for `options.phrases`). Every fail fixture must make the rule fire, every
 * pass fixture must leave it silent, hits must be well-formed with evidence matching their
 * location, and the rule must not change the context it reads.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules, type AnalyzeOptions, type EmailInput } from '../../core/index.ts';
import type { Rule, RuleHit, RuleContext } from '../../core/rules/rule.ts';

const defaultAnalyzer = createAnalyzer();

/** The rule context of a fixture file. */
export function fixtureContext(path: string): RuleContext {
  const { phrases, ...input } = loadFixture(path) as EmailInput & { phrases?: AnalyzeOptions['phrases'] };
  return (phrases ? createAnalyzer({ phrases }) : defaultAnalyzer).context(input);
}

export function loadFixture(path: string): EmailInput {
  const raw = readFileSync(path, 'utf8');
  switch (extname(path)) {
    case '.html':
      return { html: raw };
    case '.txt':
      return { text: raw };
    case '.json':
      return JSON.parse(raw) as EmailInput;
    default:
      throw new Error(`Unknown fixture type: ${path}`);
  }
}

function fixtures(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => ['.html', '.txt', '.json'].includes(extname(name)))
    .sort()
    .map((name) => join(folder, name));
}

export function ruleById(id: string): Rule {
  const rule = rules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No rule with id ${id}`);
  return rule;
}

/** The text a located hit points into. */
function viewOf(context: RuleContext, hit: RuleHit): string {
  switch (hit.location?.in) {
    case 'subject':
      return context.message.subject ?? '';
    case 'html':
      return context.message.html;
    default:
      return context.message.text;
  }
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One line per hit, for readable snapshots: `12-19 evidence`. */
export function describeHits(hits: readonly RuleHit[]): string[] {
  return hits.map((hit) => `${hit.location ? `${hit.location.in}:${hit.location.start}-${hit.location.end}` : '-'} ${hit.evidence}`);
}

export function checkHits(context: RuleContext, hits: readonly RuleHit[]): void {
  for (const hit of hits) {
    expect(hit.message.length, 'message').toBeGreaterThan(10);
    expect(hit.suggestion.length, 'suggestion').toBeGreaterThan(10);
    expect(hit.evidence.length, 'evidence').toBeGreaterThan(0);
    expect(hit.strength ?? 1).toBeGreaterThanOrEqual(0);
    if (hit.location) {
      const view = viewOf(context, hit);
      expect(hit.location.start).toBeGreaterThanOrEqual(0);
      expect(hit.location.end).toBeGreaterThanOrEqual(hit.location.start);
      expect(hit.location.end).toBeLessThanOrEqual(view.length);
      const slice = flatten(view.slice(hit.location.start, hit.location.end));
      const evidence = hit.evidence.endsWith('…') ? hit.evidence.slice(0, -1) : hit.evidence;
      expect(slice.startsWith(evidence), `evidence ${JSON.stringify(hit.evidence)} vs slice ${JSON.stringify(slice)}`).toBe(true);
    }
  }
}

export function testRule(id: string, folder: string): void {
  const rule = ruleById(id);
  const pass = fixtures(join(folder, 'pass'));
  const fail = fixtures(join(folder, 'fail'));

  describe(`rule ${id}`, () => {
    it('has pass and fail fixtures, none duplicated', () => {
      expect(pass.length).toBeGreaterThan(0);
      expect(fail.length).toBeGreaterThan(0);
      const contents = [...pass, ...fail].map((path) => readFileSync(path, 'utf8'));
      expect(new Set(contents).size).toBe(contents.length);
    });

    for (const path of fail) {
      it(`fires on fail/${basename(path)}`, () => {
        const context = fixtureContext(path);
        const before = JSON.stringify(context);
        const hits = rule.check(context);
        expect(hits.length).toBeGreaterThan(0);
        checkHits(context, hits);
        expect(JSON.stringify(context), 'the rule changed its context').toBe(before);
        expect(describeHits(hits)).toMatchSnapshot();
      });
    }

    for (const path of pass) {
      it(`stays silent on pass/${basename(path)}`, () => {
        const context = fixtureContext(path);
        const hits = rule.check(context);
        expect(describeHits(hits)).toEqual([]);
      });
    }
  });
}
