import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('sender-alignment', import.meta.dirname);

describe('sender-alignment', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('sender-alignment');
  const hitsFor = (name: string) => rule.check(analyzer.context(loadFixture(join(import.meta.dirname, name))));

  it('gives an unaligned ESP signature as advice, without points', () => {
    expect(hitsFor('fail/esp-signature-not-aligned.json').map((hit) => hit.strength)).toEqual([0]);
  });

  it('weighs a DMARC failure most', () => {
    expect(hitsFor('fail/dmarc-fail.json').map((hit) => hit.strength)).toEqual([1.5, 0.5]);
  });
});
