import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('unsubscribe-on-ip', import.meta.dirname);

describe('unsubscribe-on-ip details', () => {
  const analyzer = createAnalyzer();
  const fires = (text: string): boolean => ruleById('unsubscribe-on-ip').check(analyzer.context({ text })).length > 0;

  it('links the wording to a URL that follows it closely, not to one far away', () => {
    expect(fires('To unsubscribe visit http://192.0.2.7/u?id=1')).toBe(true);
    expect(fires(`Unsubscribe at the bottom of our site.${' Lorem ipsum dolor sit amet.'.repeat(10)} Pictures: http://192.0.2.7/gallery`)).toBe(false);
  });

  it('recognises opt-out words in the URL itself', () => {
    expect(fires('Click http://192.0.2.7/remove.php?e=a')).toBe(true);
    expect(fires('Pictures: http://192.0.2.7/gallery')).toBe(false);
  });
});
