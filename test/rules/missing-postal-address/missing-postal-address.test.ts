import { describe, expect, it } from 'vitest';
import { createAnalyzer, type EmailInput } from '../../../core/index.ts';
import { hasPostalAddress } from '../../../core/text/postal-address.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('missing-postal-address', import.meta.dirname);

describe('hasPostalAddress', () => {
  it.each([
    'Acme Inc., PO Box 4410, Portland',
    '350 Fifth Avenue, New York',
    'Springfield, IL 62704',
    'Acme Ltd, Manchester M1 1AE',
    '8 bis, rue des Lilas',
    'Kaiserstr. 12a, Frankfurt',
    'Calle Mayor, 10, Madrid',
    'Via Roma 12, Milano',
    'Postfach 1234, 80331 München',
    'Hauptstraße 5, 10115 Berlin',
    'Kaiserring 12, 68161 Mannheim',
    'Am Ostring 3',
    'Südring 1999a',
    'Sonnenbergstrasse 40 CH-8800 Thalwil',
    'Engelbertstr. 25 40233 Düsseldorf',
    'Domagkstr. 28, 80807 München',
    'Huizermaatweg 45, 1273 AD Huizen',
    'Ringstraße 5 in 2 Teilen',
    // a German street in prose: lower-case words follow its number
    'Hohenzollernring 48 in Köln',
    'Wallring 4 in Köln',
    'Ostring 3 bei Köln',
    'Kaiserring 12 und 14',
    'Besuchen Sie uns am Hohenzollernring 48 im Erdgeschoss',
    // Enron-Spam's lower-cased text: a fused street is read whatever its case
    'dahlienweg 6 d 52477 alsdorf',
  ])('finds %s', (line) => {
    expect(hasPostalAddress(`Thanks for reading.\n${line}\nUnsubscribe`)).toBe(true);
  });

  // A German street word ends many English words (during, hiring, offering, spring, string): with a
  // year, or as a `ring` after a vowel or after two letters, it is no street; nor is one after a
  // hyphen, as product names are written. Each of these switched off short-pitch as "a postal address".
  it.each([
    'Top 10 Ways to save this spring',
    'Call 555 1234 today',
    'Order 12345 ships in 3 days',
    'Save 20 % on 3 items',
    'Our spring 2025 deals are here',
    'During 2024, 12000 customers joined',
    'Hiring 2025: 5000 jobs',
    'Engineering 101 for beginners',
    'We are now offering 3 unique products',
    'covering 20 broad categories',
    'preparing 2 queries',
    'Pick a spring 3 colours pack',
    'String 12',
    'Top-Ring 3 sizes',
    'Smart-Ring 2',
    'Gold-Ring 14 Karat',
    'Key-Ring 3 Pack',
    'Top-Weg 10 Tipps',
    'Super-Allee 50 Prozent',
  ])(
    'does not take %s for an address',
    (line) => {
      expect(hasPostalAddress(line)).toBe(false);
    },
  );

  it('answers on a long line of numbers without addresses (npm run bench prints how fast)', () => {
    expect(hasPostalAddress('12 '.repeat(200_000))).toBe(false);
  });
});

describe('an address merge tag', () => {
  const analyzer = createAnalyzer();
  const footer = (tag: string) =>
    `<p>Our spring range is in: shells, layers and boots.</p><p><a href="https://shop.example/spring">See the range</a></p><p>${tag}</p><p><a href="https://shop.example/unsubscribe">Unsubscribe</a></p>`;
  const hits = (input: EmailInput) => ruleById('missing-postal-address').check(analyzer.context(input));

  it('counts only for a name listed in full: shop.address.street, not shop.address.phone or .city', () => {
    expect(hits({ html: footer('{{ shop.address.street }}') })).toEqual([]);
    expect(hits({ html: footer('{{ shop.address.summary | escape }}') })).toEqual([]);
    expect(hits({ html: footer('{{ shop.address.phone }}') })).toHaveLength(1);
    expect(hits({ html: footer('{{ shop.address.city }}') })).toHaveLength(1);
    expect(hits({ html: footer('{{ shop.addresses }}') })).toHaveLength(1);
  });

  it('counts for nothing in a whole message, whose tags are filled when it is sent', () => {
    const html = footer('*|LIST:ADDRESSLINE|*');
    expect(hits({ html })).toEqual([]);
    expect(hits({ html, headers: { From: 'Shop <news@shop.example>', Subject: 'Spring', 'Content-Type': 'text/html' } })).toHaveLength(1);
  });

  it('is no address shown: the postal-address fact and the sender identity read only one in the text', () => {
    const tagged = analyzer.context({ html: footer('{{ Sender_Address }}') }).facts;
    expect([tagged.addressMergeTag, tagged.postalAddress, tagged.identity.postalAddress]).toEqual([true, false, false]);
    const written = analyzer.context({ html: footer('Shop Ltd, 350 Fifth Avenue, New York') }).facts;
    expect([written.addressMergeTag, written.postalAddress, written.identity.postalAddress]).toEqual([false, true, true]);
  });
});
