import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleStrength } from '../../../core/score/score.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('form-in-email', import.meta.dirname);

describe('form-in-email edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('form-in-email');
  const strength = (html: string) => rule.check(analyzer.context({ html }))[0]?.strength;

  it('counts only a credential form: a contact form and a search box are advice', () => {
    const password = strength('<form method="post" action="/x"><input type="password" name="p"></form>');
    const contact = strength('<form method="post" action="/x"><input name="email"><input name="phone"></form>');
    const mailto = strength('<form method="post" action="mailto:orders@example.com"><input name="qty"></form>');
    const search = strength('<form action="/search"><input name="q"></form>');
    expect(password).toBe(1);
    expect(contact).toBe(0);
    expect(mailto).toBe(0);
    expect(search).toBe(0);
  });

  it('catches input fields outside any form', () => {
    expect(strength('<p>Card number <input name="cardnumber"> CVV <input name="cvv"></p>')).toBe(1);
  });

  it('counts at most one credential form a message', () => {
    const form = '<form method="post" action="/x"><input type="password" name="p"></form>';
    const hits = rule.check(analyzer.context({ html: form + form }));
    expect(hits.map((hit) => hit.strength)).toEqual([1, 1]);
    expect(ruleStrength(rule, hits)).toBe(1);
  });
});
