import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules } from '../../../core/index.ts';
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

  it('reads only its own field words, not the labels form-by-reply alone reads (state, age, country, occupation)', () => {
    // form-field-words.yml marks each entry with the rule that reads it; the labels added for
    // form-by-reply made a one-field search box named `state` a form collecting data.
    const raw = rules.find((candidate) => candidate.id === 'form-in-email')!;
    for (const name of ['state', 'age', 'country', 'occupation', 'nationality']) {
      const html = `<form action="https://shop.example.com/region" method="get"><input type="text" name="${name}"><button>Go</button></form>`;
      const hit = raw.check(analyzer.context({ html }))[0];
      expect(hit && 'messageId' in hit ? [hit.messageId, hit.data] : hit, name).toEqual(['form', { kind: 'search' }]);
    }
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

  describe('reads secret words as whole words or known compounds, not pieces of other words', () => {
    const form = (fields: string, method = 'post') => `<form action="https://shop.example.com/f" method="${method}">${fields}<button>Go</button></form>`;
    it.each([
      ['a search box named pass', form('<input type="text" name="pass">', 'get')],
      ['a search for compasses', form('<input type="search" name="q" placeholder="Search compasses">', 'get')],
      ['a passport number', form('<input name="passport_number"><input name="last_name">')],
      ['a passenger', form('<input name="passenger">')],
      ['a newsletter user_email', form('<input type="email" name="user_email">')],
      ['a gift card message', form('<input name="card_message" placeholder="Your greeting">')],
      ['an order look-up by account_email', form('<input name="account_email">', 'get')],
      ['a social media handle', form('<input name="social_handle">')],
      ['a shipping option', form('<input name="shipping_option">')],
    ])('%s is no secret (no points)', (_, html) => {
      expect(strength(html)).toBe(0);
    });

    it.each([
      ['a password typed into a text field', '<input name="userpassword">'],
      ['user_password', '<input name="user_password">'],
      ['a camelCase card number', '<input name="cardNumber">'],
      ['a card number placeholder', '<input name="f1" placeholder="Card number">'],
      ['autocomplete cc-number', '<input name="f1" autocomplete="cc-number">'],
      ['autocomplete cc-exp', '<input name="f1" autocomplete="cc-exp">'],
      ['a cvv2', '<input name="cvv2">'],
      ['a card expiry', '<input name="expiry">'],
      ['a PIN', '<input name="pin">'],
      ['a one-time code', '<input name="f1" autocomplete="one-time-code">'],
      ['an otp', '<input name="otp">'],
      ['a sign-in name', '<input name="login">'],
      ['a username', '<input name="userName">'],
      ['contraseña', '<input name="contraseña">'],
      ['a passcode', '<input name="passcode">'],
    ])('%s asks for a secret (1 unit)', (_, field) => {
      expect(strength(form(field))).toBe(1);
    });
  });
});
