import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../core/index.ts';
import { defineRule, type Hit, type Rule, type RuleHit } from '../../core/rules/rule.ts';
import { levelOf, totalScore } from '../../core/report/report.ts';
import { toFindings } from '../../core/score/score.ts';

const rule = (cap: number) => defineRule({ id: 'test-rule', category: 'phrases', description: 'Test', weight: 1.5, cap, check: () => [] });
/** These hits have no location: nothing to locate. */
const unlocated = (): undefined => undefined;
const hit = (strength?: number): RuleHit => ({ message: 'message text', suggestion: 'suggestion text', evidence: 'x', ...(strength === undefined ? {} : { strength }) });

describe('scoring', () => {
  it('gives weight × capped strength, shared by strength, summing exactly to the score', () => {
    const findings = toFindings([{ rule: rule(2), weight: 1.5, hits: [hit(), hit(), hit(), hit()] }], unlocated);
    expect(findings.map((f) => f.points).reduce((a, b) => a + b, 0)).toBeCloseTo(3, 10);
    expect(totalScore(findings)).toBe(3);
    const uneven = toFindings([{ rule: rule(10), weight: 1, hits: [hit(2), hit(1)] }], unlocated);
    expect(uneven.map((f) => f.points)).toEqual([2, 1]);
  });

  it('apportions rounding so the findings add up to the rule total', () => {
    const findings = toFindings([{ rule: rule(10), weight: 1, hits: [hit(), hit(), hit()] }], unlocated);
    expect(findings.map((f) => f.points).sort()).toEqual([1, 1, 1]);
    const thirds = toFindings([{ rule: rule(1), weight: 1, hits: [hit(), hit(), hit()] }], unlocated);
    expect(Math.round(thirds.reduce((sum, f) => sum + f.points * 10, 0))).toBe(10);
  });

  it('lists at most 20 findings of a rule and folds the rest into the last shown', () => {
    const findings = toFindings([{ rule: rule(100), weight: 0.1, hits: Array.from({ length: 30 }, () => hit()) }], unlocated);
    expect(findings).toHaveLength(20);
    expect(totalScore(findings)).toBe(3);
    expect(findings.filter((f) => /and 10 more like it/.test(f.message))).toHaveLength(1);
  });

  it('shows the heaviest hits when there are too many, earlier first among equals', () => {
    const hits = Array.from({ length: 40 }, (_, i) => ({ ...hit(i % 7 === 0 ? 2 : 0.5), evidence: `e${i}` }));
    const findings = toFindings([{ rule: rule(1000), weight: 1, hits }], unlocated);
    const shown = findings.map((f) => f.evidence);
    const expected = ['e0', 'e7', 'e14', 'e21', 'e28', 'e35', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e8', 'e9', 'e10', 'e11', 'e12', 'e13', 'e15', 'e16'];
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(totalScore(findings)).toBe(6 * 2 + 34 * 0.5);
  });

  it('puts in words only the hits it shows, and only once each', () => {
    const hits: Hit[] = Array.from({ length: 50 }, (_, i) => ({ messageId: 'm', suggestionId: 's', evidence: `e${i}`, strength: i < 5 ? 2 : 1 }));
    const rendered: string[] = [];
    const render = (_rule: Rule, raw: Hit): RuleHit => {
      rendered.push(raw.evidence);
      return { message: `word ${raw.evidence}`, suggestion: 'suggestion text', evidence: raw.evidence, ...(raw.strength === undefined ? {} : { strength: raw.strength }) };
    };
    const findings = toFindings([{ rule: rule(1000), weight: 1, hits }], unlocated, render);
    expect(findings).toHaveLength(20);
    expect([...rendered].sort()).toEqual(findings.map((f) => f.evidence).sort());
    expect(findings.find((f) => f.evidence === 'e0')?.message).toBe('word e0');
    // Without a renderer, a hit by message id is a programming error, not a silent "{m}".
    expect(() => toFindings([{ rule: rule(1), weight: 1, hits: hits.slice(0, 1) }], unlocated)).toThrow(/needs a renderer/);
  });

  it('gives the same reports from an analyzer that keeps its localizers as from analyze(), locale after locale', () => {
    const input = { subject: 'FREE!!! Act now', html: '<p>ACT NOW to claim your FREE prize!!! Click <a href="http://bit.ly/x">here</a>. 100% guaranteed, cash bonus.</p>' };
    const owned = createAnalyzer();
    for (const locale of ['fr', 'en', 'de', 'fr-CA', 'es', 'en', 'fr']) {
      expect(owned.analyze(input, { locale }), locale).toEqual(analyze(input, { locale }));
    }
  });

  it('maps scores to levels around the threshold', () => {
    expect(levelOf(0, 5)).toBe('low');
    expect(levelOf(2.4, 5)).toBe('low');
    expect(levelOf(2.5, 5)).toBe('medium');
    expect(levelOf(4.9, 5)).toBe('medium');
    expect(levelOf(5, 5)).toBe('high');
    expect(levelOf(5, 10)).toBe('medium');
  });
});
