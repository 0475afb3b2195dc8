/**
 * The shared rule tester (STYLE §4). Each rule owns test/rules/<rule-id>/ with `pass/` and `fail/`
 * fixtures: `.html` (an HTML body), `.txt` (a plain-text body) or `.json` (a whole `analyze()`
 * input: `{ html?, text?, subject?, headers? }`, plus `phrases` for `options.phrases`). Every fail fixture must make the rule fire, every
 * pass fixture must leave it silent, hits must be well-formed with evidence equal to the text at
 * their location (shortened the way `shorten` does), and the rule must not change the context it
 * reads, Maps, Sets and typed arrays included.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules, type AnalyzeOptions, type EmailInput } from '../../core/index.ts';
import { createLocalizer } from '../../core/messages/index.ts';
import { inWords, type Rule, type RuleHit, type RuleContext } from '../../core/rules/rule.ts';
import { linkFacts } from '../../core/facts/links.ts';
import type { Facts, FactSources } from '../../core/facts/index.ts';
import type { Link } from '../../core/message/message.ts';

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

const english = createLocalizer('en');

/**
 * `context` with its links fact rebuilt from plain copies of the message's links (each through
 * its toJSON(), its URL too), as links built by hand are: no link table behind them, so a rule
 * that counts by the table's href slots or domain numbers must fall back to its Set. The other
 * facts are the context's own.
 */
export function withLinkCopies(context: RuleContext): RuleContext {
  const links = context.message.links.map((link) => JSON.parse(JSON.stringify(link)) as Link);
  const facts = Object.create(context.facts, { links: { value: linkFacts({ message: { links } } as unknown as FactSources) } }) as Facts;
  return { ...context, facts };
}

/** A rule whose hits come in English words (a rule with `messages` reports ids; core/messages renders them). */
export type RuleInEnglish = Omit<Rule, 'check'> & { check(context: RuleContext): RuleHit[] };

export function ruleById(id: string): RuleInEnglish {
  const rule = rules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No rule with id ${id}`);
  return { ...rule, check: (context) => rule.check(context).map((hit) => inWords(rule, hit, english)) };
}

/** The text a located hit points into. */
function viewOf(context: RuleContext, hit: RuleHit): string {
  switch (hit.location?.in) {
    case 'subject':
      return context.message.subject ?? '';
    case 'html':
      return context.message.html;
    case 'text-part':
      return context.message.plainText ?? '';
    default:
      return context.message.text;
  }
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How much a hit counts: `advice` (no points) or `×strength`. */
function weightOf(hit: RuleHit): string {
  const strength = hit.strength ?? 1;
  return strength === 0 ? 'advice' : `×${Math.round(strength * 1000) / 1000}`;
}

/** One line per hit, for readable snapshots: `text:12-19 ×1.5 evidence`; advice reads `advice`. */
export function describeHits(hits: readonly RuleHit[]): string[] {
  return hits.map((hit) => `${hit.location ? `${hit.location.in}:${hit.location.start}-${hit.location.end}` : '-'} ${weightOf(hit)} ${hit.evidence}`);
}

/**
 * A value's structure for comparison: Maps, Sets and typed arrays become their entries, getters
 * are read (the facts), functions are left out. Two calls on an unchanged value are equal. Each
 * object is spelled out where it is first met and named by that number wherever it is met again
 * (a cycle too): 10,000 link views share one link table, which spelled out in each of them made
 * the structure of a page of links quadratic.
 */
export function structureOf(value: unknown, seen: Map<object, number> = new Map()): unknown {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value;
  const met = seen.get(value);
  if (met !== undefined) return `[seen ${met}]`;
  seen.set(value, seen.size);
  if (value instanceof Map) return { Map: [...value].map(([key, entry]) => [structureOf(key, seen), structureOf(entry, seen)]) };
  if (value instanceof Set) return { Set: [...value].map((entry) => structureOf(entry, seen)) };
  if (ArrayBuffer.isView(value)) return { [value.constructor.name]: Array.from(value as unknown as ArrayLike<number>) };
  if (Array.isArray(value)) return value.map((entry) => structureOf(entry, seen));
  const record = value as Record<string, unknown>;
  return Object.keys(record).map((key) => [key, structureOf(record[key], seen)]);
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
      // Evidence is the located text, flattened, or its start cut with `…` when it is long.
      const slice = flatten(view.slice(hit.location.start, hit.location.end));
      const shortened = hit.evidence.endsWith('…') && slice.length > hit.evidence.length;
      expect(hit.evidence, 'evidence is the text at its location').toBe(shortened ? `${slice.slice(0, hit.evidence.length - 1)}…` : slice);
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
        const before = structureOf(context);
        const hits = rule.check(context);
        expect(hits.length).toBeGreaterThan(0);
        checkHits(context, hits);
        expect(structureOf(context), 'the rule changed its context').toEqual(before);
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
