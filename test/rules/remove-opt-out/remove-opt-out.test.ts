import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type EmailInput } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('remove-opt-out', import.meta.dirname);

describe('remove-opt-out strength', () => {
  const analyzer = createAnalyzer();
  const strength = (file: string) => {
    const input = JSON.parse(readFileSync(join(import.meta.dirname, 'fail', file), 'utf8')) as EmailInput;
    return ruleById('remove-opt-out').check(analyzer.context(input)).map((hit) => hit.strength ?? 1);
  };

  it('counts a removal that goes back to the named sender\'s own domain for less', () => {
    expect(strength('list-removal-own-domain.json')).toEqual([0.3]);
  });

  it('counts a removal sent to another domain, or asked of a pasted body with no sender, in full', () => {
    expect(strength('removal-elsewhere.json')).toEqual([1]);
    // a contact address on the sender's domain written beside it does not make it the sender's
    expect(strength('removal-elsewhere-beside-contact.json')).toEqual([1]);
    expect(ruleById('remove-opt-out').check(analyzer.context({ text: 'To be removed, reply with REMOVE in the subject.' })).map((hit) => hit.strength ?? 1)).toEqual([1]);
  });
});
