import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../core/text/sha256.ts';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sha256', () => {
  // FIPS 180-4's examples (NIST CSRC "Examples with intermediate values", SHA-256) and the empty message.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('hashes %j as FIPS 180-4 gives', (message, digest) => {
    expect(hex(sha256(ascii(message)))).toBe(digest);
  });

  it('hashes a million a (many blocks)', () => {
    expect(hex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on every length around the block boundaries and on random bytes', () => {
    for (let length = 0; length <= 130; length++) {
      const data = Uint8Array.from({ length }, (_, index) => (index * 37 + length) & 0xff);
      expect(hex(sha256(data)), `length ${length}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => hex(sha256(data)) === createHash('sha256').update(data).digest('hex')),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
