import { describe, expect, it } from 'vitest';
import { createAnalyzer, type EmailInput } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('missing-postal-address', import.meta.dirname);

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
