/**
 * The rule tester's own checks must be able to fail: a rule that changes a Map, a Set or a typed
 * array of its context is caught, and evidence must be the located text, not a prefix of it.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { checkHits, describeHits, structureOf } from './test-rule.ts';

describe('the rule tester', () => {
  const context = () =>
    createAnalyzer().context({ html: '<p>Act now: a cash bonus for you.</p>', headers: { from: 'a@b.example' }, subject: 'Hello' });

  it('sees a change to a Map, a Set or a typed array of the context, which JSON cannot', () => {
    const changes: [(c: ReturnType<typeof context>) => void, boolean][] = [
      [(c) => (c.message.headers as Map<string, string[]>).set('x-added', ['1']), false],
      [(c) => (c.lists.freemail as Set<string>).add('example.org'), false],
      [(c) => (c.facts.triggers.textRepeatWeight as Float64Array).fill(0), true],
    ];
    for (const [change, jsonSeesIt] of changes) {
      const c = context();
      const before = structureOf(c);
      const json = JSON.stringify(c);
      change(c);
      expect(structureOf(c)).not.toEqual(before);
      expect(JSON.stringify(c) !== json).toBe(jsonSeesIt);
    }
    const untouched = context();
    expect(structureOf(untouched)).toEqual(structureOf(untouched));
  });

  it('spells out an object met twice once, and still sees it change', () => {
    const shared = { rows: [1, 2, 3] };
    const value = { first: shared, second: shared };
    expect(structureOf(value)).toEqual([['first', [['rows', [1, 2, 3]]]], ['second', '[seen 1]']]);
    const before = structureOf(value);
    shared.rows.push(4);
    expect(structureOf(value)).not.toEqual(before);
  });

  it('wants evidence equal to the located text, not only its start', () => {
    const c = context();
    const located = { message: 'message text', suggestion: 'suggestion text', location: { in: 'text' as const, start: 0, end: 8 } };
    expect(() => checkHits(c, [{ ...located, evidence: 'Act now:' }])).not.toThrow();
    expect(() => checkHits(c, [{ ...located, evidence: 'Act…' }])).not.toThrow();
    expect(() => checkHits(c, [{ ...located, evidence: 'Act' }])).toThrow();
  });

  it('writes advice and scored hits differently', () => {
    expect(describeHits([
      { message: 'm', suggestion: 's', evidence: 'x', strength: 0 },
      { message: 'm', suggestion: 's', evidence: 'y' },
      { message: 'm', suggestion: 's', evidence: 'z', strength: 1.25, location: { in: 'subject', start: 0, end: 1 } },
    ])).toEqual(['- advice x', '- ×1 y', 'subject:0-1 ×1.25 z']);
  });
});
