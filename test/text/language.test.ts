import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../core/text/language.ts';
import { tokenize } from '../../core/text/tokenize.ts';

const detect = (text: string) => detectLanguage(text, tokenize(text));

describe('detectLanguage', () => {
  it('settles common languages by their function words', () => {
    expect(detect('Thank you for your order. We will ship it from our warehouse this week.')).toBe('en');
    expect(detect('Merci pour votre commande. Nous vous enverrons les articles dans une semaine.')).toBe('fr');
    expect(detect('Vielen Dank für Ihre Bestellung. Wir senden sie Ihnen bitte mit der Post zu.')).toBe('de');
    expect(detect('Gracias por su pedido. Usted recibirá los productos y las facturas por correo muy pronto.')).toBe('es');
    expect(detect('Obrigado pelo seu pedido. Você vai receber a sua encomenda também pela transportadora.')).toBe('pt');
  });

  it('reads English text full of prices and codes as English, where trigrams alone guessed French', () => {
    const text = 'Never Pay Retail! Unleash your PC power TODAY! Compare and Save: $29.99 with S&H, $34.98 total, 70% off. See for yourself, it is not a joke, you will save.';
    expect(detect(text)).toBe('en');
  });

  it('falls back to trigrams when function words do not decide, and gives up on too little text', () => {
    expect(detect('Zeer belangrijke mededeling over uw rekening en de nieuwe voorwaarden van de bank')).toBe('nl');
    expect(detect('ok')).toBe('und');
  });
});
