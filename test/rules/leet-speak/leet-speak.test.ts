import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('leet-speak', import.meta.dirname);

describe('leet-speak', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('leet-speak');
  const hits = (html: string, subject?: string) => rule.check(analyzer.context({ html, ...(subject ? { subject } : {}) }));

  it('weighs a disguised trigger word more than a merely odd spelling', () => {
    const [trigger] = hits('<p>Buy V1agra</p>');
    const [plain] = hits('<p>Your B0NUS</p>');
    expect(trigger?.strength).toBeGreaterThan(plain?.strength ?? 0);
    expect(trigger?.message).toContain('viagra');
  });

  it('reads the subject too', () => {
    expect(hits('<p>Hello</p>', 'Cheap V1AGRA here').map((hit) => hit.location?.in)).toEqual(['subject']);
  });

  it('leaves random identifiers alone', () => {
    expect(hits('<p>Ref MnAtWBN0tB8txc and KB1FVD and fux0rXq9</p>')).toEqual([]);
  });
});
