import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('phrase-density', import.meta.dirname);

// A label of a long form written into the text ("Next of kin:") is form-by-reply's and counts no
// phrase here; the same words in a sentence do (docs/rules/phrase-density.md).
describe('phrase-density: a form\'s labels', () => {
  const analyzer = createAnalyzer();
  const density = ruleById('phrase-density');
  const prose = 'This matter is strictly confidential. The funds sit in a dormant account.';
  const form = `${prose}\n\nFull name:\nHome address:\nMobile phone:\nDate of birth:\nNext of kin:\n`;
  const sentence = `${prose}\n\nTell us your full name and who your next of kin is.\n`;

  it('does not count the label of a five-label form (two phrases, under its three)', () => {
    const context = analyzer.context({ text: form });
    expect(context.facts.replyForm?.labels).toBe(5);
    expect(context.facts.triggers.text.length).toBe(3);
    expect(density.check(context)).toEqual([]);
  });

  it('counts the same words in a sentence', () => {
    const hits = density.check(analyzer.context({ text: sentence }));
    expect(hits.map((hit) => hit.evidence)).toEqual([expect.stringMatching(/^3 phrases \//)]);
  });
});
