import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('gmail-clipping', import.meta.dirname);

describe('gmail-clipping and the opt-out', () => {
  const analyzer = createAnalyzer();

  it('names the opt-out link after the cut that missing-unsubscribe counts, whatever its words', () => {
    // A 120 KB mail whose only opt-out is a /preferences link below Gmail's clip point.
    const context = analyzer.context(loadFixture(join(import.meta.dirname, 'fail/preferences-link-after-cut.html')));
    expect(ruleById('missing-unsubscribe').check(context)).toEqual([]);
    const named = ruleById('gmail-clipping').check(context).filter((hit) => hit.message.startsWith('The unsubscribe link'));
    expect(named.map((hit) => hit.evidence)).toEqual(['<a href="https://example.com/email/preferences?u=73" style="color:#777777">']);
    expect(context.facts.optOut.links.map(({ link, by }) => [link.href, by])).toEqual([['https://example.com/email/preferences?u=73', 'address']]);
  });
});
