import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';

const analyzer = createAnalyzer();
const wallets = (input: { html?: string; text?: string }): string[] => {
  const { facts, message } = analyzer.context(input);
  return facts.wallets.map((address) => message.text.slice(address.start, address.end));
};

describe('facts.wallets', () => {
  it('holds the valid addresses the reader sees, in order', () => {
    expect(wallets({ html: '<p>Pay 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy or <b>bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq</b>.</p>' })).toEqual([
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    ]);
    expect(wallets({ text: 'Pay 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now.' })).toEqual(['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa']);
  });

  it('leaves out an address in hidden text and keeps the shown one', () => {
    const html =
      '<p>Thanks.</p><div style="display:none">1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa</div><p>Pay 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.</p>';
    expect(wallets({ html })).toEqual(['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']);
  });

  it('is not switched off by hidden decoys: eight hidden addresses or 64 hidden junk runs before the shown one', () => {
    const shown = '<p>Pay 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.</p>';
    const decoys = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa '.repeat(8);
    const junk = Array.from({ length: 64 }, () => `1${'x'.repeat(25)}`).join(' ');
    for (const hidden of [decoys, junk]) {
      expect(wallets({ html: `<div style="display:none">${hidden}</div>${shown}` })).toEqual(['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']);
    }
  });

  it('is empty for mail without an address and for an address in an attribute', () => {
    expect(wallets({ html: '<a href="https://example.org/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa">our page</a>' })).toEqual([]);
    expect(wallets({ text: 'Hello, the meeting is at 13:30 in room 1.' })).toEqual([]);
  });
});
