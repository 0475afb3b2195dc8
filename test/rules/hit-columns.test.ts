/**
 * Rules that offer their hits as columns (`Rule.hitColumns`, read by analyze() so that only the
 * hits a report shows are built) must give exactly the hits `check` gives, in the same order, with
 * the same strengths; and the scorer must turn either into the same findings.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules } from '../../core/index.ts';
import type { Hit, Rule, RuleContext } from '../../core/rules/rule.ts';
import { toFindings } from '../../core/score/score.ts';
import { inWords } from '../../core/rules/rule.ts';
import { createLocalizer } from '../../core/messages/index.ts';
import { fixtureContext } from './test-rule.ts';

const withColumns = rules.filter((rule): rule is Rule & Required<Pick<Rule, 'hitColumns'>> => typeof rule.hitColumns === 'function');
const english = createLocalizer('en');

function fixturePaths(): string[] {
  const root = import.meta.dirname;
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      ['pass', 'fail'].flatMap((kind) => {
        const folder = join(root, entry.name, kind);
        return existsSync(folder) ? readdirSync(folder).filter((name) => /\.(html|txt|json)$/.test(name)).map((name) => join(folder, name)) : [];
      }),
    )
    .sort();
}

function materialised(rule: Required<Pick<Rule, 'hitColumns'>>, context: RuleContext): { hits: Hit[]; strengths: number[] } {
  const columns = rule.hitColumns(context);
  const hits: Hit[] = [];
  const strengths: number[] = [];
  for (let index = 0; index < columns.length; index++) {
    hits.push(columns.hit(index));
    strengths.push(columns.strength(index));
  }
  return { hits, strengths };
}

const repeated = 'FREE money act now, Dear friend, 100% guaranteed, buy viagra, verify your account, limited time offer. '.repeat(400);
const contexts: [string, RuleContext][] = [
  ...fixturePaths().map((path): [string, RuleContext] => [path, fixtureContext(path)]),
  ['400 repeats of ten trigger phrases', createAnalyzer().context({ html: `<p>${repeated}</p>`, subject: 'FREE money' })],
];

describe('hit columns', () => {
  it('the trigger-phrase rules offer them', () => {
    expect(withColumns.map((rule) => rule.id)).toContain('money-phrase');
  });

  it('give the hits and strengths that check() gives, in order', () => {
    let compared = 0;
    for (const [name, context] of contexts) {
      for (const rule of withColumns) {
        const checked = rule.check(context);
        const { hits, strengths } = materialised(rule, context);
        expect(hits, `${rule.id} on ${name}`).toEqual(checked);
        expect(strengths, `${rule.id} on ${name}`).toEqual(checked.map((hit) => hit.strength ?? 1));
        compared += checked.length;
      }
    }
    // The fixtures and the repeated text must actually exercise the columns.
    expect(compared).toBeGreaterThan(1000);
  });

  it('make the same findings as the hits in an array', () => {
    const context = contexts[contexts.length - 1]?.[1] as RuleContext;
    // as the analyzer reports them, without the HTML mapping: the text part's offsets as `text`
    const locate = (location: Parameters<Parameters<typeof toFindings>[1]>[0]) => (location?.in === 'text-part' ? { ...location, in: 'text' as const } : location);
    const render = (rule: Rule, hit: Hit) => inWords(rule, hit, english);
    const asArrays = toFindings(withColumns.map((rule) => ({ rule, weight: 1.3, hits: rule.check(context) })), locate, render);
    const asColumns = toFindings(withColumns.map((rule) => ({ rule, weight: 1.3, hits: rule.hitColumns(context) })), locate, render);
    expect(asArrays.length).toBeGreaterThan(20);
    expect(asArrays.some((finding) => finding.message.includes('more like it'))).toBe(true);
    expect(asColumns).toEqual(asArrays);
  });
});
