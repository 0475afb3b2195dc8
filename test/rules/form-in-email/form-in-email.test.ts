import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('form-in-email', import.meta.dirname);

describe('form-in-email edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('form-in-email');
  const strength = (html: string) => rule.check(analyzer.context({ html }))[0]?.strength;

  it('ranks a credential form above a contact form above a search box', () => {
    const password = strength('<form method="post" action="/x"><input type="password" name="p"></form>');
    const contact = strength('<form method="post" action="/x"><input name="email"><input name="phone"></form>');
    const search = strength('<form action="/search"><input name="q"></form>');
    expect(password).toBeGreaterThan(contact ?? 0);
    expect(contact).toBeGreaterThan(search ?? 0);
    expect(search).toBe(0);
  });

  it('catches input fields outside any form', () => {
    expect(strength('<p>Card number <input name="cardnumber"> CVV <input name="cvv"></p>')).toBe(2);
  });
});
