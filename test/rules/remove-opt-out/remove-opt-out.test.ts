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

  it('takes only an address with a dotted domain as where a removal goes, so a price or a handle does not make it go elsewhere', () => {
    const own = JSON.parse(readFileSync(join(import.meta.dirname, 'fail', 'list-removal-own-domain.json'), 'utf8')) as EmailInput;
    const near = (line: string) => ruleById('remove-opt-out').check(analyzer.context({ ...own, text: `${own.text ?? ''}\n${line}` })).map((hit) => hit.strength ?? 1);
    expect(near('Tents 2@10 dollars this week.')).toEqual([0.3]);
    expect(near('Questions: help@harbour or Instagram shop@harbouroutdoor')).toEqual([0.3]);
    // `info@m` of a non-ASCII domain is not an address on the domain `m`
    expect(near('Shop partner: info@müller-shop.de')).toEqual([0.3]);
    // …while a dotted domain elsewhere still is
    expect(near('Or write to lists@other-list-host.example.')).toEqual([1]);
  });

  it('counts a removal sent to another domain, or asked of a pasted body with no sender, in full', () => {
    expect(strength('removal-elsewhere.json')).toEqual([1]);
    // a contact address on the sender's domain written beside it does not make it the sender's
    expect(strength('removal-elsewhere-beside-contact.json')).toEqual([1]);
    expect(ruleById('remove-opt-out').check(analyzer.context({ text: 'To be removed, reply with REMOVE in the subject.' })).map((hit) => hit.strength ?? 1)).toEqual([1]);
  });
});
