import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('sender-name-phrase', import.meta.dirname);

describe('sender-name-phrase details', () => {
  const analyzer = createAnalyzer();
  const hits = (from: string) =>
    ruleById('sender-name-phrase').check(analyzer.context({ html: '<p>Hello</p>', headers: { From: from, Subject: 'Hello' } }));

  it('counts the surest word of the name', () => {
    const [hit] = hits('"Cheap Xanax and Cialis" <a@b.example>');
    expect(hit?.message).toContain('`cialis`');
    expect(hit?.strength).toBe(2);
  });

  it('ignores drug words in the address and names without a trigger word', () => {
    expect(hits('Sam Jones <viagra@b.example>')).toEqual([]);
    expect(hits('<cialis@b.example>')).toEqual([]);
  });
});
