import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWalletAddresses, isBase58CheckAddress, isSegwitAddress } from '../../core/text/wallet-address.ts';

const found = (text: string): string[] => findWalletAddresses(text).map((address) => text.slice(address.start, address.end));
const kinds = (text: string): string[] => findWalletAddresses(text).map((address) => address.kind);

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

describe('findWalletAddresses', () => {
  // Valid addresses from the Bitcoin wiki and the test vectors of BIP 173 and BIP 350.
  it.each([
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'p2pkh'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'p2pkh'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'p2sh'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'segwit'],
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'segwit'],
    ['bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', 'segwit'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'segwit'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'segwit'],
  ])('finds %s (%s) in a sentence', (address, kind) => {
    const text = `Send the payment to ${address}. Thank you.`;
    expect(found(text)).toEqual([address]);
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    ['a base58 address with one character changed', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
    ['a P2SH address with one character changed', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz'],
    ['a P2PKH payload under the P2SH prefix', '3A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ['a bech32 address with one character changed', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr'],
    ['mixed case (BIP 173 forbids it)', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwF5mdq'],
    ['version 0 with a bech32m checksum (BIP 350)', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh'],
    ['a character outside the charset in the checksum (BIP 350)', 'bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4'],
    ['a testnet address (not mainnet)', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx'],
    ['a hex digest', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['an Ethereum-shaped address', '0x742d35cc6634c0532925a3b844bc454e4438f44e'],
  ])('finds nothing in %s', (_, word) => {
    expect(found(`Send the payment to ${word} today.`)).toEqual([]);
  });

  it.each([
    ['a URL path', 'https://www.blockchain.com/explorer/addresses/btc/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ['a query', 'https://example.org/pay?to=1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa&x=1'],
    ['an e-mail address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa@example.org'],
    ['a file name', 'report-1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.pdf'],
    ['a longer word', 'x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNax'],
  ])('leaves an address inside %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads an address after a label, a payment URI scheme or in brackets, and ends it at a full stop', () => {
    expect(found('BTC:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa bitcoin:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy (bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq).')).toEqual([
      '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    ]);
  });

  it('keeps at most eight addresses', () => {
    expect(found('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa '.repeat(20))).toHaveLength(8);
  });

  it('checks the base58 version byte and the leading zeros', () => {
    expect(isBase58CheckAddress('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 0x00)).toBe(true);
    expect(isBase58CheckAddress('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 0x05)).toBe(false);
    expect(isBase58CheckAddress('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 0x05)).toBe(true);
    // An extra leading `1` is an extra zero byte: 26 bytes, too long.
    expect(isBase58CheckAddress('11A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 0x00)).toBe(false);
    expect(isSegwitAddress('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(true);
  });

  // BIP 350's invalid mainnet vectors, each with the check that rejects it.
  it.each([
    ['an empty data section', 'bc1gmk9yu'],
    ['witness version 17 (above 16)', 'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R'],
    ['a version 0 program of 16 bytes', 'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P'],
    ['a program of 1 byte', 'bc1pw5dgrnzv'],
    ['a program of 41 bytes', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav'],
    ['zero padding of more than 4 bits', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf'],
    // BIP 350's non-zero padding vector is testnet (`tb1p…vpggkg4j`, whose checksum fails under `bc`): this is
    // the taproot vector above with its last padding bit set and its bech32m checksum recomputed.
    ['non-zero padding', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vplqq80a'],
  ])('rejects %s (BIP 350)', (_, word) => {
    expect(isSegwitAddress(word)).toBe(false);
    expect(found(`Send the payment to ${word} today.`)).toEqual([]);
  });

  const ADDRESS = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
  it.each(['/', '=', '@', '_', '-', '\\', '%'])('leaves an address followed by %s (an ID, not a payment request)', (after) => {
    expect(found(`Pay ${ADDRESS}${after}x today.`)).toEqual([]);
  });

  it.each(['/', '=', '?', '&', '#', '.', '-', '_', '@', '%', '+', '~', '\\'])('leaves an address after %s', (before) => {
    expect(found(`Pay x${before}${ADDRESS} today.`)).toEqual([]);
  });

  it('reads a full stop after an address as the end of a sentence, and a full stop before a letter as a file name or host', () => {
    expect(found(`Pay ${ADDRESS}. Then reply.`)).toEqual([ADDRESS]);
    expect(found(`Pay ${ADDRESS}.com today.`)).toEqual([]);
    expect(found(`Pay ${ADDRESS}.7z today.`)).toEqual([]);
  });

  it('skips hidden candidates before the caps count them, so hidden text cannot switch the finder off', () => {
    const junk = Array.from({ length: 64 }, () => `1${'x'.repeat(25)}`).join(' ');
    const decoys = `${ADDRESS} `.repeat(8);
    for (const hiddenText of [junk, decoys]) {
      const text = `${hiddenText}\nPay 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy now.`;
      const hidden = (_start: number, end: number) => end <= hiddenText.length;
      expect(findWalletAddresses(text, hidden).map((address) => text.slice(address.start, address.end))).toEqual(['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']);
      // Without the hidden ranges the caps are spent on the decoys.
      expect(found(text)).not.toContain('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy');
    }
  });

  it('finds no address in random base58 runs (their checksum fails) and never throws on any text', () => {
    const base58Run = fc
      .tuple(fc.constantFrom('1', '3'), fc.array(fc.constantFrom(...BASE58), { minLength: 25, maxLength: 34 }))
      .map(([first, rest]) => first + rest.join(''));
    fc.assert(
      fc.property(base58Run, (word) => findWalletAddresses(`pay ${word} now`).length === 0),
      { seed: 20261205, numRuns: 2000 },
    );
    const bech32Run = fc
      .array(fc.constantFrom(...'qpzry9x8gf2tvdw0s3jn54khce6mua7l'), { minLength: 39, maxLength: 59 })
      .map((rest) => `bc1${rest.join('')}`);
    fc.assert(
      fc.property(bech32Run, (word) => findWalletAddresses(`pay ${word} now`).length === 0),
      { seed: 20261205, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => Array.isArray(findWalletAddresses(text))),
      { seed: 20261205, numRuns: 500 },
    );
  });
});
