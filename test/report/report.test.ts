import { describe, expect, it } from 'vitest';
import { assembleReport, DEFAULT_THRESHOLD, EMPTY_STATS, levelOf, mediumFrom, shorten, thresholdOf } from '../../core/index.ts';
import type { Finding } from '../../core/index.ts';

const finding = (rule: string, points: number): Finding => ({ rule, category: 'other', points, message: `${rule} message`, suggestion: 'fix it', evidence: rule });

describe('the report assembler', () => {
  it('levels a score against the threshold: half of it is medium', () => {
    expect(DEFAULT_THRESHOLD).toBe(5);
    expect([0, 2.4, 2.5, 4.9, 5, 12].map((score) => levelOf(score))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(levelOf(4, 8)).toBe('medium');
    expect(levelOf(3.9, 8)).toBe('low');
    expect(mediumFrom(7)).toBe(3.5);
  });

  it('takes a threshold only when it is a finite number above 0', () => {
    expect(thresholdOf(7.5)).toBe(7.5);
    for (const wrong of [0, -1, Number.NaN, Infinity, '7', null, undefined]) expect(thresholdOf(wrong)).toBe(DEFAULT_THRESHOLD);
  });

  it('rounds points to tenths, sorts by points keeping the given order among equals, and scores their sum', () => {
    const report = assembleReport({ findings: [finding('a', 0.1), finding('b', 1.26), finding('c', 0.1), finding('d', 0.2)], threshold: 1.5 });
    expect(report.findings.map((f) => [f.rule, f.points])).toEqual([['b', 1.3], ['d', 0.2], ['a', 0.1], ['c', 0.1]]);
    expect(report.score).toBe(1.7);
    expect(report.level).toBe('high');
    expect(report.threshold).toBe(1.5);
    expect(report.version).toBe(1);
    expect(report.stats).toEqual(EMPTY_STATS);
    expect(report.stats).not.toBe(EMPTY_STATS);
  });

  it('shortens evidence to one line, cut at the end or in the middle', () => {
    expect(shorten('  a\n\n b  ')).toBe('a b');
    expect(shorten('x'.repeat(100))).toBe(`${'x'.repeat(79)}…`);
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
    expect(shorten('abcdefghij', 5, 'middle')).toBe('ab…ij');
  });
});
